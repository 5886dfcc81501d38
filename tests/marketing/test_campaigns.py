"""Campaigns on the hand-built history: template copy passes the fact checker, a planted
contradiction blocks every export, only customers who accept marketing are exported,
CSV cells cannot run as formulas, .eml files are well formed, variants are stable."""

from __future__ import annotations

import csv
import dataclasses
import email
import io
from collections import Counter
from email import policy
from pathlib import Path

import pytest

from tests.marketing._history import NOW, add_customer, add_order, build_history
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.marketing import (
    CSV_COLUMNS,
    CampaignBlocked,
    assign_variant,
    build_message,
    create_campaign,
    create_segment,
    edit_copy,
    export_csv,
    get_campaign,
    read_shares,
    recipients,
    write_eml,
)
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def campaign_shop(db: Database, tenant: Tenant) -> tuple[Database, Tenant, object]:
    history = build_history(db, tenant.id)
    create_segment(db, tenant.id, "everyone", "rfm")
    return db, tenant, history


def test_template_copy_is_checked_and_passes(campaign_shop: tuple) -> None:
    db, tenant, _ = campaign_shop
    made = create_campaign(db, tenant.id, "spring", "everyone", variants={"a": 1, "b": 1})
    assert made.verdict == "ok" and made.findings == []
    assert {p["handle"] for p in made.picks} <= {"kettle", "tent", "lamp"} and made.picks
    assert set(made.content) == {"a", "b"} and set(made.content["a"]) == {"en", "zh"}
    en = made.part("a", "en")
    kettle = next((b for b in en["blocks"] if b["handle"] == "kettle"), None)
    if kettle is not None:
        assert "Stainless steel" in kettle["text"] and "1.2 L" in kettle["text"]
    assert made.part("a", "en")["subject"] != made.part("b", "en")["subject"]
    assert all(ord(c) < 0x3000 for c in en["subject"])
    assert any("\u4e00" <= c <= "\u9fff" for c in made.part("a", "zh")["intro"])


def test_a_contradiction_blocks_export_until_corrected(
    campaign_shop: tuple, tmp_path: Path
) -> None:
    db, tenant, _ = campaign_shop
    made = create_campaign(db, tenant.id, "spring", "everyone", variants={"a": 1, "b": 1})
    pick = made.picks[0]
    # Every product of the shop states a material; none is copper.
    blocked = edit_copy(
        db,
        tenant.id,
        "spring",
        "b",
        "en",
        blocks={pick["handle"]: f"{pick['title']}: solid copper, built to last"},
    )
    assert blocked.verdict == "blocked"
    finding = next(f for f in blocked.findings if f["severity"] == "block")
    assert (finding["kind"], finding["variant"], finding["language"]) == ("material", "b", "en")
    assert finding["handle"] == pick["handle"] and "copper" in finding["claim"]
    with pytest.raises(CampaignBlocked, match="material"):
        export_csv(db, tenant.id, "spring")
    with pytest.raises(CampaignBlocked):
        write_eml(db, tenant.id, "spring", tmp_path / "eml", sender="shop@example.test")
    assert not (tmp_path / "eml").exists()
    price = edit_copy(
        db,
        tenant.id,
        "spring",
        "b",
        "en",
        blocks={pick["handle"]: pick["title"]},
        subject="Only $9.99 this week",
    )
    assert price.verdict == "blocked" and {f["kind"] for f in price.findings} == {"price_stock"}
    fixed = edit_copy(db, tenant.id, "spring", "b", "en", subject="Back in the shop")
    assert fixed.verdict == "ok"
    assert export_csv(db, tenant.id, "spring").startswith(",".join(CSV_COLUMNS))


def test_only_customers_who_accept_marketing_are_exported(campaign_shop: tuple) -> None:
    db, tenant, history = campaign_shop
    sneaky = add_customer(db, tenant.id, "sneaky@example.test", first="=HYPERLINK(1)")
    add_order(db, tenant.id, sneaky, history.variants["tent"], 1500, NOW, name="#sneaky")
    create_campaign(db, tenant.id, "spring", "everyone", variants={"a": 3, "b": 1})
    rows = list(csv.DictReader(io.StringIO(export_csv(db, tenant.id, "spring"))))
    emails = {r["email"] for r in rows}
    # ben does not accept marketing; fay has no orders (not in an RFM segment)
    assert emails == {f"{n}@example.test" for n in ("ann", "cat", "dan", "eve")} | {
        "sneaky@example.test"
    }
    sneaky_row = next(r for r in rows if r["email"] == "sneaky@example.test")
    assert sneaky_row["name"].startswith("'=")  # a spreadsheet shows it, never runs it
    cat = next(r for r in rows if r["email"] == "cat@example.test")
    assert cat["language"] == "zh" and any("\u4e00" <= c <= "\u9fff" for c in cat["subject"])
    again = list(csv.DictReader(io.StringIO(export_csv(db, tenant.id, "spring"))))
    assert [(r["email"], r["variant"]) for r in again] == [(r["email"], r["variant"]) for r in rows]


def test_eml_files(campaign_shop: tuple, tmp_path: Path) -> None:
    db, tenant, history = campaign_shop
    odd = add_customer(db, tenant.id, "odd@example.test", first="<b>Zoë</b>")
    add_order(db, tenant.id, odd, history.variants["tent"], 1500, NOW, name="#odd")
    create_campaign(db, tenant.id, "spring", "everyone")
    count = write_eml(
        db,
        tenant.id,
        "spring",
        tmp_path,
        sender="shop@example.test",
        unsubscribe_url="https://shop.example.test/unsubscribe",
    )
    files = sorted(tmp_path.glob("*.eml"))
    assert count == len(files) == 5 and all("@" not in f.name for f in files)
    message = email.message_from_bytes(
        (tmp_path / f"spring-{odd}.eml").read_bytes(), policy=policy.default
    )
    assert message.get_content_type() == "multipart/alternative"
    assert message["List-Unsubscribe"] == "<https://shop.example.test/unsubscribe>"
    assert message["X-AI-Generated"] is None  # templates, no model
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Unsubscribe: https://shop.example.test/unsubscribe" in text
    assert "&lt;b&gt;Zoë&lt;/b&gt;" in html and "<b>Zoë" not in html
    assert "Zoë" in message["To"]


def test_model_written_copy_carries_the_ai_label(campaign_shop: tuple) -> None:
    db, tenant, _ = campaign_shop
    made = create_campaign(db, tenant.id, "spring", "everyone")
    person = next(iter(recipients(db, tenant.id, made)))
    modelled = dataclasses.replace(made, written_by="model:qwen2.5-7b")
    message = build_message(modelled, person, sender="shop@example.test")
    assert message["X-AI-Generated"] == "yes"
    assert message["X-AI-Generator"] == "model:qwen2.5-7b"


def test_bad_requests_and_other_tenants(campaign_shop: tuple) -> None:
    db, tenant, _ = campaign_shop
    with pytest.raises(InvalidInput, match="supported languages are en, zh"):
        create_campaign(db, tenant.id, "fr", "everyone", languages=["fr"])
    with pytest.raises(NotFound):
        create_campaign(db, tenant.id, "x", "no-such-segment")
    with pytest.raises(InvalidInput, match="variant"):
        create_campaign(db, tenant.id, "x", "everyone", variants={"a": -1})
    create_campaign(db, tenant.id, "spring", "everyone")
    other = create_tenant(db, "other")
    with pytest.raises(NotFound):
        get_campaign(db, other.id, "spring")
    with pytest.raises(InvalidInput, match="no variant"):
        edit_copy(db, tenant.id, "spring", "z", "en", subject="Hi")


def test_variant_assignment_is_stable_and_follows_the_shares() -> None:
    shares = read_shares({"a": 3, "b": 1})
    drawn = [assign_variant(17, customer, shares) for customer in range(20_000)]
    assert drawn == [assign_variant(17, customer, shares) for customer in range(20_000)]
    counts = Counter(drawn)
    assert abs(counts["a"] / len(drawn) - 0.75) < 0.015
    even = Counter(
        assign_variant(18, c, read_shares({"x": 1, "y": 1, "z": 1})) for c in range(9000)
    )
    assert all(abs(n / 9000 - 1 / 3) < 0.02 for n in even.values())
    # another campaign splits the same customers differently
    other = [assign_variant(99, customer, shares) for customer in range(2000)]
    assert other != drawn[:2000]
