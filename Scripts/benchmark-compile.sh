#!/usr/bin/env bash
# Benchmark of `bantin compile` (issue 4: compilation booklets).
#
#   Scripts/benchmark-compile.sh [N ...]        (default: 20 100 400)
#
# For each N, generates N meeting records of 2023 (Scripts/gen-records.py --seed $SEED --year
# 2023, deterministic), compiles them into one booklet with
#   /usr/bin/time -v bantin compile RECORDS --period 2023 -o booklet.pdf
# and prints N, the booklet's pages (pdfinfo), wall seconds, pages per second and peak RSS
# (MB), then whether N = 400 meets the issue's targets (>= 500 pages/s, < 100 MB).
#
# If typst is installed, an equivalent typst booklet would be timed on the same records; that
# booklet is not implemented yet, so the script says so and skips it.
#
# Environment: BANTIN=path of the executable (default .build/release/bantin: run
# `swift build -c release` first); SEED (default 1); KEEP=1 keeps the temporary folder.
# Needs python3, pdfinfo (poppler-utils) and GNU time.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "benchmark-compile: error: $*" >&2; exit 1; }

case "${1:-}" in -h|--help) usage; exit 0 ;; esac
COUNTS=("$@")
[[ ${#COUNTS[@]} -gt 0 ]] || COUNTS=(20 100 400)
for n in "${COUNTS[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$n'"
done
SEED="${SEED:-1}"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "SEED must be a whole number, got '$SEED'"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${BANTIN:-$ROOT/.build/release/bantin}"
[[ -x "$BIN" ]] || die "no executable at $BIN (run 'swift build -c release' or set BANTIN)"
for tool in python3 pdfinfo; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (run 'make deps')"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (GNU time; run 'make deps')"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/bantin-bench-compile.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then echo "benchmark-compile: kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" -> seconds.
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, part, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + part[i]
        printf "%.2f", s
    }' "$1"
}
peak_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }

echo "bantin: $BIN" >&2
printf '%6s %7s %8s %9s %13s\n' N pages "wall s" "pages/s" "peak RSS MB"
TARGET_LINE=""
for n in "${COUNTS[@]}"; do
    records="$TMP/records-$n"
    python3 Scripts/gen-records.py --count "$n" --seed "$SEED" --year 2023 --out "$records" >/dev/null \
        || die "record generation failed for N = $n"
    out="$TMP/booklet-$n.pdf"
    timing="$TMP/time-$n.txt"
    if ! /usr/bin/time -v -o "$timing" "$BIN" compile "$records" --period 2023 -o "$out" 2>"$TMP/stderr-$n.txt"; then
        cat "$TMP/stderr-$n.txt" >&2
        die "bantin compile failed for N = $n"
    fi
    pages=$(pdfinfo "$out" | awk '/^Pages:/ { print $2 }')
    wall=$(wall_seconds "$timing")
    rss=$(peak_mb "$timing")
    rate=$(awk -v p="$pages" -v w="$wall" 'BEGIN { if (w > 0) printf "%.0f", p / w; else print "inf" }')
    printf '%6d %7d %8s %9s %13s\n' "$n" "$pages" "$wall" "$rate" "$rss"
    if [[ "$n" == 400 ]]; then
        verdict=$(awk -v r="$rate" -v m="$rss" 'BEGIN {
            ok = (r == "inf" || r + 0 >= 500) && m + 0 < 100
            printf "%s (%s pages/s, target >= 500; %s MB, target < 100)", ok ? "meets the targets" : "MISSES the targets", r, m }')
        TARGET_LINE="N = 400 $verdict"
    fi
done
[[ -z "$TARGET_LINE" ]] || echo "$TARGET_LINE"

if command -v typst >/dev/null 2>&1; then
    echo "typst $(typst --version 2>/dev/null | head -1) is installed, but an equivalent typst booklet is not implemented: skipped (no ratio)."
else
    echo "typst is not installed: no typst comparison."
fi
