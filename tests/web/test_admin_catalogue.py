"""The console's catalogue pages over HTTP: list and filters, the edit form, a price that
reaches the storefront and search, field errors, two editors, CSRF."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.web._console import Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.staff import list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, Variant


@pytest.fixture
def shops(console_db: Database) -> Shops:
    return shops_of(console_db)


@pytest.fixture
def clerk(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        yield client


def _id(db: Database, tenant_id: int, handle: str) -> int:
    with tenant_session(db, tenant_id) as session:
        return int(session.scalars(select(Product.id).where(Product.handle == handle)).one())


def _form(html: str) -> dict[str, str]:
    """The edit form's fields as a browser would post them (checkboxes only when checked)."""
    fields = dict(re.findall(r'<input [^>]*name="([^"]+)"[^>]*value="([^"]*)"', html))
    fields = {k: v for k, v in fields.items() if k != "published"}
    if re.search(r'name="published" type="checkbox" checked', html):
        fields["published"] = "on"
    # A browser drops the newline after <textarea> and sends line ends as CRLF.
    text = re.search(r"<textarea[^>]*>\n([^<]*)</textarea>", html)[1]  # type: ignore[index]
    fields["description"] = text.replace("\n", "\r\n")
    fields["status"] = re.search(r'<option value="(\w+)" selected>', html)[1]  # type: ignore[index]
    return {k: unescape(v) for k, v in fields.items()}


def test_the_list_filters_by_text_category_status_and_stock(clerk: TestClient) -> None:
    page = clerk.get("/admin/products")
    assert page.status_code == 200
    html = page.text
    assert "4 products" in html and "Old Beach Ball" in html  # archived ones too
    assert "Globex Gadget" not in html
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert '<a href="/admin/products" aria-current="page">Catalogue</a>' in html
    assert "/admin/staff" not in html and "/admin/audit" not in html  # not this role's pages
    assert "1 product<" in clerk.get("/admin/products?q=kite").text
    tents = clerk.get("/admin/products", params={"category": "Outdoor > Tents"}).text
    assert "Dome Tent" in tents and "Red Kite" not in tents
    archived = clerk.get("/admin/products?status=archived").text
    assert "Old Beach Ball" in archived and "Red Kite" not in archived
    assert "4 products" in clerk.get("/admin/products?stock=in_stock").text
    assert "0 products" in clerk.get("/admin/products?stock=sold_out").text


def test_the_edit_form_labels_and_storefront_link(
    console_db: Database, shops: Shops, clerk: TestClient
) -> None:
    tent = _id(console_db, shops.acme.id, "dome-tent")
    html = clerk.get(f"/admin/products/{tent}").text
    for label in ("Title", "Description", "Status", "Published on the storefront", "Price",
                  "Compare-at price", "Stock", "Attribute 1 name"):  # fmt: skip
        assert f">{label}</label>" in html, label
    assert html.count(">Price</label>") == 2 and '<button type="submit">Save</button>' in html
    assert '<a href="/products/dome-tent">View on the storefront</a>' in html
    assert 'value="249.99"' in html and 'value="capacity"' in html


def test_a_price_edit_shows_on_the_storefront_and_in_search(
    console_db: Database, shops: Shops, clerk: TestClient
) -> None:
    kite = _id(console_db, shops.acme.id, "red-kite")
    with tenant_session(console_db, shops.acme.id) as session:  # line ends a browser changes
        session.get(Product, kite).body_html = "\n<p>Flies.</p>\n<p>Red.</p>\n"  # type: ignore[union-attr]
    with console_client(console_db) as shopper:  # search builds its index before the edit
        assert "$19.99" in shopper.get("/search?q=kite").text
        form = _form(clerk.get(f"/admin/products/{kite}").text)
        price = next(k for k in form if k.endswith(".price"))
        form[price] = "12.34"
        saved = clerk.post(f"/admin/products/{kite}", data=form, follow_redirects=False)
        assert saved.status_code == 303 and saved.headers["location"].endswith("?saved=1")
        assert "Saved." in clerk.get(saved.headers["location"]).text
        assert "$12.34" in shopper.get("/products/red-kite").text
        results = shopper.get("/search?q=kite").text
        assert "$12.34" in results and "$19.99" not in results
    (change,) = list_changes(console_db, shops.acme.id).changes[:1]
    # Only the price: the description's line ends came back as CRLF and are no change.
    assert change.actor == "clerk@acme.test" and change.after == {"RED-KITE-1 price": "12.34 USD"}


def test_invalid_values_get_messages_at_their_fields_and_nothing_is_written(
    console_db: Database, shops: Shops, clerk: TestClient
) -> None:
    tent = _id(console_db, shops.acme.id, "dome-tent")
    form = _form(clerk.get(f"/admin/products/{tent}").text)
    price = next(k for k in form if k.endswith(".price"))
    form.update({"title": "", price: "12,3.4x", "attributes.1.key": "capacity"})
    answer = clerk.post(f"/admin/products/{tent}", data=form)
    assert answer.status_code == 422
    html = answer.text
    assert "nothing was saved" in html
    invalid = r'id="product-title"[^>]*aria-invalid="true" aria-describedby="product-title-error"'
    assert re.search(invalid, html)
    assert "This field is required." in html and "Enter a number such as 19.99." in html
    assert "This attribute is already listed." in html
    assert 'value="12,3.4x"' in html  # what was typed stays
    with tenant_session(console_db, shops.acme.id) as session:
        assert session.get(Product, tent).title == "Dome Tent"  # type: ignore[union-attr]
        prices = session.scalars(select(Variant.price_minor).where(Variant.product_id == tent))
        assert sorted(prices) == [14999, 19999]
    assert list_changes(console_db, shops.acme.id, subject=("product", tent)).total == 0


def test_the_second_save_of_two_editors_is_refused_with_what_changed(
    console_db: Database, shops: Shops, clerk: TestClient
) -> None:
    kite = _id(console_db, shops.acme.id, "red-kite")
    with console_client(console_db) as manager:
        sign_in(manager, "manager@acme.test")
        mine = _form(clerk.get(f"/admin/products/{kite}").text)
        theirs = _form(manager.get(f"/admin/products/{kite}").text)
        theirs["title"] = "Red Kite XL"
        assert manager.post(f"/admin/products/{kite}", data=theirs).status_code == 200
    mine["title"] = "Crimson Kite"
    answer = clerk.post(f"/admin/products/{kite}", data=mine)
    assert answer.status_code == 409
    assert "Someone else saved this product" in answer.text
    assert "manager@acme.test: title: Red Kite → Red Kite XL" in answer.text
    assert 'value="Red Kite XL"' in answer.text  # the form now shows what is saved
    with tenant_session(console_db, shops.acme.id) as session:
        assert session.get(Product, kite).title == "Red Kite XL"  # type: ignore[union-attr]


def test_a_save_without_the_csrf_token_is_refused_and_writes_nothing(
    console_db: Database, shops: Shops, clerk: TestClient
) -> None:
    kite = _id(console_db, shops.acme.id, "red-kite")
    form = _form(clerk.get(f"/admin/products/{kite}").text)
    form["title"] = "Hijacked"
    for token in (None, "f" * 64, csrf_of(clerk.get("/").text)):  # none, forged, the shop's
        data = {k: v for k, v in form.items() if k != "csrf_token"}
        if token:
            data["csrf_token"] = token
        answer = clerk.post(f"/admin/products/{kite}", data=data)
        assert answer.status_code == 403 and "This form has expired" in answer.text
    with tenant_session(console_db, shops.acme.id) as session:
        assert session.get(Product, kite).title == "Red Kite"  # type: ignore[union-attr]


def test_the_catalogue_in_chinese(console_db: Database, shops: Shops, clerk: TestClient) -> None:
    html = clerk.get("/admin/products?lang=zh").text
    assert '<html lang="zh-Hans">' in html and "商品目录" in html and "4 件商品" in html
    kite = _id(console_db, shops.acme.id, "red-kite")
    assert ">价格</label>" in clerk.get(f"/admin/products/{kite}").text  # the cookie keeps zh


def test_unpublishing_takes_a_product_off_the_storefront_and_search(
    console_db: Database, shops: Shops, clerk: TestClient
) -> None:
    kite = _id(console_db, shops.acme.id, "red-kite")
    with console_client(console_db) as shopper:
        assert "Red Kite" in shopper.get("/search?q=kite").text
        form = _form(clerk.get(f"/admin/products/{kite}").text)
        del form["published"]  # the checkbox cleared
        assert clerk.post(f"/admin/products/{kite}", data=form).status_code == 200
        assert shopper.get("/products/red-kite").status_code == 404
        assert "Red Kite" not in shopper.get("/search?q=kite").text
        listed = clerk.get("/admin/products?q=kite").text
        assert "Unpublished" in listed
        form = _form(clerk.get(f"/admin/products/{kite}").text)
        form["published"] = "on"
        assert clerk.post(f"/admin/products/{kite}", data=form).status_code == 200
        assert shopper.get("/products/red-kite").status_code == 200
