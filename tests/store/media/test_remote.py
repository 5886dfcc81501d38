"""Fetching remote product images into the media store, against a host on 127.0.0.1."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import select

from tests.fixtures import PRODUCTS_CSV, Row, edited
from tests.store.media._server import BIG, image_host
from tradewinds.store import Database, tenant_session
from tradewinds.store.importers import import_products
from tradewinds.store.media import (
    FolderMediaStore,
    fetch_pending_images,
    local_image_urls,
    pending_image_urls,
)
from tradewinds.store.tables import Product, ProductImage, RemoteImage, RemoteImageStatus, Tenant


def _csv_with_images(tmp_path: Path, urls: list[str]) -> Path:
    """The fixture export with its image URLs replaced by ``urls``, in order (and by the
    last of them where it has more images: one URL may serve several products)."""

    def edit(rows: list[Row]) -> list[Row]:
        with_images = [row for row in rows if row["Image Src"]]
        assert len(with_images) >= len(urls)
        for i, row in enumerate(with_images):
            row["Image Src"] = urls[min(i, len(urls) - 1)]
        return rows

    return edited(PRODUCTS_CSV, tmp_path / "products.csv", edit)


def _set_images(db: Database, tenant_id: int, urls: list[str]) -> None:
    with tenant_session(db, tenant_id) as session:
        product = Product(handle="kite", title="Kite", body_html="")
        product.images = [ProductImage(position=i, src=u) for i, u in enumerate(urls, 1)]
        session.add(product)


def test_imported_remote_images_are_fetched_and_failures_recorded(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    store = FolderMediaStore(tmp_path / "media")
    with image_host() as (host, served):
        names = ["ok.jpg", "liar.jpg", "missing.jpg", "redirect.jpg", "page.jpg"]
        import_products(db, tenant.id, _csv_with_images(tmp_path, [f"{host}/{n}" for n in names]))
        with tenant_session(db, tenant.id) as session:
            srcs = set(session.scalars(select(ProductImage.src)))
        urls = sorted(srcs)
        assert len(urls) == 5 and pending_image_urls(db, tenant.id) == urls

        report = fetch_pending_images(db, store, tenant.id, allow_private_hosts=True)
        assert (report.stored, report.failed) == (2, 3)
        assert "not an image" in report.errors[f"{host}/page.jpg"]
        assert "HTTP 404" in report.errors[f"{host}/missing.jpg"]
        assert "not a readable image" in report.errors[f"{host}/liar.jpg"]
        assert "/ok-moved.jpg" in served
        assert pending_image_urls(db, tenant.id) == []  # failures are not retried by default

        with tenant_session(db, tenant.id) as session:
            rows = {r.url: r for r in session.scalars(select(RemoteImage))}
            shown = local_image_urls(session, urls)
        ok = rows[f"{host}/ok.jpg"]
        assert ok.status == RemoteImageStatus.STORED and ok.content_type == "image/jpeg"
        assert ok.key and store.info(tenant.id, ok.key) is not None
        assert shown == {
            f"{host}/ok.jpg": f"/media/{ok.key}",
            f"{host}/redirect.jpg": f"/media/{rows[f'{host}/redirect.jpg'].key}",
        }
        assert rows[f"{host}/missing.jpg"].status == RemoteImageStatus.FAILED

        again = fetch_pending_images(db, store, tenant.id, allow_private_hosts=True,
                                     retry_failed=True)  # fmt: skip
        assert (again.stored, again.failed) == (0, 3)
        with tenant_session(db, tenant.id) as session:
            missing = session.scalars(
                select(RemoteImage).where(RemoteImage.url == f"{host}/missing.jpg")
            ).one()
            assert missing.attempts == 2


def test_limits_time_size_redirects_and_private_hosts(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    store = FolderMediaStore(tmp_path / "media")
    with image_host() as (host, _served):
        names = ["big.jpg", "stream-big.jpg", "loop.jpg", "slow.jpg", "photo.png"]
        _set_images(db, tenant.id, [f"{host}/{n}" for n in names] + ["ftp://x/y.jpg"])
        refused = fetch_pending_images(db, store, tenant.id, timeout_s=1.0, max_bytes=BIG // 2)
        assert refused.failed == 5  # 127.0.0.1 is not a public host
        assert all("private network" in e for e in refused.errors.values())

        started = time.monotonic()
        report = fetch_pending_images(db, store, tenant.id, timeout_s=1.0, max_bytes=BIG // 2,
                                      retry_failed=True, allow_private_hosts=True)  # fmt: skip
        assert time.monotonic() - started < 8
        errors = report.errors
        assert report.stored == 1 and f"{host}/photo.png" not in errors
        assert "over the limit" in errors[f"{host}/big.jpg"]
        assert "over the limit" in errors[f"{host}/stream-big.jpg"]
        assert "redirects" in errors[f"{host}/loop.jpg"]
        assert "longer than 1 s" in errors[f"{host}/slow.jpg"]
        assert pending_image_urls(db, tenant.id) == []  # ftp:// is never pending


def test_tenants_fetch_and_see_only_their_own(
    db: Database, tenant: Tenant, other_tenant: Tenant, tmp_path: Path
) -> None:
    store = FolderMediaStore(tmp_path / "media")
    with image_host() as (host, _served):
        url = f"{host}/ok.jpg"
        _set_images(db, tenant.id, [url])
        assert pending_image_urls(db, other_tenant.id) == []
        fetch_pending_images(db, store, tenant.id, allow_private_hosts=True)
        with tenant_session(db, other_tenant.id) as session:
            assert local_image_urls(session, [url]) == {}  # stored for acme, not for globex


def test_stops_early_when_the_network_does_not_allow(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    from tests._server import free_port

    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    _set_images(db, tenant.id, [f"{closed}/{i}.jpg" for i in range(5)])
    report = fetch_pending_images(db, FolderMediaStore(tmp_path), tenant.id,
                                  allow_private_hosts=True)  # fmt: skip
    assert (report.failed, report.pending) == (3, 2)
    assert all("unreachable" in e for e in report.errors.values())
    assert len(pending_image_urls(db, tenant.id)) == 2  # the next run tries the rest
