"""``tradewinds segments ...`` and ``tradewinds campaigns ...`` in process (Typer's runner)
over a SQLite database named by ``TRADEWINDS_DATABASE_URL``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.marketing._history import build_history
from tradewinds.cli.app import app
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import get_settings
from tradewinds.marketing import CampaignBlocked
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def cli(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    shop = create_tenant(sqlite_db, "acme")
    build_history(sqlite_db, shop.id)
    monkeypatch.setenv("TRADEWINDS_DATABASE_URL", str(sqlite_db.engine.url))
    monkeypatch.setenv("TRADEWINDS_DEFAULT_TENANT", "acme")
    get_settings.cache_clear()
    return CliRunner()


def test_segments_commands(cli: CliRunner, tmp_path: Path) -> None:
    made = cli.invoke(app, ["segments", "create", "all", "--kind", "rfm"])
    assert made.exit_code == 0, made.output
    made = cli.invoke(
        app, ["segments", "create", "top", "--kind", "rfm", "--params", '{"m": [5, 5]}']
    )
    assert made.exit_code == 0 and '"m": [5, 5]' in made.output
    listed = cli.invoke(app, ["segments", "list", "--json"])
    sizes = {s["name"]: s for s in json.loads(listed.output)}
    assert sizes["all"]["members"] == 5 and sizes["top"]["revenue_minor"] == 50000
    shown = cli.invoke(app, ["segments", "show", "top"])
    assert "1 members, 0 accept marketing" in shown.output
    members = cli.invoke(app, ["segments", "members", "all", "--json", "--limit", "2"])
    page = json.loads(members.output)
    assert page["total"] == 5 and [m["email"] for m in page["members"]] == [
        "ben@example.test",
        "ann@example.test",
    ]
    out = tmp_path / "all.csv"
    exported = cli.invoke(app, ["segments", "export", "all", "--out", str(out)])
    assert exported.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == 5
    bad = cli.invoke(app, ["segments", "create", "x", "--kind", "lapsed", "--params", "{days"])
    assert isinstance(bad.exception, InvalidInput) and "--params" in bad.exception.message


def test_campaigns_commands(cli: CliRunner, tmp_path: Path) -> None:
    cli.invoke(app, ["segments", "create", "all", "--kind", "rfm"])
    made = cli.invoke(
        app,
        [
            "campaigns",
            "create",
            "spring",
            "--segment",
            "all",
            "--variants",
            '{"a": 1, "b": 1}',
            "--json",
        ],
    )
    assert made.exit_code == 0, made.output
    campaign = json.loads(made.output)
    assert campaign["verdict"] == "ok" and set(campaign["content"]) == {"a", "b"}
    preview = cli.invoke(app, ["campaigns", "preview", "spring", "--limit", "2"])
    assert preview.exit_code == 0 and "Subject:" in preview.output
    assert "ann@example.test" not in preview.output  # addresses are masked
    out = tmp_path / "spring.csv"
    assert cli.invoke(app, ["campaigns", "export", "spring", "--out", str(out)]).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + 4
    folder = tmp_path / "eml"
    done = cli.invoke(
        app,
        [
            "campaigns",
            "export",
            "spring",
            "--format",
            "eml",
            "--out",
            str(folder),
            "--from",
            "shop@example.test",
        ],
    )
    assert done.exit_code == 0 and len(list(folder.glob("*.eml"))) == 4
    handle = campaign["picks"][0]["handle"]
    edited = cli.invoke(
        app,
        [
            "campaigns",
            "edit",
            "spring",
            "--variant",
            "a",
            "--language",
            "zh",
            "--block",
            f"{handle}=铜制水壶",
        ],
    )
    assert "verdict blocked" in edited.output and "material" in edited.output
    refused = cli.invoke(app, ["campaigns", "export", "spring", "--out", str(out)])
    assert isinstance(refused.exception, CampaignBlocked)
    off = cli.invoke(app, ["campaigns", "send", "spring"])
    assert off.exit_code != 0
