"""``/media``: the shop's images over HTTP, and the pictures on product pages and cards."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.store.media._images import jpeg, size_of
from tests.store.media._server import image_host
from tests.web.conftest import make_web_client, seed_storefront
from tradewinds.store import Database, tenant_session
from tradewinds.store.media import FolderMediaStore, fetch_pending_images
from tradewinds.store.tables import Product, ProductImage, Tenant

KITE = "products/red-kite/main.jpg"
REMOTE = "https://images.example.com/dome-tent.jpg"


def _image(db: Database, tenant_id: int, handle: str, src: str, alt: str = "") -> None:
    with tenant_session(db, tenant_id) as session:
        product = session.query(Product).filter(Product.handle == handle).one()
        product.images.append(ProductImage(position=len(product.images) + 1, src=src, alt=alt))


@pytest.fixture
def media_web(
    db: Database, tenant: Tenant, other_tenant: Tenant, tmp_path: Path
) -> Iterator[tuple[TestClient, FolderMediaStore]]:
    """Acme's shop with a stored kite picture and a remote, unfetched tent picture; Globex
    holds a picture of its own."""
    seed_storefront(db, tenant, other_tenant)
    store = FolderMediaStore(tmp_path / "media")
    store.put(tenant.id, KITE, jpeg(600, 300))
    store.put(other_tenant.id, "products/secret/main.jpg", jpeg())
    _image(db, tenant.id, "red-kite", f"/media/{KITE}", "A red kite in the sky")
    _image(db, tenant.id, "dome-tent", REMOTE)
    with make_web_client(db, media={"path": str(tmp_path / "media")}) as client:
        client.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
        yield client, store


def test_an_image_with_etag_caching_and_sizes(
    media_web: tuple[TestClient, FolderMediaStore],
) -> None:
    client, _store = media_web
    original = client.get(f"/media/{KITE}", headers={"Accept": "image/*"})
    assert original.status_code == 200 and original.headers["content-type"] == "image/jpeg"
    assert size_of(original.content) == (600, 300)
    assert "max-age" in original.headers["cache-control"]
    assert original.headers["x-content-type-options"] == "nosniff"
    etag = original.headers["etag"]
    assert etag.startswith('"')
    again = client.get(f"/media/{KITE}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""

    small = client.get(f"/media/{KITE}?w=320")
    assert small.headers["content-type"] == "image/webp" and size_of(small.content) == (320, 160)
    assert small.headers["etag"] != etag
    assert client.head(f"/media/{KITE}?w=320").headers["content-length"] == str(len(small.content))
    assert client.get(f"/media/{KITE}?w=333").status_code == 400
    assert client.get(f"/media/{KITE}?w=abc").status_code == 422


def test_traversal_and_other_shops_images_are_not_served(
    media_web: tuple[TestClient, FolderMediaStore],
) -> None:
    client, _store = media_web
    for path in (
        "/media/products/secret/main.jpg",  # Globex's key, asked of Acme's shop
        "/media/products/red-kite/nothing.jpg",
    ):
        assert client.get(path).status_code == 404, path
    for path in (
        "/media/..%2Ft2%2Fproducts%2Fsecret%2Fmain.jpg",
        "/media/products/%2E%2E/%2E%2E/t2/products/secret/main.jpg",
        "/media/_variants/w320/x/main.jpg.webp",
        "/media/products/red-kite/main.svg",
    ):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert not response.headers.get("content-type", "").startswith("image/"), path


def test_pages_show_local_pictures_or_a_placeholder(
    media_web: tuple[TestClient, FolderMediaStore],
) -> None:
    client, _store = media_web
    kite = client.get("/products/red-kite").text
    assert f'src="/media/{KITE}?w=480"' in kite
    assert f"/media/{KITE}?w=960 960w" in kite and 'alt="A red kite in the sky"' in kite

    tent = client.get("/products/dome-tent").text
    assert "images.example.com" not in tent
    assert 'role="img" aria-label="No image of this product yet"' in tent

    for page in (client.get("/").text, client.get("/search?q=kite").text):
        assert f'<img class="card-image" src="/media/{KITE}?w=320" alt=""' in page
    for page in (kite, tent, client.get("/").text, client.get("/search?q=tent").text):
        assert not re.search(r'(src|srcset|href)="(https?:)?//', page)


def test_a_fetched_remote_picture_is_shown_from_the_media_store(
    db: Database, tenant: Tenant, media_web: tuple[TestClient, FolderMediaStore]
) -> None:
    client, store = media_web
    with image_host() as (host, _served):
        _image(db, tenant.id, "dome-tent", f"{host}/ok-tent.jpg", "Tent")
        # The local URL sorts first; the example.com one stays pending (no internet used).
        report = fetch_pending_images(db, store, tenant.id, allow_private_hosts=True, limit=1)
    assert (report.stored, report.failed) == (1, 0)
    tent = client.get("/products/dome-tent").text
    found = re.search(r'<img src="(/media/remote/[0-9a-f]{32}\.jpg)\?w=480"', tent)
    assert found and host not in tent
    assert client.get(f"{found.group(1)}?w=480").status_code == 200
    assert f'src="{found.group(1)}?w=320"' in client.get("/search?q=tent").text
