"""Product pictures for the demo store, drawn with Pillow and kept in the media store.

Every demo product's images are media URLs (``/media/demo/<handle>/main.jpg``, one per
colour, ``detail-0.jpg``...). This module draws them: a pictogram of the category (its
shape) in the product's colour on a tint of the category's hue, with the product type and
colour written underneath. A picture is a pure function of the product (a shared one, of
its category and colour), so the same seed always gives the same files.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING

from tradewinds.demo.catalog import DemoProduct, slugify
from tradewinds.store.media import MediaStore, key_of_src

if TYPE_CHECKING:
    from PIL import ImageFont

SIZE = 400  # pixels, square; cards show a resized variant
_QUALITY = 85
PARALLEL_CPUS = 4
_RGB: dict[str, tuple[int, int, int]] = {
    "Black": (38, 38, 40), "White": (236, 236, 232), "Navy": (31, 45, 84),
    "Heather Grey": (150, 150, 155), "Charcoal": (64, 66, 72), "Red": (190, 40, 45),
    "Forest Green": (34, 85, 50), "Olive": (110, 115, 55), "Sage Green": (150, 170, 140),
    "Slate Blue": (90, 105, 140), "Glacier Blue": (150, 195, 220), "Sky Blue": (110, 170, 225),
    "Midnight Blue": (25, 30, 70), "Burnt Orange": (200, 95, 35), "Sand": (210, 190, 150),
    "Burgundy": (115, 30, 50), "Coral": (240, 120, 100), "Cream": (245, 235, 210),
    "Terracotta": (190, 100, 75), "Silver": (190, 192, 196), "Rose Gold": (215, 160, 150),
    "Mustard": (215, 170, 50), "Lavender": (180, 160, 215), "Stainless Steel": (170, 175, 180),
    "Grey/Volt": (120, 125, 120), "Brown": (110, 75, 50), "Pink": (240, 160, 190),
}  # fmt: skip
_PLAIN = ((46, 110, 160), (200, 90, 60), (70, 130, 90), (150, 90, 150), (210, 160, 40))
_SHAPES = ("circle", "triangle", "square", "diamond", "hexagon", "bars")
_COLOUR_SLUGS = {slugify(name): name for name in _RGB}


def draw_demo_images(
    products: Sequence[DemoProduct],
    store: MediaStore,
    tenant_id: int,
    *,
    only_missing: bool = False,
) -> int:
    """Draw and store every media image of ``products``; return how many were written.

    ``only_missing`` skips keys the store already holds (a rerun that changed nothing).
    """
    wanted: dict[str, DemoProduct] = {}
    for product in products:
        for src in product.images:
            key = key_of_src(src)
            if key is not None:
                wanted.setdefault(key, product)
    written = 0
    for key, product in wanted.items():
        if only_missing and store.info(tenant_id, key) is not None:
            continue
        store.put(tenant_id, key, render_image(product, key))
        written += 1
    return written


@contextmanager
def drawing_alongside(
    products: Sequence[DemoProduct], store: MediaStore, tenant_id: int
) -> Iterator[Callable[[], int]]:
    """Draw the pictures in a second process while the block runs (the demo generator
    loads orders and events meanwhile); the callable waits for them and returns how many
    were written. With fewer than :data:`PARALLEL_CPUS` usable CPUs the callable draws
    them itself: on a busy 2-CPU machine the second process slowed the load more than it
    saved (docs/storefront.md)."""
    if len(os.sched_getaffinity(0)) < PARALLEL_CPUS:
        yield lambda: draw_demo_images(products, store, tenant_id)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process holding engines
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(draw_demo_images, products, store, tenant_id)
        yield future.result


def render_image(product: DemoProduct, key: str) -> bytes:
    """The JPEG picture at media ``key`` of ``product``: its main picture, or one shared by
    its category (``colours/<code>-<colour>.jpg``, ``details/<code>-<n>.jpg``) that depends
    on the category and colour only."""
    from PIL import Image, ImageDraw

    spec = product.category
    seed = int.from_bytes(hashlib.sha256(spec.code.encode()).digest()[:4], "big")
    hue = _PLAIN[seed % len(_PLAIN)]
    stem = key.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    zoom, offset = 1.0, 0.0
    if "/colours/" in key:
        caption = _COLOUR_SLUGS.get(stem.split("-", 1)[-1], "")
        colour = _RGB.get(caption, hue)
    elif "/details/" in key:
        caption, colour = "Detail", (hue[0] * 2 // 3, hue[1] * 2 // 3, hue[2] * 2 // 3)
        zoom, offset = 1.6, 60.0 if stem.endswith("1") else -60.0
    else:
        caption, colour = _main_colour(product)
        if product.vendor.isascii():
            caption = f"{product.vendor} · {caption}" if caption else product.vendor
    image = Image.new("RGB", (SIZE, SIZE), tuple(255 - (255 - c) // 6 for c in hue))
    draw = ImageDraw.Draw(image)
    _pictogram(draw, _SHAPES[seed // len(_PLAIN) % len(_SHAPES)], colour, zoom, offset)
    draw.rectangle((0, SIZE - 100, SIZE, SIZE), fill=(250, 250, 248))
    draw.text((20, SIZE - 88), spec.product_type[:26], fill=(30, 30, 34), font=_font(30))
    draw.text((20, SIZE - 44), caption[:34], fill=(80, 80, 86), font=_font(22))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=_QUALITY)
    return out.getvalue()


def _main_colour(product: DemoProduct) -> tuple[str, tuple[int, int, int]]:
    """The colour name and RGB of a product's main picture: its first colour option, its
    colour attribute, or one picked by its handle."""
    names = [v.options[0] for v in product.variants if v.options and v.options[0] in _RGB]
    name = names[0] if names else product.attributes.get("color", "")
    if name in _RGB:
        return name, _RGB[name]
    digest = hashlib.sha256(product.handle.encode()).digest()
    return "", _PLAIN[digest[0] % len(_PLAIN)]


def _pictogram(draw: object, shape: str, fill: tuple[int, int, int], zoom: float,
               offset: float) -> None:  # fmt: skip
    from PIL import ImageDraw

    assert isinstance(draw, ImageDraw.ImageDraw)
    cx, cy, r = SIZE / 2 + offset, (SIZE - 100) / 2, 130 * zoom
    outline = tuple(max(0, c - 50) for c in fill)
    box = (cx - r, cy - r, cx + r, cy + r)
    if shape == "circle":
        draw.ellipse(box, fill=fill, outline=outline, width=6)
    elif shape == "square":
        draw.rounded_rectangle(box, radius=r / 4, fill=fill, outline=outline, width=6)
    elif shape == "bars":
        for i in range(3):
            x = cx - r + i * r * 0.75
            draw.rectangle((x, cy - r + i * 30, x + r * 0.5, cy + r), fill=fill, outline=outline)
    else:
        sides = {"triangle": 3, "diamond": 4, "hexagon": 6}[shape]
        draw.regular_polygon((cx, cy, r), sides, fill=fill, outline=outline, width=6)


_FONTS: dict[int, ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    if size not in _FONTS:
        _FONTS[size] = ImageFont.load_default(size=size)
    return _FONTS[size]
