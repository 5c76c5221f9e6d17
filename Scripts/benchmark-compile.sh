#!/usr/bin/env bash
# Benchmark of `bantin compile` (issue 4: compilation booklets), with typst beside it.
#
#   Scripts/benchmark-compile.sh [N ...]        (default: 20 100 400)
#
# For each N, generates N meeting records of 2023 (Scripts/gen-records.py --profile $PROFILE
# --seed $SEED --year 2023, deterministic; the brief profile's terse records make about two
# booklet pages a meeting) and compiles them into one booklet $RUNS times with
#   /usr/bin/time -v bantin compile RECORDS --period 2023 -o booklet.pdf
# then prints N, the booklet's pages (pdfinfo), and the medians of the wall seconds and the
# peak RSS (MB) with the pages per second they give; then whether N = 400 meets the issue's
# targets (>= 500 pages/s, < 100 MB). The issue expected about 500 pages for N = 400; a
# booklet starts every meeting on a new page and even these short minutes fill more than
# one, so N = 400 makes well over that here (the README has the numbers).
#
# If python3 can import typst (pip install typst) and PyYAML, the same records are also
# written as an equivalent typst booklet (Scripts/typst-booklet.py write, untimed) and
# compiled $RUNS times by typst in a python3 process of its own
#   /usr/bin/time -v python3 Scripts/typst-booklet.py compile booklet.typ -o booklet.pdf
# (the peak includes the Python interpreter, about 10 MB); the script prints the same
# columns for typst and the ratios typst / bantin of wall time and of peak memory. Without
# typst it says so and skips that part: nothing else needs typst.
#
# Environment: BANTIN=path of the executable (default .build/release/bantin: run
# `swift build -c release` first); SEED (default 1); PROFILE=brief (default) or standard
# (the generator's default records, about three booklet pages a meeting); RUNS (default 3);
# TYPST=0 skips typst even when it is installed; KEEP=1 keeps the temporary folder.
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
PROFILE="${PROFILE:-brief}"
[[ "$PROFILE" == brief || "$PROFILE" == standard ]] || die "PROFILE must be brief or standard, got '$PROFILE'"
RUNS="${RUNS:-3}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"

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
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }

# Runs "$@" $RUNS times under GNU time (stderr to $label.stderr); sets WALL and RSS to the medians.
measure() {
    local label=$1; shift
    local walls=() peaks=() run
    for ((run = 1; run <= RUNS; run++)); do
        if ! /usr/bin/time -v -o "$label.time" "$@" 2>"$label.stderr" >/dev/null; then
            cat "$label.stderr" >&2
            return 1
        fi
        walls+=("$(wall_seconds "$label.time")")
        peaks+=("$(peak_mb "$label.time")")
    done
    WALL=$(median "${walls[@]}")
    RSS=$(median "${peaks[@]}")
}

rate() { awk -v p="$1" -v w="$2" 'BEGIN { if (w > 0) printf "%.0f", p / w; else print "inf" }'; }
row() { printf '%6d %7d %8s %9s %13s\n' "$@"; }

TYPST=${TYPST:-1}
if [[ "$TYPST" == 1 ]] && ! python3 -c 'import typst' 2>/dev/null; then
    TYPST_NOTE="typst is not installed (pip install typst): no typst comparison."
    TYPST=0
elif [[ "$TYPST" == 1 ]] && ! python3 -c 'import yaml' 2>/dev/null; then
    TYPST_NOTE="typst is installed but PyYAML is not (pip install pyyaml): no typst comparison."
    TYPST=0
elif [[ "$TYPST" == 1 ]]; then
    TYPST_NOTE=""
else
    TYPST_NOTE="TYPST=0: no typst comparison."
fi

echo "bantin compile ($BIN); records: gen-records.py --profile $PROFILE --seed $SEED --year 2023; medians of $RUNS runs"
printf '%6s %7s %8s %9s %13s\n' N pages "wall s" "pages/s" "peak RSS MB"
TARGET_LINE=""
declare -A B_WALL B_RSS
for n in "${COUNTS[@]}"; do
    records="$TMP/records-$n"
    python3 Scripts/gen-records.py --count "$n" --seed "$SEED" --year 2023 --profile "$PROFILE" --out "$records" >/dev/null \
        || die "record generation failed for N = $n"
    out="$TMP/booklet-$n.pdf"
    measure "$TMP/bantin-$n" "$BIN" compile "$records" --period 2023 -o "$out" || die "bantin compile failed for N = $n"
    pages=$(pages_of "$out")
    B_WALL[$n]=$WALL
    B_RSS[$n]=$RSS
    r=$(rate "$pages" "$WALL")
    row "$n" "$pages" "$WALL" "$r" "$RSS"
    if [[ "$n" == 400 ]]; then
        verdict=$(awk -v r="$r" -v m="$RSS" 'BEGIN {
            ok = (r == "inf" || r + 0 >= 500) && m + 0 < 100
            printf "%s (%s pages/s, target >= 500; %s MB, target < 100)", ok ? "meets the targets" : "MISSES the targets", r, m }')
        TARGET_LINE="N = 400 $verdict"
    fi
done
[[ -z "$TARGET_LINE" ]] || echo "$TARGET_LINE"

if [[ "$TYPST" != 1 ]]; then
    echo "$TYPST_NOTE"
    exit 0
fi
version=$(python3 -c 'import importlib.metadata as m; print(m.version("typst"))' 2>/dev/null || echo "?")
echo "typst $version (Python package), the same records as an equivalent booklet (Scripts/typst-booklet.py)"
printf '%6s %7s %8s %9s %13s %11s %10s\n' N pages "wall s" "pages/s" "peak RSS MB" "wall ratio" "RSS ratio"
for n in "${COUNTS[@]}"; do
    source="$TMP/booklet-$n.typ"
    python3 Scripts/typst-booklet.py write "$TMP/records-$n" --period 2023 -o "$source" 2>/dev/null \
        || die "typst-booklet.py write failed for N = $n"
    out="$TMP/typst-$n.pdf"
    measure "$TMP/typst-$n" python3 Scripts/typst-booklet.py compile "$source" -o "$out" || die "typst failed for N = $n"
    pages=$(pages_of "$out")
    ratios=$(awk -v tw="$WALL" -v bw="${B_WALL[$n]}" -v tm="$RSS" -v bm="${B_RSS[$n]}" \
        'BEGIN { printf "%11.1f %10.1f", (bw > 0 ? tw / bw : 0), (bm > 0 ? tm / bm : 0) }')
    printf '%6d %7d %8s %9s %13s %s\n' "$n" "$pages" "$WALL" "$(rate "$pages" "$WALL")" "$RSS" "$ratios"
done
