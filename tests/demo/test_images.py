"""The demo store's pictures: real image files in the media store, the same for a seed."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tradewinds.demo import DemoData, DemoParams, draw_demo_images, generate_demo_store
from tradewinds.store import Database, tenant_session
from tradewinds.store.media import FolderMediaStore, key_of_src
from tradewinds.store.tables import ProductImage

TINY = DemoParams(seed=5, products=70, customers=30, days=45, event_days=20)


def _keys(data: DemoData) -> set[str]:
    keys = {key_of_src(src) for p in data.products for src in p.images}
    assert None not in keys  # every demo image is a media URL
    return {k for k in keys if k}


def test_every_image_is_drawn_as_a_real_jpeg(small_store: DemoData, tmp_path: Path) -> None:
    from PIL import Image

    store = FolderMediaStore(tmp_path)
    started = time.perf_counter()
    written = draw_demo_images(small_store.products, store, 1)
    took = time.perf_counter() - started
    keys = _keys(small_store)
    assert written == len(keys) > len(small_store.products)
    assert took < 30  # ~1.5 ms a picture; generous for a busy CI machine
    for key in sorted(keys)[:: max(1, len(keys) // 20)]:
        with Image.open(io.BytesIO(store.read(1, key))) as image:
            assert (image.format, image.size) == ("JPEG", (400, 400))
    main = [k for k in keys if k.endswith("/main.jpg")]
    assert len(main) == len(small_store.products)  # one main picture per product
    assert any(k.startswith("demo/colours/") for k in keys)


def test_pictures_depend_on_the_product_only(small_store: DemoData, tmp_path: Path) -> None:
    a, b = FolderMediaStore(tmp_path / "a"), FolderMediaStore(tmp_path / "b")
    products = small_store.products[:15]
    draw_demo_images(products, a, 1)
    draw_demo_images(list(reversed(products)), b, 1)
    keys = sorted({k for p in products for s in p.images if (k := key_of_src(s))})
    for key in keys:  # shared pictures too: whichever product drew them first
        assert a.read(1, key) == b.read(1, key), key
    assert draw_demo_images(products, a, 1, only_missing=True) == 0


def test_the_generator_stores_pictures_for_the_imported_products(
    db: Database, tmp_path: Path
) -> None:
    store = FolderMediaStore(tmp_path / "media")
    summary = generate_demo_store(db, TINY, data_dir=tmp_path, media=store)
    tenant_id = summary.tenant_id
    with tenant_session(db, tenant_id) as session:
        srcs = set(session.scalars(select(ProductImage.src)))
    keys = {key_of_src(src) for src in srcs}
    assert None not in keys and summary.counts["images"] == len(keys)
    assert all(store.info(tenant_id, k) is not None for k in keys if k)
    assert "images" in summary.seconds

    missing = next(k for k in keys if k)
    store.delete(tenant_id, missing)
    again = generate_demo_store(db, TINY, data_dir=tmp_path, media=store)
    assert again.unchanged and again.counts["images"] == 1  # only the deleted one redrawn
    assert store.info(tenant_id, missing) is not None


def test_drawing_in_a_second_process(
    small_store: DemoData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tradewinds.demo import images

    monkeypatch.setattr(images, "PARALLEL_CPUS", 1)  # as on a machine with CPUs to spare
    store = FolderMediaStore(tmp_path)
    products = small_store.products[:5]
    with images.drawing_alongside(products, store, 1) as wait:
        written = wait()
    keys = {k for p in products for s in p.images if (k := key_of_src(s))}
    assert written == len(keys) and all(store.info(1, k) for k in keys)
