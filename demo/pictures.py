"""Pictures for the demo pages, drawn here with Pillow: nothing is downloaded.

Each lab, défi and event gets an abstract illustration in the colours of its theme (the
DSFR's illustrative palettes), drawn from its slug so that two runs draw the same picture.
They carry no information, so the pages mark them decorative. An image is found again by
its title on the next run: the loader stays idempotent.
"""

import io
import random
import zlib

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image

SIZE = (1200, 675)

# (background, main colour, accent): DSFR illustrative colours, light tint behind.
PALETTES = {
    "experience-usager": ("#fee7fc", "#a558a0", "#e18b76"),
    "experience-agent": ("#e6eefe", "#465f9d", "#f3ede5"),
    "services-ecoresponsables": ("#e6feda", "#447049", "#b7a73f"),
    "relance-impact": ("#fceeac", "#c3992a", "#c08c65"),
    "donnees": ("#dee5fd", "#417dc4", "#009099"),
    "intelligence-artificielle": ("#f3ede5", "#009099", "#fcc63a"),
    "design": ("#fee9e6", "#ce614a", "#a558a0"),
    "logiciel-libre": ("#c9fcac", "#68a532", "#417dc4"),
    "talents-numeriques": ("#fef3fd", "#6e445a", "#e18b76"),
    "participation-citoyenne": ("#feebd0", "#b34000", "#465f9d"),
}
OTHER_PALETTES = list(PALETTES.values())


def palette_for(key):
    if key in PALETTES:
        return PALETTES[key]
    return OTHER_PALETTES[zlib.crc32(key.encode()) % len(OTHER_PALETTES)]


def illustration(seed, palette):
    """A PNG: overlapping discs, bands and a grid of dots, placed from ``seed``."""
    rng = random.Random(seed)
    background, main, accent = palette
    width, height = SIZE
    picture = PillowImage.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(picture)
    radius = rng.randint(height // 3, height // 2)
    cx, cy = rng.randint(width // 2, width - radius // 2), rng.randint(radius // 2, height)
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=main)
    for _ in range(3):
        x, y = rng.randint(0, width // 2), rng.randint(0, height)
        w, h = rng.randint(width // 5, width // 2), rng.randint(height // 10, height // 5)
        draw.rounded_rectangle((x, y, x + w, y + h), radius=h // 2, fill=accent)
    small = rng.randint(height // 8, height // 5)
    sx, sy = rng.randint(small, width // 2), rng.randint(small, height - small)
    draw.ellipse((sx - small, sy - small, sx + small, sy + small), outline=main, width=14)
    step, dot = 36, 6
    ox, oy = rng.randint(0, width // 2), rng.randint(0, height // 2)
    for row in range(5):
        for column in range(8):
            x, y = ox + column * step, oy + row * step
            draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=main)
    out = io.BytesIO()
    picture.save(out, "PNG", compress_level=1)
    return out.getvalue()


def demo_picture(kind, slug, theme=None):
    """The demo illustration of one page (``kind`` "lab", "defi", "event"), made once."""
    title = f"Illustration de démonstration – {kind} {slug}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        content = illustration(f"{kind}:{slug}", palette_for(theme or slug))
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(content), name=f"demo-{kind}-{slug}.png")
        image.save()
    return image


def picture_fields(kind, slug, theme=None):
    """The page fields of a demo picture: the same in both languages (synchronised)."""
    return {"image": demo_picture(kind, slug, theme), "image_decorative": True}


def add_missing_pictures(builder, pages):
    """Pages made by an earlier loader, without a picture: add it, then sync the English.

    ``pages`` are (French page, kind, slug, theme) tuples. Pages that have one are left as
    editors may have changed them.
    """
    for page, kind, slug, theme in pages:
        if page.image_id is not None:
            continue
        for name, value in picture_fields(kind, slug, theme).items():
            setattr(page, name, value)
        page.save_revision().publish()
        builder.resync(page)
