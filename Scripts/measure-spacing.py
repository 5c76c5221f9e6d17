#!/usr/bin/env python3
"""Inter-word spacing of justified lines, measured from a PDF's word boxes (pdftotext -bbox).

Usage:
  Scripts/measure-spacing.py PDF [PDF ...] [--size 13] [--space-em 0.25]
  Scripts/measure-spacing.py --corpus [--bantin .build/debug/bantin]

With --corpus it first sets the spacing corpus (docs/typesetting.md, "Measuring spacing"): the
Party examples' minutes and the bulletin (the seed news item in full) in Scripts/spacing-corpus/
layouts, whose body is 13 pt on 17 pt leading over a 160 mm measure, and measures those PDFs.

A line counts as justified when it has at least three words, is set in the body size, and both
of its ends lie on its column's text edges (the left edge or the paragraph indent; the right
edge); a paragraph's last line ends short of the edge and is skipped. The gap between two words
is the distance from one word box's right end to the next one's left end. Printed: the number
of lines and gaps, the gaps' mean, standard deviation and 95th percentile in points, and the
share of lines whose gap exceeds 1.5 and 2 natural spaces (the font's space, 0.25 em for
Liberation Serif). Exit status 0; the figures are for people to compare.
"""
import argparse, collections, os, statistics, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/1999/xhtml}"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def words_of(pdf):
    """Pages of word boxes: (xMin, yMin, xMax, yMax, text)."""
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, check=True).stdout
    pages = []
    for page in ET.fromstring(xml).iter(NS + "page"):
        pages.append([(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text or "")
                      for w in page.iter(NS + "word")])
    return pages


def lines_of(words, size):
    """Words grouped into lines (same baseline, height of the body size), each split into
    columns where a gap is wider than 3 em."""
    rows = collections.defaultdict(list)
    for w in words:
        # pdftotext's box is the font's ascent + descent (1.107 em for Liberation Serif): other
        # sizes (14 pt headings, 12 pt tables) are left out.
        if abs((w[3] - w[1]) - size * 1.107) > 0.3:
            continue
        rows[round(w[3] * 2) / 2].append(w)
    lines = []
    for y, ws in sorted(rows.items()):
        ws.sort()
        current = [ws[0]]
        for w in ws[1:]:
            if w[0] - current[-1][2] > 3 * size:
                lines.append(current); current = []
            current.append(w)
        lines.append(current)
    return lines


def measure(pdfs, size, space_em):
    natural = size * space_em
    gaps, line_gaps = [], []
    for pdf in pdfs:
        lines = [l for page in words_of(pdf) for l in lines_of(page, size)]
        ends = collections.Counter(round(l[-1][2]) for l in lines if len(l) >= 3)
        starts = collections.Counter(round(l[0][0]) for l in lines if len(l) >= 3)
        total = sum(ends.values()) or 1
        right = [e for e, c in ends.items() if c >= max(5, total * 0.05)]
        left = [s for s, c in starts.items() if c >= max(3, total * 0.02)]
        for l in lines:
            if len(l) < 3: continue
            if not any(abs(l[-1][2] - e) <= 0.6 for e in right): continue
            if not any(abs(l[0][0] - s) <= 0.6 for s in left): continue
            g = [b[0] - a[2] for a, b in zip(l, l[1:])]
            gaps += g
            line_gaps.append(statistics.mean(g))
    if not gaps:
        print("no justified lines found"); return
    gaps.sort()
    p95 = gaps[min(len(gaps) - 1, int(0.95 * len(gaps)))]
    loose15 = sum(g > 1.5 * natural for g in line_gaps)
    loose2 = sum(g > 2 * natural for g in line_gaps)
    print(f"justified lines {len(line_gaps)}, gaps {len(gaps)}, natural space {natural:.2f} pt")
    print(f"gap {statistics.mean(gaps):.2f} ± {statistics.pstdev(gaps):.2f} pt, 95th percentile {p95:.2f} pt, "
          f"largest {max(line_gaps):.2f} pt")
    print(f"lines looser than 1.5 spaces: {loose15} ({100 * loose15 / len(line_gaps):.2f}%), "
          f"looser than 2 spaces: {loose2}")


def corpus(bantin, out):
    """Sets the spacing corpus into `out` and returns its PDFs."""
    layouts = os.path.join(HERE, "spacing-corpus")
    examples = os.path.join(ROOT, "Examples")
    party = [os.path.join(examples, f) for f in sorted(os.listdir(examples)) if f.endswith(".yaml")]
    party += [os.path.join(examples, "2023-H1", f) for f in sorted(os.listdir(os.path.join(examples, "2023-H1")))]
    pdfs = []
    env = dict(os.environ, BANTIN_HOME=os.environ.get("BANTIN_HOME", ROOT))
    for record in party:
        pdf = os.path.join(out, os.path.basename(record).replace(".yaml", ".pdf"))
        subprocess.run([bantin, "minutes", record, "-o", pdf, "--layout", os.path.join(layouts, "party-minutes.yaml")],
                       check=True, capture_output=True, env=env)
        pdfs.append(pdf)
    pdf = os.path.join(out, "bulletin.pdf")
    subprocess.run([bantin, "bulletin", examples, "-o", pdf, "--issue", "1", "--layout", os.path.join(layouts, "bulletin.yaml")],
                   check=True, capture_output=True, env=env)
    return pdfs + [pdf]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="*")
    ap.add_argument("--size", type=float, default=13, help="body size in points (default 13)")
    ap.add_argument("--space-em", type=float, default=0.25, help="the font's space in em (Liberation Serif: 0.25)")
    ap.add_argument("--corpus", action="store_true", help="set the spacing corpus first and measure it")
    ap.add_argument("--bantin", default=os.path.join(ROOT, ".build", "debug", "bantin"))
    a = ap.parse_args()
    pdfs = list(a.pdfs)
    if a.corpus:
        out = tempfile.mkdtemp(prefix="bantin-spacing-")
        pdfs += corpus(a.bantin, out)
    if not pdfs:
        ap.error("give PDFs or --corpus")
    measure(pdfs, a.size, a.space_em)


if __name__ == "__main__":
    sys.exit(main())
