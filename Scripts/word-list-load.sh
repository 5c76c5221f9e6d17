#!/usr/bin/env bash
# Prints how long reading and parsing the Vietnamese word list (Words/vi-words.txt) takes, which
# bantin does once per process before the first document: Typesetting's WordJoins(lines:)
# compiled with -O on its own (with the tokenizer and ICU shim it needs), the best of RUNS runs (default 10).
# Usage: Scripts/word-list-load.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<'EOF'
import Foundation

let path = CommandLine.arguments[1], runs = Int(CommandLine.arguments[2]) ?? 10
func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
}
var bestRead = Double.infinity, bestParse = Double.infinity, words = 0, bytes = 0
for _ in 0..<runs {
    let start = DispatchTime.now()
    let data = FileManager.default.contents(atPath: path)!
    let text = String(decoding: data, as: UTF8.self)
    let read = milliseconds(since: start)
    let parse = DispatchTime.now()
    let joins = WordJoins(lines: text)
    bestRead = min(bestRead, read); bestParse = min(bestParse, milliseconds(since: parse))
    words = joins.count; bytes = data.count
}
print(String(format: "%@: %d words, %d bytes; read %.1f ms, parsed %.1f ms (best of %d)",
             path, words, bytes, bestRead, bestParse, runs))
EOF
# WordJoins with the tokenizer it uses (TextToken, BreakOpportunities over the ICU shim).
printf 'module CICUShim {\n    header "%s"\n    export *\n}\n' "$PWD/Sources/CICUShim/include/bantin_icu.h" > "$work/module.modulemap"
clang -O2 -c Sources/CICUShim/bantin_icu.c -I Sources/CICUShim/include -o "$work/icu.o"
swiftc -O -module-name WordListLoad -I "$work" Sources/Typesetting/Inline/WordJoins.swift Sources/Typesetting/Inline/TextToken.swift \
    Sources/Typesetting/Inline/BreakOpportunities.swift "$work/main.swift" "$work/icu.o" -licuuc -licui18n -o "$work/load"
"$work/load" Words/vi-words.txt "$runs"
