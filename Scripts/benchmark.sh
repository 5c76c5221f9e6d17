#!/usr/bin/env bash
# Throughput benchmark of `bantin minutes` and `bantin bulletin`.
#
#   Scripts/benchmark.sh [PAGES_TARGET=500]
#
# Builds the release binary, generates synthetic records (Scripts/gen-records.py, about two
# A4 pages each) to reach roughly PAGES_TARGET pages, renders them with --jobs $(nproc) and
# with --jobs 1 under /usr/bin/time -v, counts the pages of the output PDFs with pdfinfo, and
# prints records, pages, wall seconds, pages/second and peak RSS for each setting.
#
# Bulletin case: BULLETIN_ITEMS records (default 200) generated with --photos Examples/photos
# (records with an article get 0-2 sample photos; the others become items made from their
# proceedings), set as one issue by one `bantin bulletin` run under /usr/bin/time -v; prints
# items, items with photos, pages, wall seconds, pages/second and peak RSS.
#
# Environment: SEED (default 1) for the generator; BANTIN=path to use an existing binary
# instead of building one; KEEP=1 to keep the temporary folder (its path is printed);
# BULLETIN_ITEMS=0 skips the bulletin case.
# Needs python3, pdfinfo (poppler-utils) and GNU time (`make deps` installs them).
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "benchmark: error: $*" >&2; exit 1; }

case "${1:-}" in -h|--help) usage; exit 0 ;; esac
[[ $# -le 1 ]] || { usage >&2; exit 2; }
PAGES_TARGET="${1:-500}"
[[ "$PAGES_TARGET" =~ ^[1-9][0-9]*$ ]] || die "PAGES_TARGET must be a positive integer, got '$PAGES_TARGET'"
BULLETIN_ITEMS="${BULLETIN_ITEMS:-200}"
[[ "$BULLETIN_ITEMS" =~ ^[0-9]+$ ]] || die "BULLETIN_ITEMS must be a whole number, got '$BULLETIN_ITEMS'"
SEED="${SEED:-1}"
PAGES_PER_RECORD=2   # the generator's default --pages-hint; the real count is measured below

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

for tool in python3 pdfinfo; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (run 'make deps')"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (GNU time; run 'make deps')"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/bantin-bench.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then echo "benchmark: kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

if [[ -n "${BANTIN:-}" ]]; then
    BIN="$BANTIN"
else
    echo "== swift build -c release" >&2
    swift build -c release >&2 || die "release build failed"
    BIN="$ROOT/.build/release/bantin"
fi
[[ -x "$BIN" ]] || die "no executable at $BIN"

RECORDS=$(( (PAGES_TARGET + PAGES_PER_RECORD - 1) / PAGES_PER_RECORD ))
echo "== generating $RECORDS records (seed $SEED) for about $PAGES_TARGET pages" >&2
python3 Scripts/gen-records.py --count "$RECORDS" --seed "$SEED" --pages-hint "$PAGES_PER_RECORD" \
    --out "$TMP/records" || die "record generation failed"

NPROC="$(nproc)"
JOBS_LIST=("$NPROC")
if [[ "$NPROC" -ne 1 ]]; then JOBS_LIST+=(1); fi

# Elapsed "h:mm:ss" or "m:ss.ss" from time -v → seconds
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\) time/ {
        n = split($NF, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.2f", s }' "$1"
}
peak_rss_mb() {
    awk -F': ' '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$1"
}

RESULTS=()
for jobs in "${JOBS_LIST[@]}"; do
    out="$TMP/out-j$jobs"
    log="$TMP/bantin-j$jobs.log"
    timing="$TMP/time-j$jobs.txt"
    echo "== bantin minutes --jobs $jobs" >&2
    status=0
    /usr/bin/time -v -o "$timing" "$BIN" minutes "$TMP/records" -o "$out" --jobs "$jobs" >"$log" 2>&1 || status=$?
    if [[ $status -ne 0 ]]; then
        echo "benchmark: bantin exited with status $status (--jobs $jobs); last lines of its output:" >&2
        tail -n 40 "$log" >&2
        [[ -s "$timing" ]] && grep -E 'Command (exited|terminated)' "$timing" >&2 || true
        exit 1
    fi

    pdfs=0
    pages=0
    while IFS= read -r -d '' pdf; do
        n="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
        [[ -n "$n" ]] || die "pdfinfo cannot read $pdf"
        pdfs=$((pdfs + 1))
        pages=$((pages + n))
    done < <(find "$out" -type f -name '*.pdf' -print0)
    [[ $pdfs -eq $RECORDS ]] || die "--jobs $jobs: $pdfs PDFs for $RECORDS records (output in $out; set KEEP=1 to inspect)"

    wall="$(wall_seconds "$timing")"
    rss="$(peak_rss_mb "$timing")"
    rate="$(awk -v p="$pages" -v w="$wall" 'BEGIN { if (w > 0) printf "%.1f", p / w; else print "inf" }')"
    RESULTS+=("$(printf '%6s %8s %7s %10s %12s %14s' "$jobs" "$RECORDS" "$pages" "$wall" "$rate" "$rss")")
done

BULLETIN_RESULT=""
if [[ "$BULLETIN_ITEMS" -gt 0 ]]; then
    echo "== generating $BULLETIN_ITEMS bulletin records with photos (seed $SEED)" >&2
    python3 Scripts/gen-records.py --count "$BULLETIN_ITEMS" --seed "$SEED" --pages-hint "$PAGES_PER_RECORD" \
        --out "$TMP/bulletin-records" --photos "$ROOT/Examples/photos" || die "bulletin record generation failed"
    with_photos="$({ grep -l '^photos:' "$TMP"/bulletin-records/*.yaml || true; } | wc -l | tr -d ' ')"
    pdf="$TMP/bulletin.pdf"
    log="$TMP/bantin-bulletin.log"
    timing="$TMP/time-bulletin.txt"
    echo "== bantin bulletin ($BULLETIN_ITEMS items, $with_photos with photos)" >&2
    status=0
    /usr/bin/time -v -o "$timing" "$BIN" bulletin "$TMP/bulletin-records" -o "$pdf" --issue 1 >"$log" 2>&1 || status=$?
    if [[ $status -ne 0 ]]; then
        echo "benchmark: bantin bulletin exited with status $status; last lines of its output:" >&2
        tail -n 40 "$log" >&2
        [[ -s "$timing" ]] && grep -E 'Command (exited|terminated)' "$timing" >&2 || true
        exit 1
    fi
    pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
    [[ -n "$pages" ]] || die "pdfinfo cannot read $pdf"
    wall="$(wall_seconds "$timing")"
    rss="$(peak_rss_mb "$timing")"
    rate="$(awk -v p="$pages" -v w="$wall" 'BEGIN { if (w > 0) printf "%.1f", p / w; else print "inf" }')"
    BULLETIN_RESULT="$(printf '%6s %8s %7s %10s %12s %14s' "$BULLETIN_ITEMS" "$with_photos" "$pages" "$wall" "$rate" "$rss")"
fi

echo
echo "bantin minutes: $(uname -m), $NPROC CPUs, seed $SEED, target $PAGES_TARGET pages"
printf '%6s %8s %7s %10s %12s %14s\n' jobs records pages wall_s pages/s peak_rss_MB
printf '%s\n' "${RESULTS[@]}"
if [[ -n "$BULLETIN_RESULT" ]]; then
    echo
    echo "bantin bulletin: one issue, photos from Examples/photos, seed $SEED"
    printf '%6s %8s %7s %10s %12s %14s\n' items w/photo pages wall_s pages/s peak_rss_MB
    printf '%s\n' "$BULLETIN_RESULT"
fi
