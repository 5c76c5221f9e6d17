#!/usr/bin/env python3
"""Draws Examples/reports/signatures/dau-mau.png: a generated sample seal (con dấu mẫu) for the
examples, marked MẪU (sample) in its centre; not any organisation's seal.

    pip install pillow          # only for this script; the image is committed
    python3 Scripts/make-sample-seal.py [OUTPUT_FILE]   # default: Examples/reports/signatures/dau-mau.png

Writes a 425 x 425 RGBA PNG at 300 dpi (its pHYs chunk says so), i.e. 36.0 mm across, the size
BanTin prints it at: red ink (RGB 220, 30, 40) on a fully transparent background. Two rings,
the organisation's name set around the inside of the outer ring (each letter drawn upright,
then turned to follow the circle), a five-pointed star at the foot, and the word MẪU across the
centre, so it can never pass for a real seal. Drawn 4 times larger and reduced with a box
filter (the anti-aliasing); every pixel has the ink's colour, only the alpha channel varies. A
re-run with the same Pillow version (made with 13.0.0) gives a byte-identical file.
"""
import math
import os
import sys

from PIL import Image, ImageDraw, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Examples", "reports", "signatures", "dau-mau.png")
FONT = os.path.join(ROOT, "Fonts", "LiberationSans-Bold.ttf")

DPI = 300
SIZE = 425                     # 425 px at 300 dpi = 35.98 mm
SCALE = 4                      # supersampling factor
INK = (220, 30, 40)
RING_TEXT = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI  •  TỈNH LẠNG SƠN"
CENTRE_TEXT = "MẪU"


def star(draw, cx, cy, outer, inner):
    """A filled five-pointed star, its top point up."""
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=255)


def ring_text(mask, text, cx, cy, radius, font, start, end):
    """`text` along a circle of `radius`, clockwise from angle `start` to `end` (radians, 0 =
    right, measured clockwise as y grows down), each letter upright to the centre."""
    widths = [font.getlength(ch) for ch in text]
    total = sum(widths)
    span = end - start
    angle = start
    for ch, width in zip(text, widths):
        step = span * width / total
        middle = angle + step / 2
        angle += step
        if ch.strip() == "":
            continue
        box = font.getbbox(ch)
        glyph = Image.new("L", (int(width) + 8, box[3] + 8), 0)
        ImageDraw.Draw(glyph).text((4, 4), ch, font=font, fill=255)
        turned = glyph.rotate(-math.degrees(middle) - 90, resample=Image.BICUBIC, expand=True)
        x = cx + radius * math.cos(middle) - turned.width / 2
        y = cy + radius * math.sin(middle) - turned.height / 2
        mask.paste(255, (int(round(x)), int(round(y))), turned)


def main():
    big = SIZE * SCALE
    c = big / 2
    mask = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(mask)
    outer = c - 6 * SCALE
    draw.ellipse([c - outer, c - outer, c + outer, c + outer], outline=255, width=9 * SCALE)
    inner = outer * 0.64
    draw.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=4 * SCALE)
    font = ImageFont.truetype(FONT, 28 * SCALE)
    # The name over the top, from lower left round to lower right, leaving room for the star.
    ring_text(mask, RING_TEXT, c, c, outer * 0.82, font, math.radians(135), math.radians(405))
    star(draw, c, c + outer * 0.82, 20 * SCALE, 8 * SCALE)
    big_font = ImageFont.truetype(FONT, 62 * SCALE)
    width = big_font.getlength(CENTRE_TEXT)
    top, bottom = big_font.getbbox(CENTRE_TEXT)[1], big_font.getbbox(CENTRE_TEXT)[3]
    draw.text((c - width / 2, c - (top + bottom) / 2), CENTRE_TEXT, font=big_font, fill=255)
    alpha = mask.reduce(SCALE)
    image = Image.new("RGBA", (SIZE, SIZE), INK + (0,))
    image.putalpha(alpha)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    image.save(OUT, dpi=(DPI, DPI), optimize=False)


if __name__ == "__main__":
    main()
