"""The folder media store on real files: per-tenant folders, atomic writes, no escapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewinds.core.errors import ConfigError, InvalidInput, NotFound
from tradewinds.core.settings import load_settings
from tradewinds.store.media import FolderMediaStore, MediaStore, open_media_store


def test_put_read_info_delete(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    info = store.put(1, "products/kite/main.jpg", b"abc")
    assert (tmp_path / "t1" / "products" / "kite" / "main.jpg").read_bytes() == b"abc"
    assert info.size == 3 and store.info(1, "products/kite/main.jpg") == info
    assert store.read(1, "products/kite/main.jpg") == b"abc"
    assert [p.name for p in (tmp_path / "t1" / "products" / "kite").iterdir()] == ["main.jpg"]
    store.delete(1, "products/kite/main.jpg")
    assert store.info(1, "products/kite/main.jpg") is None
    with pytest.raises(NotFound):
        store.read(1, "products/kite/main.jpg")


def test_a_new_version_has_a_new_etag(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    first = store.put(1, "a.jpg", b"one")
    second = store.put(1, "a.jpg", b"two!")
    assert first.etag != second.etag and store.read(1, "a.jpg") == b"two!"


def test_tenants_never_see_each_others_files(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    store.put(1, "products/kite/main.jpg", b"acme")
    assert store.info(2, "products/kite/main.jpg") is None
    with pytest.raises(NotFound):
        store.read(2, "products/kite/main.jpg")
    for key in ("../t1/products/kite/main.jpg", "t1/../../t1/products/kite/main.jpg"):
        with pytest.raises(InvalidInput):
            store.read(2, key)
    with pytest.raises(InvalidInput):
        store.read(0, "products/kite/main.jpg")


def test_a_symlink_out_of_the_tenant_folder_is_refused(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path / "media")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "x.jpg").write_bytes(b"secret")
    (tmp_path / "media" / "t1").mkdir(parents=True)
    (tmp_path / "media" / "t1" / "link").symlink_to(secret)
    with pytest.raises(InvalidInput, match="leaves"):
        store.read(1, "link/x.jpg")


def test_settings_choose_the_folder(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path)
    store = open_media_store(settings)
    assert isinstance(store, MediaStore) and isinstance(store, FolderMediaStore)
    assert store.root == tmp_path / "media"
    custom = load_settings(home=tmp_path, media={"path": str(tmp_path / "pics")})
    assert open_media_store(custom).root == tmp_path / "pics"  # type: ignore[attr-defined]
    with pytest.raises(ConfigError):
        load_settings(media={"backend": "s3"})
