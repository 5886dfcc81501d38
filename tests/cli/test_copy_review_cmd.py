"""``tradewinds copy draft|drafts|review|approve|reject|edit|publish|versions|revert|
settings``, one walk through the workflow as a merchant runs it (in process: each step
would otherwise start the whole CLI again)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.merchant._review import ORIGINAL_BODY, add_kettle
from tradewinds.cli.app import app
from tradewinds.core.errors import Conflict, NotFound
from tradewinds.core.settings import get_settings
from tradewinds.store import open_database
from tradewinds.store.tenants import create_tenant

runner = CliRunner()


@pytest.fixture
def shop() -> Iterator[None]:
    db = open_database(get_settings())
    add_kettle(db, create_tenant(db, "acme").id)
    create_tenant(db, "globex")
    yield
    db.dispose()


def cli(*args: str, tenant: str = "acme") -> str:
    result = runner.invoke(app, ["copy", *args, "--tenant", tenant])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def failure(*args: str, tenant: str = "acme") -> BaseException:
    result = runner.invoke(app, ["copy", *args, "--tenant", tenant])
    assert result.exception is not None, result.output
    return result.exception


def test_a_merchant_drafts_reviews_publishes_and_reverts(shop: None, tmp_path: Path) -> None:
    bad = cli("draft", "pour-kettle", "--language", "en", "--text", "Copper Kettle\nHolds 3 L.")
    assert "draft 1: pour-kettle (en) pending, contradiction, by merchant" in bad
    assert "material: 'Copper'" in bad
    refused = failure("publish", "1")
    assert isinstance(refused, Conflict) and "material: 'Copper'" in str(refused)
    assert isinstance(failure("review", "1", tenant="globex"), NotFound)  # not theirs
    text = tmp_path / "copy.txt"
    text.write_text("Pour-Over Kettle 2.5 L\n- Stainless steel\n- Holds 2.5 L\n- Hand wash\n"
                    "Boils in five minutes.\nSEO title: Pour-Over Kettle 2.5 L\n")  # fmt: skip
    good = json.loads(cli("draft", "pour-kettle", "--language", "en", "--file", str(text),
                          "--json"))  # fmt: skip
    assert good["verdict"] == "ok" and good["copy"]["seo_title"] == "Pour-Over Kettle 2.5 L"
    review = cli("review", "2")
    assert "-Pour-Over Kettle\n+Pour-Over Kettle 2.5 L" in review
    assert "meta_description: unchanged" in review
    assert "approved" in cli("approve", "2")
    assert "rejected" in cli("reject", "1", "--reason", "wrong material")
    edited = cli("edit", "1", "--text", "Pour-Over Kettle\n- Steel\n- 2.5 L\n- Hand wash")
    assert "draft 1: pour-kettle (en) pending, ok" in edited
    listed = cli("drafts", "--status", "pending")
    assert "     1  pending" in listed and "     2" not in listed
    published = json.loads(cli("publish", "2", "--json"))
    assert published["number"] == 2 and published["title"] == "Pour-Over Kettle 2.5 L"
    assert "v3 en current" in cli("revert", "pour-kettle", "1")
    versions = json.loads(cli("versions", "pour-kettle", "--json"))
    assert [(v["number"], v["current"]) for v in versions] == [(3, True), (2, False), (1, False)]
    assert versions[0]["body_html"] == ORIGINAL_BODY
    assert "storefront label: off" in cli("settings", "--no-label")
    assert json.loads(cli("settings", "--json"))["storefront_label"] is False
