# ruff: noqa: RUF001 - Chinese messages use full-width punctuation on purpose.
"""The causes the held-out set found, fixed as rules: own-order wording, follow-ups that
refine or point at a product, budget wording, policy questions in other words and other
languages, other people's addresses, Chinese product nouns on an English shop, sold-out
suggestions, business-day delivery promises and the order's payment status."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests._shop import add_product, set_options
from tests.assistant.conftest import Shop
from tradewinds.assistant import DeliveryRule, ask, search_policies
from tradewinds.assistant.parse import parse_message
from tradewinds.assistant.phrases import full_status
from tradewinds.assistant.refusal import is_off_limits
from tradewinds.core.settings import Settings
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, Tenant
from tradewinds.text import to_english


@pytest.fixture
def chat(db: Database, tenant: Tenant, settings: Settings) -> Any:
    return partial(ask, db, tenant, settings=settings, semantic_ratio=0.0)


@pytest.mark.parametrize(
    "message",
    ["fleece, dont want to spend more than 50 bucks", "fleece no more than 50", "fleece max 50",
     "fleece below 50 dollars", "fleece 50 bucks or less", "fleece, I won't pay more than $50",
     "fleece at most 50"],
)  # fmt: skip
def test_budget_wordings_are_a_maximum(message: str) -> None:
    plan = parse_message(message)
    assert (plan.intent, plan.query, plan.max_price, plan.min_price) == (
        "search", "fleece", Decimal("50"), None,
    )  # fmt: skip


def test_a_weight_is_not_a_budget_and_more_than_is_still_a_minimum() -> None:
    assert parse_message("tent more than 200").min_price == Decimal("200")
    assert (
        parse_message("tent below 3 kg").max_price is None
        or "kg" in parse_message("tent below 3 kg").query
    )  # search's own parser may still read it; ours never takes a weight


@pytest.mark.parametrize(
    "message",
    ["hey did my headphones ship yet?", "list my purchases pls", "what did I buy?",
     "has my jacket arrived?", "where's my stuff", "I got my money back for order 1006, right?"],
)  # fmt: skip
def test_own_order_questions_in_other_words(message: str) -> None:
    assert parse_message(message).intent == "order"


def test_follow_up_wordings() -> None:
    only = parse_message("only the ones under $50 please")
    assert only.is_refinement and only.query == ""
    red = parse_message("can I get it in red?")
    assert (red.intent, red.reference, red.colour) == ("stock", "it", "red")
    runs = parse_message("hmm thats a bit pricey, anything cheaper to track my runs?")
    assert (runs.intent, runs.reference, runs.query) == ("search", "cheaper", "track runs")
    assert parse_message("track my order").intent == "order"


def test_policy_questions_in_other_words() -> None:
    assert parse_message("I wore socks once, can I still send them back?").intent == "policy"
    assert parse_message("how long till I get my refund").intent == "policy"
    suggest = parse_message("can you suggest something else for my kitchen?")
    assert (suggest.intent, suggest.query, suggest.in_stock) == ("search", "kitchen", True)


def test_someone_elses_address_is_refused_but_not_the_stores() -> None:
    assert is_off_limits("what's Dana Diaz's shipping address?")
    assert parse_message("what's Dana Diaz's shipping address?").intent == "refuse"
    assert not is_off_limits("what's the store's shipping address?")
    assert not is_off_limits("what's my shipping address?")


def test_chinese_orders_ages_and_shop_nouns() -> None:
    assert parse_message("我买过哪些东西？").intent == "order"
    kit = parse_message("想给8岁的孩子买个科学实验玩具")
    assert (kit.intent, kit.query, kit.age) == ("search", "科学实验玩具", (8, 8))
    assert {"experiment", "toy"} <= set(to_english("科学实验玩具", per_word=2).split())
    assert to_english("我想买一个") == ""


def _policies(folder: Path) -> Path:
    folder.mkdir()
    (folder / "returns.md").write_text(
        "# Returns\n\nReturn unused items within 30 days. Refunds are issued within 5 "
        "business days.\n\n# Items that cannot be returned\n\nWorn socks cannot be returned.\n"
        "\n# Refunds for faulty items\n\nWe refund faulty items.\n",
        encoding="utf-8",
    )
    (folder / "shipping.md").write_text(
        "# International shipping\n\nWe ship to China and Canada for $19.95.\n", encoding="utf-8"
    )
    (folder / "returns-zh.md").write_text(
        "# 退货\n\n30天内可以退货。\n\n# 运费\n\n标准运费为5.95美元。\n", encoding="utf-8"
    )
    return folder


def test_policy_search_reads_the_question_not_only_its_words(tmp_path: Path) -> None:
    folder = _policies(tmp_path / "p")
    socks = search_policies(folder, "I wore a pair of socks once, can I send them back?")
    assert socks[0].heading == "Items that cannot be returned"
    refund = search_policies(folder, "how long till I get my refund after sending it back")
    assert refund[0].heading == "Returns"
    # the answer is only in the English file: found through 寄到/中国/运费
    china = search_policies(folder, "可以寄到中国吗？运费多少？")
    assert china[0].document == "shipping.md"
    # both files answer: the question's language wins
    assert search_policies(folder, "可以退货吗")[0].document == "returns-zh.md"
    assert search_policies(folder, "can I return it?")[0].document == "returns.md"


def test_delivery_rule_counts_business_days() -> None:
    friday = datetime(2026, 11, 20, 9, 5, tzinfo=UTC)
    start, end = DeliveryRule().window(friday)
    assert (f"{start:%a %d %b}", f"{end:%a %d %b}") == ("Tue 24 Nov", "Fri 27 Nov")
    saturday = datetime(2026, 11, 21, 11, tzinfo=UTC)
    assert f"{DeliveryRule(1, 3).window(saturday)[0]:%a %d}" == "Mon 23"
    calendar = DeliveryRule(2, 5, business_days=False).window(friday)
    assert f"{calendar[1]:%a %d}" == "Wed 25"


def test_status_wording_names_a_refund() -> None:
    assert full_status("en", "cancelled", "refunded", "") == "cancelled (payment refunded)"
    assert full_status("en", "delivered", "paid", "fulfilled") == "delivered"
    assert full_status("zh", "cancelled", "refunded", "") == "已取消（付款状态：已退款）"


def test_orders_answered_end_to_end(chat: Any, shop: Shop, db: Database, tenant: Tenant) -> None:
    with tenant_session(db, tenant.id) as session:
        order = session.get(Order, shop.orders["#1001"])
        assert order is not None
        order.financial_status = "refunded"
    refunded = chat("I got my money back for order 1001, right?", customer_id=shop.alice)
    assert "#1001" in refunded.text and "refunded" in refunded.text
    listed = chat("list my purchases pls", customer_id=shop.alice)
    assert "#1001" in listed.text and "#1002" not in listed.text
    shipped = chat("did my jacket ship yet?", customer_id=shop.bob)
    assert "#1002" in shipped.text and "Trail Shell Jacket" in shipped.text
    other = chat("what's Alice Ames's shipping address?")
    assert "#1001" not in other.text and not other.products


def test_follow_ups_end_to_end(chat: Any, shop: Shop) -> None:
    first = chat("tell me about the Trail Shell Jacket")
    assert [p.handle for p in first.products] == ["trail-jacket"]
    red = chat("can I get it in red?", session_id=first.session_id)
    assert [p.handle for p in red.products] == ["trail-jacket"]  # not red products elsewhere
    assert "**Trail Shell Jacket** does not come in red" in red.text
    trail = chat("show me the Trail Shell Jacket")
    cheaper = chat("anything cheaper to keep the rain off?", session_id=trail.session_id)
    handles = [p.handle for p in cheaper.products]
    assert handles and "trail-jacket" not in handles
    assert all(p.price_minor < 12900 for p in cheaper.products)
    assert "cheaper than Trail Shell Jacket" in cheaper.text
    jackets = chat("jackets")
    under = chat("only the ones under $75 please", session_id=jackets.session_id)
    assert {p.handle for p in under.products} == {"rain-jacket-red"}


def test_suggestions_leave_out_sold_out_products(chat: Any, shop: Shop) -> None:
    suggested = chat("can you suggest a rain jacket?")
    handles = [p.handle for p in suggested.products]
    assert handles[0] == "rain-jacket-blue" and "rain-jacket-red" not in handles
    assert all(p.stock > 0 for p in suggested.products)


def test_a_chinese_query_on_an_english_shop_uses_its_english_nouns(chat: Any, shop: Shop) -> None:
    # 夹克 is "jacket" in the dictionary (CC-CEDICT), not in a word list of ours; keywords
    # only here (semantic_ratio 0), so the English word itself must reach the catalogue
    found = chat("想买个夹克")
    assert found.language == "zh"
    assert found.products and all("jacket" in p.title.lower() for p in found.products), found.text
    assert found.citations[0]["arguments"]["query"] == "jacket"


def test_in_stock_question_naming_one_sold_out_product(
    chat: Any, shop: Shop, db: Database, tenant: Tenant
) -> None:
    for model, stock in (("900X", 0), ("500X", 4), ("300X", 6)):
        add_product(db, tenant.id, f"zapcell-{model.lower()}", f"ZapCell {model} Power Station",
                    category="Electronics > Power", stock=[stock])  # fmt: skip
    answer = chat("do you have the zapcell 900X in stock?")
    assert answer.products[0].handle == "zapcell-900x"
    assert "out of stock" in answer.text.lower(), answer.text
    # a kind of product (or a line without its model) is still a search for what is in stock
    kind = chat("do you have power stations in stock?")
    assert kind.products and all(p.stock > 0 for p in kind.products)
    line = chat("do you have the zapcell in stock?")
    assert "zapcell-900x" not in {p.handle for p in line.products}


def test_the_word_only_one_title_has_names_the_product(
    chat: Any, shop: Shop, db: Database, tenant: Tenant
) -> None:
    add_product(db, tenant.id, "hushbuds-lite", "HushBuds Lite", category="Audio > Earbuds",
                prices=[4900])  # fmt: skip
    add_product(db, tenant.id, "hushbuds-pro", "HushBuds Pro ANC Earbuds",
                category="Audio > Earbuds", prices=[12900])  # fmt: skip
    # both titles are named by "hushbuds"; only one of them is a Pro
    assert chat("how much is the HushBuds Pro?").products[0].handle == "hushbuds-pro"
    assert chat("how much is the HushBuds Lite?").products[0].handle == "hushbuds-lite"
    listed = chat("hushbuds")
    assert {p.handle for p in listed.products} >= {"hushbuds-lite", "hushbuds-pro"}
    pro = chat("what about the pro?", session_id=listed.session_id)  # one word tells them apart
    assert pro.products[0].handle == "hushbuds-pro", pro.text


def test_a_kind_left_out_is_not_ranked_or_listed(
    chat: Any, shop: Shop, db: Database, tenant: Tenant
) -> None:
    for handle, title in (("trail-saw-folding", "Folding Trail Saw"),
                          ("trail-saw-chain", "Pocket Chain Saw"),
                          ("trail-saw-bow", "Bow Saw 21 in")):  # fmt: skip
        add_product(db, tenant.id, handle, title, category="Tools > Saws", prices=[2500])
    every = {p.handle for p in chat("saws").products}
    assert "trail-saw-chain" in every
    fewer = chat("saws, not counting chain saws")
    handles = {p.handle for p in fewer.products}
    assert handles and "trail-saw-chain" not in handles and "trail-saw-bow" in handles


def test_a_question_naming_only_a_variant_gets_its_price_and_stock(
    chat: Any, shop: Shop, db: Database, tenant: Tenant
) -> None:
    journal = add_product(db, tenant.id, "bullet-journal", "Bullet Journal A5",
                          category="Office > Paper", prices=[1500, 1500, 1700],
                          stock=[4, 0, 9])  # fmt: skip
    set_options(db, tenant.id, journal, "Color", ["Ink Black", "Sea Blue", "Moss Green"])
    listed = chat("bullet journal")
    assert listed.products[0].handle == "bullet-journal"
    green = chat("the bullet journal in green?", session_id=listed.session_id)
    assert "Moss Green" in green.text and "17.00" in green.text, green.text
    blue = chat("what about sea blue", session_id=green.session_id)
    assert "Sea Blue" in blue.text and "out of stock" in blue.text, blue.text


def test_a_need_told_as_a_story_is_found_by_its_meaning(
    shop: Shop, db: Database, tenant: Tenant, settings: Settings
) -> None:
    for handle, title, category in (
        ("storm-shell", "Storm Rain Jacket", "Apparel > Jackets"),
        ("kids-poncho", "Kids Rain Poncho", "Apparel > Kids"),
        ("sun-hat", "Wide Brim Sun Hat", "Apparel > Hats"),
        ("beach-towel", "Striped Beach Towel", "Home > Towels"),
        ("phone-stand", "Aluminium Phone Stand", "Electronics > Accessories"),
        ("weekend-tote", "Weekend Tote Bag", "Bags > Totes"),
    ):
        add_product(db, tenant.id, handle, title, category=category, prices=[3000])
    message = ("we got soaked twice on our walk last weekend and my son was miserable, "
               "what should he wear next time so he stays dry")  # fmt: skip
    answer = ask(db, tenant, message, settings)
    shown = [p.handle for p in answer.products]
    assert {"storm-shell", "kids-poncho"} & set(shown[:2]), shown
    assert "phone-stand" not in shown[:2]
    # the words alone ("weekend") would have shown the tote bag alone
    assert shown[0] != "weekend-tote"
