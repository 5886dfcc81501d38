"""The product page's variant picker over HTTP (TestClient), on SQLite and PostgreSQL:
option groups, the chosen variant's offer, ``?variant=`` and the picker's form, "Add to
cart" adding the chosen variant, and ids of other products and shops."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from tests._shop import add_product
from tests.web.test_checkout_pages import _hidden
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, ProductOption, Tenant, Variant


@dataclass(frozen=True)
class Shirt:
    """Acme's shirt: S/Red (in stock), S/Blue (sold out, on sale), M/Red (2 left, with its
    own picture); there is no M/Blue. Globex's shirt is ``foreign``."""

    s_red: int
    s_blue: int
    m_red: int
    foreign: int


def add_shirt(db: Database, tenant: Tenant, other_tenant: Tenant) -> Shirt:
    """Add the :class:`Shirt` to the two shops."""
    product_id = add_product(db, tenant.id, "trail-shirt", "Trail Shirt",
                             prices=[2000, 2100, 2200], stock=[4, 0, 2],
                             skus=["SH-S-RED", "SH-S-BLUE", "SH-M-RED"])  # fmt: skip
    ids = []
    with tenant_session(db, tenant.id) as session:
        product = session.get(Product, product_id)
        assert product is not None
        product.options = [ProductOption(position=1, name="Size"),
                           ProductOption(position=2, name="Colour")]  # fmt: skip
        combos = [("S", "Red"), ("S", "Blue"), ("M", "Red")]
        for variant, (size, colour) in zip(product.variants, combos, strict=True):
            variant.option1, variant.option2 = size, colour
            ids.append(variant.id)
        product.variants[1].compare_at_minor = 2500
        product.variants[2].image_src = "/media/shirts/m-red.jpg"
    foreign = add_product(db, other_tenant.id, "globex-shirt", "Globex Shirt", prices=[9900],
                          currency="EUR", skus=["GLOBEX-SECRET"])  # fmt: skip
    with tenant_session(db, other_tenant.id) as session:
        foreign_variant = session.query(Variant).filter(Variant.product_id == foreign).one()
        return Shirt(*ids, foreign=foreign_variant.id)


@pytest.fixture
def shirt(web: TestClient, db: Database, tenant: Tenant, other_tenant: Tenant) -> Shirt:
    return add_shirt(db, tenant, other_tenant)


def _offer(html: str) -> str:
    """The offer the page shows (the one ``div.offer`` without ``hidden``)."""
    shown = [
        block
        for head, block in re.findall(r'(<div class="offer"[^>]*>)(.*?)</div>', html, re.S)
        if " hidden>" not in head
    ]
    assert len(shown) == 1, shown
    return shown[0]


def _note(html: str, radio_id: str) -> str:
    """The visible note of one choice ("", "sold out" or "unavailable")."""
    label = re.search(rf'<label for="{radio_id}">(.*?)</label>', html, re.S)
    assert label, radio_id
    notes = re.findall(r'<span class="choice-note" data-state="\w+">( · [^<]*)</span>', label[1])
    return notes[0].removeprefix(" · ") if notes else ""


def _radio(html: str, name: str, value: str) -> str:
    found = re.search(rf'<input type="radio" id="([\w-]+)" name="{name}" value="{value}"[^>]*>',
                      html)  # fmt: skip
    assert found, (name, value)
    return found[0]


def test_option_groups_and_the_default_variant(web: TestClient, shirt: Shirt) -> None:
    page = web.get("/products/trail-shirt")
    assert page.status_code == 200, page.text
    html = page.text
    assert '<form class="variant-picker" action="/products/trail-shirt" method="get">' in html
    assert "<legend>Size</legend>" in html and "<legend>Colour</legend>" in html
    assert "checked" in _radio(html, "option1", "S") and "checked" in _radio(html, "option2", "Red")
    assert "checked" not in _radio(html, "option1", "M")
    offer = _offer(html)  # the first variant in stock
    assert "$20.00" in offer and "In stock" in offer and "SKU: SH-S-RED" in offer
    assert _hidden(html, "variant_id") == str(shirt.s_red)
    # With S chosen, Blue is sold out; with Red chosen, M can be bought.
    assert _note(html, "option2-2") == "sold out" and _note(html, "option1-2") == ""
    assert f'data-variant="{shirt.m_red}" data-option1="M" data-option2="Red"' in html
    assert '<script src="/static/variant_picker.js" defer></script>' in html


def test_variant_from_the_address(web: TestClient, shirt: Shirt) -> None:
    html = web.get("/products/trail-shirt", params={"variant": shirt.s_blue}).text
    offer = _offer(html)
    assert "$21.00" in offer and re.search(r"<s>.*was .*\$25\.00</s>", offer, re.S)
    assert "Out of stock" in offer and "SKU: SH-S-BLUE" in offer
    assert "checked" in _radio(html, "option2", "Blue")
    assert re.search(r'<button type="submit" disabled>Add to cart</button>', html)
    # M with Blue does not exist; M with Red does.
    assert _note(html, "option1-2") == "unavailable"

    m_red = web.get("/products/trail-shirt", params={"variant": shirt.m_red}).text
    assert "Only 2 left" in _offer(m_red)
    gallery = m_red.split('<div class="gallery">')[1].split("</div>")[0]
    assert '<img src="/media/shirts/m-red.jpg?w=480"' in gallery  # the variant's picture
    assert "/media/shirts/m-red.jpg?w=960 960w" in gallery


def test_the_pickers_form_redirects_to_the_variant(web: TestClient, shirt: Shirt) -> None:
    chosen = web.get("/products/trail-shirt", params={"option1": "M", "option2": "Red"},
                     follow_redirects=False)  # fmt: skip
    assert chosen.status_code == 303
    assert chosen.headers["location"] == f"/products/trail-shirt?variant={shirt.m_red}"
    assert "$22.00" in _offer(web.get(chosen.headers["location"]).text)

    missing = web.get("/products/trail-shirt", params={"option1": "M", "option2": "Blue"})
    assert missing.status_code == 200
    assert "This combination is not available" in _offer(missing.text)
    assert re.search(r'<button type="submit" disabled>Add to cart</button>', missing.text)
    assert "checked" in _radio(missing.text, "option1", "M")
    assert 'name="variant_id" value=""' in missing.text
    odd = web.get("/products/trail-shirt", params={"option1": '<b>"XL"</b>', "option2": "Red"})
    assert odd.status_code == 200 and "<b>" not in odd.text
    assert "This combination is not available" in _offer(odd.text)


def test_add_to_cart_adds_the_chosen_variant(web: TestClient, shirt: Shirt) -> None:
    page = web.get("/products/trail-shirt", params={"variant": shirt.m_red}).text
    form = {"csrf_token": _hidden(page, "csrf_token"), "variant_id": _hidden(page, "variant_id"),
            "quantity": "2"}  # fmt: skip
    added = web.post("/cart/add", data=form, follow_redirects=False)
    assert added.status_code == 303
    cart = web.get("/cart").text
    assert "Trail Shirt" in cart and "M / Red" in cart and "S / Red" not in cart
    assert "$44.00" in cart


@pytest.mark.parametrize("wanted", ["999999", "abc", "-1", ""])
def test_unknown_variant_ids_show_the_default(web: TestClient, shirt: Shirt, wanted: str) -> None:
    page = web.get("/products/trail-shirt", params={"variant": wanted})
    assert page.status_code == 200
    assert "SKU: SH-S-RED" in _offer(page.text)


def test_another_products_or_shops_variant_is_never_shown(web: TestClient, shirt: Shirt) -> None:
    for variant in (shirt.foreign, shirt.s_red):
        page = web.get("/products/red-kite", params={"variant": variant})
        assert page.status_code == 200
        assert _hidden(page.text, "variant_id") != str(variant)
        assert "GLOBEX-SECRET" not in page.text and "99.00" not in page.text
        assert "SH-S-RED" not in page.text
    # A product with one variant has no picker.
    assert 'class="variant-picker"' not in page.text and "$19.99" in _offer(page.text)
    foreign = web.get("/products/globex-shirt", params={"variant": shirt.foreign})
    assert foreign.status_code == 404


def test_picker_in_chinese(web: TestClient, shirt: Shirt) -> None:
    html = web.get("/products/trail-shirt", params={"lang": "zh", "variant": shirt.s_blue}).text
    assert "缺货" in _offer(html) and "货号：SH-S-BLUE" in _offer(html)  # noqa: RUF001
    assert _note(html, "option1-2") == "无此组合"
    assert "查看此选项" in html
