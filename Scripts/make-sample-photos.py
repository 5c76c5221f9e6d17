#!/usr/bin/env python3
"""Draws the sample images of Examples/photos/: generated drawings, not photographs.

    pip install pillow          # only for this script; the images are committed
    python3 Scripts/make-sample-photos.py [OUTPUT_FOLDER]   # default: Examples/photos

Writes toan-canh.jpg (1200x800, a conference hall), phat-bieu-chi-dao.jpg (1000x750, a
speaker at a lectern), both baseline RGB JPEG at quality 85 without EXIF or ICC data, and
logo.png (300x300, RGBA, a round emblem for a masthead). Everything is drawn from fixed
coordinates and the bundled Liberation fonts, so a re-run with the same Pillow version gives
the same files.
"""
import os
import sys

from PIL import Image, ImageDraw, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONTS = os.path.join(ROOT, "Fonts")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Examples", "photos")

RED = (200, 16, 46)
DARK_RED = (150, 10, 30)
GOLD = (255, 205, 0)
WALL = (236, 228, 214)
FLOOR = (160, 120, 86)
WOOD = (120, 72, 40)
CHAIR = (70, 40, 48)
HAIR = (32, 28, 28)
SHIRT = (225, 232, 240)


def font(name, size):
    return ImageFont.truetype(os.path.join(FONTS, name), size)


def centred_text(draw, box, text, face, fill):
    left, top, right, bottom = box
    l, t, r, b = draw.textbbox((0, 0), text, font=face)
    x = left + (right - left - (r - l)) / 2 - l
    y = top + (bottom - top - (b - t)) / 2 - t
    draw.text((x, y), text, font=face, fill=fill)


def sample_mark(draw, width, height):
    """A small corner note, so nobody mistakes the drawing for a photograph."""
    face = font("LiberationSans-Regular.ttf", 14)
    text = "Ảnh mẫu (hình vẽ) – BanTin"
    l, t, r, b = draw.textbbox((0, 0), text, font=face)
    x, y = width - (r - l) - 14, height - (b - t) - 12
    draw.rectangle((x - 6, y - 4, x + (r - l) + 6, y + (b - t) + 6), fill=(255, 255, 255))
    draw.text((x - l, y - t), text, font=face, fill=(90, 90, 90))


def person_from_behind(draw, cx, base, scale, shirt=SHIRT):
    """Head and shoulders of a seated delegate seen from behind."""
    w = 34 * scale
    draw.rounded_rectangle((cx - w, base - 30 * scale, cx + w, base + 10 * scale),
                           radius=int(14 * scale), fill=shirt)
    r = 13 * scale
    draw.ellipse((cx - r, base - 30 * scale - 2 * r + 4 * scale, cx + r, base - 30 * scale + 4 * scale), fill=HAIR)


def conference_hall(path):
    width, height = 1200, 800
    image = Image.new("RGB", (width, height), WALL)
    draw = ImageDraw.Draw(image)

    # Back wall with pilasters, the stage and its front.
    for x in range(40, width, 160):
        draw.rectangle((x, 0, x + 24, 330), fill=(222, 212, 196))
    draw.rectangle((0, 330, width, height), fill=FLOOR)
    draw.polygon([(120, 300), (1080, 300), (1140, 360), (60, 360)], fill=(190, 150, 105))
    draw.rectangle((60, 360, 1140, 392), fill=WOOD)

    # The red backdrop with the meeting's title, and gold trim.
    draw.rectangle((170, 24, 1030, 190), fill=RED)
    draw.rectangle((170, 24, 1030, 34), fill=GOLD)
    draw.rectangle((170, 180, 1030, 190), fill=GOLD)
    centred_text(draw, (170, 38, 1030, 76), "ĐẢNG BỘ SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                 font("LiberationSans-Bold.ttf", 28), GOLD)
    centred_text(draw, (170, 80, 1030, 130), "HỘI NGHỊ SƠ KẾT CÔNG TÁC ĐẢNG",
                 font("LiberationSans-Bold.ttf", 44), GOLD)
    centred_text(draw, (170, 134, 1030, 174), "6 THÁNG ĐẦU NĂM 2023",
                 font("LiberationSans-Bold.ttf", 32), GOLD)

    # The presidium table with three people and a flower stand.
    draw.rectangle((330, 262, 870, 300), fill=(245, 245, 245))
    draw.rectangle((330, 284, 870, 300), fill=DARK_RED)
    for cx in (450, 600, 750):
        draw.rounded_rectangle((cx - 26, 226, cx + 26, 266), radius=10, fill=(40, 48, 70))
        draw.ellipse((cx - 13, 196, cx + 13, 224), fill=(214, 170, 130))
        draw.pieslice((cx - 14, 194, cx + 14, 222), 180, 360, fill=HAIR)
    draw.polygon([(230, 300), (280, 300), (270, 250), (240, 250)], fill=WOOD)
    for dx, dy, colour in ((-22, -10, (240, 200, 40)), (0, -26, RED), (22, -10, (240, 120, 40)),
                           (-10, -36, (250, 240, 230)), (12, -40, RED)):
        draw.ellipse((255 + dx - 14, 240 + dy - 14, 255 + dx + 14, 240 + dy + 14), fill=colour)

    # Rows of chairs in perspective, delegates in most of them.
    rows = 6
    for row in range(rows):
        t = row / (rows - 1)
        y = 430 + row * 66 + row * row * 3
        scale = 0.75 + 0.55 * t
        spacing = 74 * scale
        count = int((width - 80) / spacing)
        start = (width - (count - 1) * spacing) / 2
        for i in range(count):
            cx = start + i * spacing
            draw.rounded_rectangle((cx - 30 * scale, y - 40 * scale, cx + 30 * scale, y + 16 * scale),
                                   radius=int(8 * scale), fill=CHAIR)
            if (i * 7 + row * 3) % 9 != 0:   # a few empty seats
                shirt = SHIRT if (i + row) % 4 else (176, 196, 222)
                person_from_behind(draw, cx, y - 22 * scale, scale, shirt)
            draw.rectangle((cx - 30 * scale, y + 10 * scale, cx + 30 * scale, y + 22 * scale), fill=(50, 28, 34))
    # The aisle carpet.
    draw.polygon([(570, 392), (630, 392), (700, height), (500, height)], fill=DARK_RED)

    sample_mark(draw, width, height)
    image.save(path, "JPEG", quality=85, optimize=False, progressive=False, subsampling=2)


def speaker(path):
    width, height = 1000, 750
    image = Image.new("RGB", (width, height), (228, 220, 206))
    draw = ImageDraw.Draw(image)

    # Backdrop and stage floor.
    draw.rectangle((0, 0, width, 470), fill=RED)
    draw.rectangle((0, 455, width, 470), fill=GOLD)
    draw.rectangle((0, 470, width, height), fill=(176, 132, 92))
    centred_text(draw, (0, 40, width, 110), "HỘI NGHỊ SƠ KẾT", font("LiberationSans-Bold.ttf", 54), GOLD)
    centred_text(draw, (0, 110, width, 160), "CÔNG TÁC ĐẢNG 6 THÁNG ĐẦU NĂM 2023",
                 font("LiberationSans-Bold.ttf", 34), GOLD)
    # A gold star above the speaker.
    cx, cy, r_out, r_in = 180, 300, 70, 28
    import math
    points = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        r = r_out if k % 2 == 0 else r_in
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=GOLD)

    # The speaker: head, shoulders, jacket, tie.
    sx = 560
    draw.ellipse((sx - 52, 196, sx + 52, 320), fill=(206, 160, 122))
    draw.chord((sx - 56, 186, sx + 56, 280), 180, 360, fill=HAIR)
    draw.rectangle((sx - 22, 310, sx + 22, 345), fill=(196, 150, 112))
    draw.rounded_rectangle((sx - 150, 330, sx + 150, 560), radius=60, fill=(38, 44, 62))
    draw.polygon([(sx - 30, 332), (sx + 30, 332), (sx, 400)], fill=(245, 245, 245))
    draw.polygon([(sx - 9, 340), (sx + 9, 340), (sx + 14, 430), (sx, 450), (sx - 14, 430)], fill=DARK_RED)
    # Hands resting on the lectern.
    draw.ellipse((sx - 120, 478, sx - 76, 508), fill=(206, 160, 122))
    draw.ellipse((sx + 76, 478, sx + 120, 508), fill=(206, 160, 122))

    # The lectern, its sloped top and an emblem plate; a microphone on a gooseneck.
    draw.polygon([(sx - 190, 490), (sx + 190, 490), (sx + 170, 520), (sx - 170, 520)], fill=(150, 92, 52))
    draw.polygon([(sx - 160, 520), (sx + 160, 520), (sx + 130, height), (sx - 130, height)], fill=WOOD)
    draw.rectangle((sx - 150, 520, sx + 150, 532), fill=(96, 56, 30))
    draw.ellipse((sx - 48, 580, sx + 48, 676), fill=GOLD)
    draw.ellipse((sx - 38, 590, sx + 38, 666), fill=RED)
    draw.line([(sx + 40, 492), (sx + 50, 440), (sx + 30, 400)], fill=(30, 30, 30), width=6)
    draw.rounded_rectangle((sx + 18, 376, sx + 42, 410), radius=10, fill=(20, 20, 20))

    # Flowers at the lectern's foot.
    for dx, colour in ((-250, (240, 200, 40)), (-225, RED), (-275, (250, 240, 230)), (-240, (240, 120, 40))):
        draw.ellipse((sx + dx - 22, 640 - (dx % 40), sx + dx + 22, 684 - (dx % 40)), fill=colour)
    draw.rectangle((sx - 275, 680, sx - 215, height), fill=(90, 60, 40))

    sample_mark(draw, width, height)
    image.save(path, "JPEG", quality=85, optimize=False, progressive=False, subsampling=2)


def logo(path):
    size = 300
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((6, 6, size - 6, size - 6), fill=GOLD + (255,))
    draw.ellipse((18, 18, size - 18, size - 18), fill=RED + (255,))
    import math
    cx, cy, r_out, r_in = size / 2, 118, 62, 25
    points = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        r = r_out if k % 2 == 0 else r_in
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=GOLD + (255,))
    centred_text(draw, (18, 186, size - 18, 236), "BẢN TIN", font("LiberationSans-Bold.ttf", 42), GOLD + (255,))
    image.save(path, "PNG", optimize=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    conference_hall(os.path.join(OUT, "toan-canh.jpg"))
    speaker(os.path.join(OUT, "phat-bieu-chi-dao.jpg"))
    logo(os.path.join(OUT, "logo.png"))
    for name in ("toan-canh.jpg", "phat-bieu-chi-dao.jpg", "logo.png"):
        full = os.path.join(OUT, name)
        with Image.open(full) as made:
            print(f"{full}: {made.format} {made.mode} {made.size[0]}x{made.size[1]}, {os.path.getsize(full)} bytes")


if __name__ == "__main__":
    main()
