#!/usr/bin/env bash
# Memory and time of hostile and heavy photos (issue 9), each run under /usr/bin/time -v:
#
#   Scripts/benchmark-images.sh
#
#   sparse   `bantin check` of a record whose photo is a 1 GB sparse file named .jpg
#   padded   `bantin bulletin` of a record whose 7 KB JPEG is padded with 200 MB of zeros
#   png8     `bantin bulletin` of 8 records, each with its own 10000 x 10000 PNG
#   phones   `bantin bulletin` of 200 generated records whose photos are drawn from 60
#            distinct 4000 x 3000 phone JPEGs (about 3.8 MB each, EXIF orientation 6)
#
# Prints, per case: exit status, wall seconds, peak RSS (MB) and what was embedded.
# Environment: BANTIN=path of the binary (default: build release); KEEP=1 keeps the files.
# Needs a C compiler with libjpeg and libpng (make deps), python3, poppler-utils, GNU time.
set -euo pipefail
die() { echo "benchmark-images: error: $*" >&2; exit 1; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (GNU time; run 'make deps')"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/bantin-images.XXXXXX")"
cleanup() { if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $TMP" >&2; else rm -rf "$TMP"; fi; }
trap cleanup EXIT

if [[ -n "${BANTIN:-}" ]]; then BIN="$BANTIN"; else
    swift build -c release >&2 || die "release build failed"
    BIN="$ROOT/.build/release/bantin"
fi
cc -O2 -o "$TMP/make-images" Scripts/make-bench-images.c -ljpeg -lpng || die "cannot build Scripts/make-bench-images.c"

# A record of the examples with its photos replaced by one entry naming $2.
record() {   # record OUT PHOTO TITLE
    python3 - "$1" "$2" "$3" <<'PY'
import re, sys
out, photo, title = sys.argv[1:4]
text = open("Examples/2023-07-03.yaml", encoding="utf-8").read()
text = re.sub(r"\nphotos:\n(?:  .*\n|    .*\n)+", f"\nphotos:\n  - file: {photo}\n    caption: Ảnh thử\n    after: lead\n", text)
text = re.sub(r"\ntitle: .*\n", f"\ntitle: {title}\n", text, count=1)
open(out, "w", encoding="utf-8").write(text)
PY
}

# measure NAME COMMAND...: runs under GNU time, prints status, seconds, peak MB.
measure() {
    local name="$1"; shift
    local status=0
    /usr/bin/time -v -o "$TMP/$name.time" "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" || status=$?
    local rss wall
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$TMP/$name.time")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$TMP/$name.time")
    printf '%-7s exit %d  wall %s  peak %s MB\n' "$name" "$status" "$wall" "$rss"
    grep -m2 -E "error|warning" "$TMP/$name.err" "$TMP/$name.out" | sed 's/^/        /' || true
}

mkdir -p "$TMP/sparse/photos" "$TMP/padded/photos" "$TMP/png8/photos" "$TMP/phones-src"
truncate -s 1G "$TMP/sparse/photos/anh.jpg"
record "$TMP/sparse/r.yaml" photos/anh.jpg "Ảnh rỗng một gigabyte"
measure sparse "$BIN" check "$TMP/sparse/r.yaml"

"$TMP/make-images" small "$TMP/padded/photos/anh.jpg"
truncate -s +200M "$TMP/padded/photos/anh.jpg"
record "$TMP/padded/r.yaml" photos/anh.jpg "Ảnh có đuôi 200 MB"
measure padded "$BIN" bulletin "$TMP/padded/r.yaml" -o "$TMP/padded.pdf"
[[ -f "$TMP/padded.pdf" ]] && echo "        PDF $(stat -c %s "$TMP/padded.pdf") bytes"

"$TMP/make-images" png "$TMP/png8/base.png" 10000
for i in 1 2 3 4 5 6 7 8; do
    # The same pixels, a distinct file: a tEXt chunk before IEND changes the content id.
    python3 - "$TMP/png8/base.png" "$TMP/png8/photos/anh-$i.png" "$i" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
body = b"Comment\0copy " + sys.argv[3].encode()
chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
open(sys.argv[2], "wb").write(data[:-12] + chunk + data[-12:])
PY
    record "$TMP/png8/r$i.yaml" "photos/anh-$i.png" "Ảnh PNG lớn số $i"
done
rm "$TMP/png8/base.png"
measure png8 "$BIN" bulletin "$TMP/png8" -o "$TMP/png8.pdf"
[[ -f "$TMP/png8.pdf" ]] && echo "        PDF $(stat -c %s "$TMP/png8.pdf") bytes, $(pdfimages -list "$TMP/png8.pdf" | awk 'NR > 2 && $3 == "image"' | wc -l) images"

for i in $(seq 1 60); do "$TMP/make-images" phone "$TMP/phones-src/dien-thoai-$i.jpg" "$i"; done
python3 Scripts/gen-records.py --count 200 --seed 1 --out "$TMP/phones" --photos "$TMP/phones-src" >/dev/null
measure phones "$BIN" bulletin "$TMP/phones" -o "$TMP/phones.pdf"
[[ -f "$TMP/phones.pdf" ]] && echo "        PDF $(( $(stat -c %s "$TMP/phones.pdf") / 1048576 )) MB, $(pdfinfo "$TMP/phones.pdf" | awk '/^Pages/ { print $2 }') pages, $(pdfimages -list "$TMP/phones.pdf" | awk 'NR > 2 && $3 == "image"' | awk '{ print $11 }' | sort -u | wc -l) distinct images"
