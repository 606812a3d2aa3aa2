"""Made-up photos and documents for the demo: drawings as a child makes them, a
sunny garden, a birthday cake, a school report as a PDF. All drawn here (no real
child, no real photo); the photos carry a date taken, as a phone's do."""

from __future__ import annotations

import datetime as dt
import io
import math
import random

from PIL import Image, ImageDraw

PHOTO = (1200, 900)  # pixels of a demo photo
DRAWING = (1000, 750)

SKY = ((135, 196, 235), (160, 210, 240), (118, 182, 226))
CRAYONS = (
    (220, 50, 47),
    (38, 139, 210),
    (133, 153, 0),
    (211, 54, 130),
    (203, 75, 22),
    (42, 161, 152),
)
EXIF_IFD = 0x8769
DATE_TIME = 0x0132
DATE_TIME_ORIGINAL = 0x9003


def _jpeg(image: Image.Image, taken: dt.date | None) -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    if taken is not None:
        stamp = f"{taken:%Y:%m:%d} 15:30:00"
        exif[DATE_TIME] = stamp
        exif.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] = stamp
    image.convert("RGB").save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


Point = tuple[float, float]
Colour = tuple[int, int, int]


def _wobbly(
    draw: ImageDraw.ImageDraw,
    points: list[Point],
    colour: Colour,
    rnd: random.Random,
    width: int = 9,
) -> None:
    """A line as a hand draws it: a little off, a little thick."""
    shaky = [(x + rnd.uniform(-4, 4), y + rnd.uniform(-4, 4)) for x, y in points]
    draw.line(shaky, fill=colour, width=width, joint="curve")


def drawing(seed: int, taken: dt.date | None = None) -> bytes:
    """A crayon drawing: a house, a sun, a family of stick figures, on paper."""
    rnd = random.Random(seed)
    width, height = DRAWING
    image = Image.new("RGB", DRAWING, (252, 250, 243))
    draw = ImageDraw.Draw(image)
    ground = height * 0.78
    _wobbly(draw, [(0, ground), (width, ground + rnd.uniform(-20, 20))], CRAYONS[2], rnd, 14)
    # The sun in a corner, with rays.
    cx, cy, r = width * 0.83, height * 0.18, 60
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 210, 60))
    for n in range(12):
        a = n * math.pi / 6
        _wobbly(draw, [(cx + math.cos(a) * (r + 15), cy + math.sin(a) * (r + 15)),
                       (cx + math.cos(a) * (r + 55), cy + math.sin(a) * (r + 55))],
                (255, 190, 0), rnd, 7)  # fmt: skip
    # The house.
    left, top = width * 0.12, height * 0.42
    house = CRAYONS[rnd.randrange(len(CRAYONS))]
    _wobbly(
        draw, [(left, ground), (left, top), (left + 260, top), (left + 260, ground)], house, rnd
    )
    _wobbly(draw, [(left - 20, top), (left + 130, top - 140), (left + 280, top)], CRAYONS[0], rnd)
    door = [(left + 100, ground), (left + 100, ground - 110), (left + 160, ground - 110)]
    _wobbly(draw, [*door, (left + 160, ground)], CRAYONS[4], rnd)
    draw.rectangle((left + 30, top + 40, left + 80, top + 90), outline=CRAYONS[1], width=7)
    # Stick figures, tall and small.
    for n in range(2 + seed % 3):
        x = width * 0.48 + n * 110
        tall = 230 - (n % 3) * 50
        colour = CRAYONS[(seed + n) % len(CRAYONS)]
        head = ground - tall
        draw.ellipse((x - 28, head - 56, x + 28, head), outline=colour, width=7)
        _wobbly(draw, [(x, head), (x, ground - tall * 0.35)], colour, rnd)
        _wobbly(draw, [(x - 45, head + tall * 0.25), (x + 45, head + tall * 0.25)], colour, rnd)
        _wobbly(draw, [(x - 35, ground), (x, ground - tall * 0.35), (x + 35, ground)], colour, rnd)
        draw.arc((x - 14, head - 36, x + 14, head - 10), 20, 160, fill=colour, width=4)
    # Scribbled grass.
    for x in range(0, width, 18):
        _wobbly(draw, [(x, ground + 8), (x + 6, ground + 40)], CRAYONS[2], rnd, 5)
    return _jpeg(image, taken)


def garden(seed: int, taken: dt.date | None = None) -> bytes:
    """A sunny garden: sky, a tree, a swing, flowers in the grass."""
    rnd = random.Random(seed)
    width, height = PHOTO
    image = Image.new("RGB", PHOTO)
    draw = ImageDraw.Draw(image)
    sky = SKY[seed % len(SKY)]
    horizon = int(height * 0.55)
    for y in range(horizon):
        t = y / horizon
        draw.line([(0, y), (width, y)], fill=tuple(int(c + (255 - c) * t * 0.6) for c in sky))
    for y in range(horizon, height):
        t = (y - horizon) / (height - horizon)
        draw.line(
            [(0, y), (width, y)], fill=(int(96 - 30 * t), int(170 - 40 * t), int(70 - 20 * t))
        )
    draw.ellipse((width - 260, 60, width - 120, 200), fill=(255, 226, 120))
    for _cloud in range(3):
        x, y = rnd.randrange(100, width - 300), rnd.randrange(40, 200)
        for dx in (0, 50, 100):
            draw.ellipse((x + dx, y, x + dx + 110, y + 70), fill=(250, 250, 250))
    trunk = width * 0.25
    draw.rectangle((trunk - 30, horizon - 120, trunk + 30, horizon + 160), fill=(120, 80, 50))
    for dx, dy, r in ((-90, -180, 140), (70, -200, 150), (0, -300, 160)):
        draw.ellipse((trunk + dx - r, horizon + dy - r, trunk + dx + r, horizon + dy + r),
                     fill=(60, 140 + rnd.randrange(30), 60))  # fmt: skip
    bar = horizon - 60
    draw.line([(trunk + 80, bar + 20), (trunk + 280, bar + 20)], fill=(120, 80, 50), width=18)
    draw.line([(trunk + 140, bar + 20), (trunk + 140, bar + 260)], fill=(90, 90, 90), width=5)
    draw.line([(trunk + 230, bar + 20), (trunk + 230, bar + 260)], fill=(90, 90, 90), width=5)
    draw.rectangle((trunk + 125, bar + 255, trunk + 245, bar + 275), fill=(200, 60, 50))
    for _ in range(70):
        x, y = rnd.randrange(width), rnd.randrange(horizon + 40, height)
        colour = CRAYONS[rnd.randrange(len(CRAYONS))]
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=colour)
        draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=(255, 230, 80))
    return _jpeg(image, taken)


def cake(seed: int, candles: int = 8) -> bytes:
    """A birthday cake with candles, as a PNG."""
    width = PHOTO[0]
    image = Image.new("RGB", PHOTO, (255, 236, 220))
    draw = ImageDraw.Draw(image)
    for n in range(0, width, 80):  # bunting
        colour = CRAYONS[(n // 80 + seed) % len(CRAYONS)]
        draw.polygon([(n, 40), (n + 80, 40), (n + 40, 120)], fill=colour)
    draw.ellipse((200, 700, 1000, 860), fill=(245, 245, 245))
    draw.rectangle((300, 480, 900, 760), fill=(196, 120, 80))
    draw.ellipse((300, 720, 900, 800), fill=(196, 120, 80))
    draw.rectangle((300, 560, 900, 600), fill=(255, 200, 220))
    draw.ellipse((300, 430, 900, 530), fill=(255, 180, 200))
    for n in range(candles):
        x = 340 + n * (520 / max(candles - 1, 1))
        draw.rectangle((x - 10, 360, x + 10, 470), fill=CRAYONS[(n + seed) % len(CRAYONS)])
        draw.ellipse((x - 14, 310, x + 14, 360), fill=(255, 170, 0))
        draw.ellipse((x - 6, 325, x + 6, 355), fill=(255, 240, 150))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


REPORT_WORDS = {
    "nl": ("Rapport", "Schooljaar", "Lezen", "Rekenen", "Tekenen", "Samen spelen",
           "Goed gewerkt dit trimester! Blijf zo verder lezen.", "De juf"),
    "fr": ("Bulletin", "Année scolaire", "Lecture", "Calcul", "Dessin", "Jouer ensemble",
           "Beau travail ce trimestre ! Continue à lire ainsi.", "L’institutrice"),
    "en": ("School report", "School year", "Reading", "Arithmetic", "Drawing", "Playing together",
           "Good work this term! Keep on reading like this.", "The teacher"),
}  # fmt: skip


def school_report(name: str, year: int, language: str = "nl", seed: int = 0) -> bytes:
    """A one-page school report as a PDF (reportlab), in memory."""
    from reportlab.lib import colors  # type: ignore[import-untyped]
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    words = REPORT_WORDS.get(language, REPORT_WORDS["nl"])
    title, school_year, *subjects, remark, teacher = words
    rnd = random.Random(seed)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    w, h = A4
    canvas.setTitle(f"{title} {name}")
    canvas.setFillColor(colors.HexColor("#2A7F8E"))
    canvas.rect(0, h - 110, w, 110, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 30)
    canvas.drawString(50, h - 70, title)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(50, h - 95, f"{school_year} {year}–{year + 1} · {name}")
    canvas.setFillColor(colors.black)
    y = h - 180
    for subject in subjects:
        score = rnd.randrange(6, 10)
        canvas.setFont("Helvetica", 16)
        canvas.drawString(60, y, subject)
        canvas.setFillColor(colors.HexColor("#FDEBC8"))
        canvas.rect(260, y - 6, 260, 22, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#C8553D"))
        canvas.rect(260, y - 6, 26 * score, 22, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.drawString(535, y, f"{score}/10")
        y -= 50
    canvas.setFont("Helvetica-Oblique", 15)
    canvas.drawString(60, y - 20, remark)
    canvas.setFont("Helvetica", 13)
    canvas.drawString(60, y - 60, teacher)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
