"""Media keys: what may name a stored file, and nothing that leaves the tenant's space."""

from __future__ import annotations

import pytest

from tradewinds.core.errors import InvalidInput
from tradewinds.store.media import check_key, key_of_src, media_url
from tradewinds.store.media.keys import content_type_of


@pytest.mark.parametrize(
    "key", ["main.jpg", "products/red-kite/main.jpg", "remote/0a1b.webp", "a/b_c/D-1.png"]
)
def test_plain_keys_are_accepted(key: str) -> None:
    assert check_key(key) == key


@pytest.mark.parametrize(
    "key",
    [
        "",
        "../t2/secret.jpg",
        "products/../../t2/x.jpg",
        "/etc/passwd",
        "a//b.jpg",
        "a/./b.jpg",
        "a\\..\\b.jpg",
        "a/..hidden.jpg",
        ".hidden.jpg",
        "a/b.jpg/",
        "%2e%2e/x.jpg",
        "t2/../x.jpg",
        "ünïcode.jpg",
        "a b.jpg",
        "_variants/w320/x.webp",  # reserved for derived files
        "x" * 301,
    ],
)
def test_traversal_and_odd_keys_are_refused(key: str) -> None:
    with pytest.raises(InvalidInput):
        check_key(key)


def test_reserved_segments_only_for_derived_files() -> None:
    assert check_key("_variants/w320/abc/x.jpg.webp", derived=True)
    with pytest.raises(InvalidInput):
        check_key("_../x.jpg", derived=True)


def test_media_urls_round_trip() -> None:
    assert media_url("demo/kite/main.jpg") == "/media/demo/kite/main.jpg"
    assert key_of_src("/media/demo/kite/main.jpg") == "demo/kite/main.jpg"
    assert key_of_src("/media/../secret.jpg") is None
    assert key_of_src("https://images.example.com/kite.jpg") is None
    assert key_of_src("/static/kite.jpg") is None


def test_only_raster_images_have_a_content_type() -> None:
    assert content_type_of("a/b.JPG") == "image/jpeg"
    assert content_type_of("b.webp") == "image/webp"
    for key in ("logo.svg", "page.html", "noext"):
        with pytest.raises(InvalidInput):
            content_type_of(key)
