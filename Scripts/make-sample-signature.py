#!/usr/bin/env python3
"""Draws Examples/reports/signatures/chu-ky-mau.png: a generated signature-like flourish, not anyone's
signature.

    pip install pillow          # only for this script; the image is committed
    python3 Scripts/make-sample-signature.py [OUTPUT_FILE]   # default: Examples/reports/signatures/chu-ky-mau.png

Writes a 600x240 RGBA PNG: blue ink (RGB 20, 40, 160) on a fully transparent background. The
strokes are smooth curves computed from fixed formulas and control points (no randomness):
a looped capital, a run of cursive loops, a short tick and an underline swash. Each stroke is
stamped as overlapping discs whose radius follows the pen's direction (a broad-nib effect)
and tapers at both ends, on a canvas 4 times larger, then reduced with a box filter: that is
the anti-aliasing. The ink's colour is the same in every pixel; only the alpha channel
varies. A re-run with the same Pillow version (made with 13.0.0) gives byte-identical files.
"""
import math
import os
import sys

from PIL import Image, ImageDraw

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Examples", "reports", "signatures", "chu-ky-mau.png")

WIDTH, HEIGHT = 600, 240
SCALE = 4                      # supersampling factor
INK = (20, 40, 160)
NIB = 2.6                      # the pen's largest radius, in output pixels
NIB_ANGLE = math.radians(35)   # strokes across this direction are the thickest
STEP = 0.35                    # distance between stamped discs, in output pixels


def catmull_rom(points, samples=40):
    """A smooth curve through `points` (centripetal Catmull-Rom would need square roots of
    distances; the uniform form is enough for hand-placed points)."""
    pts = [points[0]] + list(points) + [points[-1]]
    curve = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(samples):
            t = s / samples
            t2, t3 = t * t, t * t * t
            curve.append(tuple(
                0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                       + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3)
                for k in (0, 1)))
    curve.append(points[-1])
    return curve


def loops(x0, x1, baseline, height, count, samples=900):
    """Cursive loops: a prolate trochoid (the pen runs forward while it circles), slanted to
    the right, rising slightly and shrinking towards the end as handwriting does."""
    curve = []
    advance = (x1 - x0) / (count * 2 * math.pi)
    for s in range(samples + 1):
        t = s / samples
        theta = t * count * 2 * math.pi
        shrink = 1.0 - 0.35 * t
        radius = 0.5 * height * shrink
        x = x0 + advance * theta - 1.35 * advance * math.sin(theta) * (1.0 + 0.6 * shrink)
        y = baseline - 6 * t - radius * (1 - math.cos(theta))
        x += 0.32 * (baseline - y)                        # slant
        curve.append((x, y))
    return curve


def bezier(p0, p1, p2, p3, samples=300):
    """A cubic Bézier curve."""
    curve = []
    for s in range(samples + 1):
        t = s / samples
        u = 1 - t
        curve.append(tuple(u ** 3 * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t ** 3 * p3[k]
                           for k in (0, 1)))
    return curve


def resample(curve):
    """Points every STEP output pixels along the curve, with the direction of travel."""
    out = []
    carry = 0.0
    for (ax, ay), (bx, by) in zip(curve, curve[1:]):
        length = math.hypot(bx - ax, by - ay)
        if length == 0:
            continue
        angle = math.atan2(by - ay, bx - ax)
        d = carry
        while d < length:
            f = d / length
            out.append((ax + (bx - ax) * f, ay + (by - ay) * f, angle))
            d += STEP
        carry = d - length
    return out


def stroke(draw, curve, weight=1.0, taper=0.12):
    """Stamps discs along the curve: thicker across the nib's angle, thinner along it, and
    tapered over the first and last `taper` of the stroke."""
    points = resample(curve)
    n = len(points)
    for i, (x, y, angle) in enumerate(points):
        t = i / max(n - 1, 1)
        ends = min(1.0, t / taper, (1 - t) / taper)
        ends = math.sin(ends * math.pi / 2)               # smooth taper
        nib = 0.45 + 0.55 * abs(math.sin(angle - NIB_ANGLE))
        r = NIB * weight * nib * (0.25 + 0.75 * ends) * SCALE
        cx, cy = x * SCALE, y * SCALE
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)


def main():
    mask = Image.new("L", (WIDTH * SCALE, HEIGHT * SCALE), 0)
    draw = ImageDraw.Draw(mask)

    # A looped capital: up the left stem, over the top, down through a descender loop and
    # back up into the first cursive loop.
    capital = catmull_rom([(58, 168), (74, 120), (98, 66), (122, 38), (140, 44), (132, 84),
                           (112, 140), (96, 192), (84, 210), (76, 198), (92, 170), (128, 142),
                           (160, 138)])
    stroke(draw, capital, weight=1.1)

    # The cursive run, joined to the capital's exit stroke.
    stroke(draw, loops(160, 440, 146, 58, 5), weight=0.95)

    # A short tick above the run, like a diacritic.
    stroke(draw, bezier((286, 64), (292, 56), (302, 50), (314, 46), samples=60), weight=0.8, taper=0.35)

    # The underline swash: from under the capital to the right, with a small hook back.
    swash = bezier((104, 214), (220, 196), (410, 188), (548, 150))
    swash += bezier((548, 150), (560, 146), (566, 152), (552, 162), samples=80)[1:]
    stroke(draw, swash, weight=0.9, taper=0.2)

    alpha = mask.resize((WIDTH, HEIGHT), Image.Resampling.BOX)
    ink = [Image.new("L", (WIDTH, HEIGHT), value) for value in INK]
    image = Image.merge("RGBA", ink + [alpha])
    os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
    image.save(OUT, format="PNG", optimize=False, compress_level=9)
    print(f"wrote {OUT} ({WIDTH}x{HEIGHT}, RGBA)")


if __name__ == "__main__":
    main()
