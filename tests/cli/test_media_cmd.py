"""``tradewinds import products`` fetching remote images, and ``tradewinds media fetch``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.store.media._server import image_host
from tests.store.media.test_remote import _csv_with_images
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

Run = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(sqlite_db: Database, run_cli: Run, tmp_path: Path) -> Run:
    create_tenant(sqlite_db, "acme")
    env = {
        "TRADEWINDS_DATABASE_URL": sqlite_db.engine.url.render_as_string(hide_password=False),
        "TRADEWINDS_MEDIA__PATH": str(tmp_path / "media"),
        "TRADEWINDS_MEDIA__FETCH_PRIVATE_HOSTS": "true",  # the test host is on 127.0.0.1
        "TRADEWINDS_MEDIA__FETCH_TIMEOUT_S": "5",
    }

    def run(*args: str) -> CompletedProcess[str]:
        return run_cli(*args, "--tenant", "acme", env=env)

    return run


def test_import_fetches_remote_images_and_media_fetch_retries(cli: Run, tmp_path: Path) -> None:
    with image_host() as (host, served):
        csv = _csv_with_images(tmp_path, [f"{host}/ok.jpg", f"{host}/missing.jpg"])
        done = cli("import", "products", str(csv))
        assert done.returncode == 0, done.stderr
        assert "3 products created" in done.stdout
        assert "images: 1 stored, 1 failed, 0 left for later" in done.stdout
        assert f"failed: {host}/missing.jpg: HTTP 404" in done.stdout
        assert list((tmp_path / "media").rglob("remote/*.jpg"))

        nothing = cli("media", "fetch", "--json")
        assert json.loads(nothing.stdout)["failed"] == 0  # failures wait for --retry-failed
        retried = cli("media", "fetch", "--retry-failed", "--json")
        assert retried.returncode == 0, retried.stderr
        assert json.loads(retried.stdout)["failed"] == 1
        assert served.count("/missing.jpg") == 2 and served.count("/ok.jpg") == 1
