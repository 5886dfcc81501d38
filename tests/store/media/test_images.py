"""Resized variants: fixed widths, never enlarged, WebP, cached in the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.media._images import jpeg, png, size_of
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store.media import WIDTHS, FolderMediaStore, image_for, resize, sniff_image


def test_original_and_resized(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    store.put(1, "kite.jpg", jpeg(800, 600))
    original = image_for(store, 1, "kite.jpg", None)
    assert original.content_type == "image/jpeg" and size_of(original.data) == (800, 600)
    small = image_for(store, 1, "kite.jpg", 320)
    assert small.content_type == "image/webp" and size_of(small.data) == (320, 240)
    assert small.etag != original.etag


def test_variants_are_cached_and_follow_a_new_original(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    store.put(1, "kite.jpg", jpeg(800, 600))
    first = image_for(store, 1, "kite.jpg", 160)
    cached = list((tmp_path / "t1" / "_variants" / "w160").rglob("*.webp"))
    assert len(cached) == 1
    cached[0].write_bytes(cached[0].read_bytes())  # same bytes: the cache is what is served
    assert image_for(store, 1, "kite.jpg", 160).data == first.data
    store.put(1, "kite.jpg", jpeg(400, 400, (0, 200, 0)))
    replaced = image_for(store, 1, "kite.jpg", 160)
    assert size_of(replaced.data) == (160, 160) and replaced.etag != first.etag


def test_small_images_are_not_enlarged_and_keep_transparency(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    store.put(1, "dot.png", png(40, 40))
    assert size_of(image_for(store, 1, "dot.png", 1280).data) == (40, 40)
    assert size_of(resize(png(40, 20), 160)) == (40, 20)


def test_widths_keys_and_tenants_are_checked(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    store.put(1, "kite.jpg", jpeg())
    assert 321 not in WIDTHS
    with pytest.raises(InvalidInput, match="not offered"):
        image_for(store, 1, "kite.jpg", 321)
    with pytest.raises(InvalidInput):
        image_for(store, 1, "../kite.jpg", 320)
    with pytest.raises(InvalidInput):
        image_for(store, 1, "_variants/w160/x/kite.jpg.webp", None)
    with pytest.raises(NotFound):
        image_for(store, 2, "kite.jpg", 320)


def test_a_file_that_is_not_an_image(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    store.put(1, "fake.jpg", b"<script>alert(1)</script>")
    with pytest.raises(InvalidInput, match="not a readable image"):
        image_for(store, 1, "fake.jpg", 320)
    with pytest.raises(InvalidInput):
        sniff_image(b"GIF89a truncated")
    with pytest.raises(InvalidInput):
        sniff_image(jpeg()[:200])  # truncated
    assert sniff_image(jpeg()) == "image/jpeg" and sniff_image(png()) == "image/png"
