"""``tradewinds import|export products|orders`` as a user runs them (a real subprocess)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.fixtures import BROKEN_PRODUCTS_CSV, ORDERS_CSV, PRODUCTS_CSV
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

Run = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(db: Database, run_cli: Run) -> Callable[..., CompletedProcess[str]]:
    """Run the CLI against the test database (SQLite or PostgreSQL) as tenant ``acme``."""
    create_tenant(db, "acme")
    url = db.engine.url.render_as_string(hide_password=False)

    def run(*args: str) -> CompletedProcess[str]:
        return run_cli(*args, "--tenant", "acme", env={"TRADEWINDS_DATABASE_URL": url})

    return run


def test_import_export_and_reimport(cli: Run, tmp_path: Path) -> None:
    # The fixture's images are on Shopify's CDN: tests never fetch from the internet.
    done = cli("import", "products", str(PRODUCTS_CSV), "--no-fetch-images")
    assert done.returncode == 0, done.stderr
    assert "3 products created, 0 updated, 0 unchanged, 0 row(s) skipped" in done.stdout
    again = cli("import", "products", str(PRODUCTS_CSV), "--json", "--no-fetch-images")
    assert json.loads(again.stdout)["unchanged"] == 3
    orders = cli("import", "orders", str(ORDERS_CSV), "--format", "shopify")
    assert "3 orders created" in orders.stdout, orders.stderr

    out = tmp_path / "catalogue.jsonl"
    exported = cli("export", "products", "--format", "jsonl", "--out", str(out))
    assert exported.returncode == 0 and "exported 3 products" in exported.stderr
    assert [json.loads(line)["handle"] for line in out.read_text().splitlines()] == [
        "enamel-camp-mug",
        "merino-wool-socks",
        "trail-runner-jacket",
    ]
    to_stdout = cli("export", "orders")
    assert to_stdout.stdout.startswith("Name,Email,Financial Status")
    assert to_stdout.stdout.count("#1001") == 2  # one row per line item


def test_bad_file_exits_2_with_every_problem(cli: Run) -> None:
    done = cli("import", "products", str(BROKEN_PRODUCTS_CSV))
    assert done.returncode == 2
    assert "11 problem(s)" in done.stderr and "nothing was imported" in done.stderr
    assert f"{BROKEN_PRODUCTS_CSV} line 4: Variant Price: 'abc' is not a number" in done.stderr
    assert "Traceback" not in done.stderr
    assert cli("export", "products", "--format", "jsonl").stdout == ""


def test_skip_invalid_reports_skipped_rows(cli: Run) -> None:
    done = cli("import", "products", str(BROKEN_PRODUCTS_CSV), "--skip-invalid", "--json",
               "--no-fetch-images")  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["created"] == 1
    assert [p["line"] for p in report["skipped"]] == [4, 5, 5, 6, 7, 8, 9, 10, 11, 14, 15]
    human = cli("import", "products", str(BROKEN_PRODUCTS_CSV), "--skip-invalid",
                "--no-fetch-images")  # fmt: skip
    assert f"skipped: {BROKEN_PRODUCTS_CSV} line 6: Handle:" in human.stdout
    assert "10 row(s) skipped" in human.stdout


def test_usage_errors_exit_2(cli: Run, tmp_path: Path) -> None:
    missing = cli("import", "orders", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    bad_format = cli("export", "products", "--format", "xml", "--out", str(tmp_path / "x"))
    assert bad_format.returncode == 2 and "unknown format 'xml'" in bad_format.stderr
    assert not (tmp_path / "x").exists()


def test_progress_bar_follows_the_callback() -> None:
    from tradewinds.cli.data_cmd import _progress_bar

    with _progress_bar("Importing products", enabled=False) as nothing:
        assert nothing is None
    with _progress_bar("Importing products", enabled=True) as update:
        assert update is not None
        update(0, 3)
        update(3, 3)
