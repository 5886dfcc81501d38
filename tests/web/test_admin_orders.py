"""The console's orders and customers pages: list filters, the order page, fulfil (the
shopper sees it), cancel and refund with their stock, refused steps and bad values writing
nothing, roles, CSRF, the packing slip, customers, Chinese."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from tests.web._console import console_client, csrf_of, shops_of, sign_in
from tests.web._orders import place, variant
from tradewinds.accounts import sign_up
from tradewinds.orders import order_view
from tradewinds.staff import list_changes
from tradewinds.store import Database


def _state(db: Database, tenant_id: int, order_id: int) -> Any:
    view = order_view(db, tenant_id, order_id)
    stock = [variant(db, tenant_id, sku).inventory_qty for sku in ("RED-KITE-1", "EVIL-LANTERN-1")]
    return view, stock, list_changes(db, tenant_id).total


def _post(client: TestClient, path: str, page: str, **fields: str) -> Any:
    data = {"csrf_token": csrf_of(client.get(page).text), **fields}
    return client.post(path, data=data, follow_redirects=False)


def test_list_search_filters_and_the_order_page(console_db: Database) -> None:
    acme = shops_of(console_db).acme
    first = place(console_db, acme.id, {"RED-KITE-1": 2, "EVIL-LANTERN-1": 1})
    place(console_db, acme.id, {"RED-KITE-1": 1}, paid=False)
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        page = client.get("/admin/orders").text
        assert "2 orders" in page and page.index("#1002") < page.index("#1001")  # newest first
        assert 'href="/admin/orders"' in page and 'aria-current="page"' in page
        for q in ("#1001", "1001", "bea@example.com", "Bea Park"):
            found = client.get("/admin/orders", params={"q": q}).text
            assert "#1001" in found, q
        assert "1 order<" in client.get("/admin/orders", params={"financial": "pending"}).text
        assert "2 orders" in client.get("/admin/orders", params={"fulfilment": "unfulfilled"}).text
        assert "0 orders" in client.get("/admin/orders", params={"to": "2020-01-01"}).text
        bad = client.get("/admin/orders", params={"from": "2025-13-01", "to": "yesterday"})
        assert bad.status_code == 422 and 'value="yesterday"' in bad.text
        assert (
            'id="filter-from" name="from" type="date" value="2025-13-01" aria-invalid="true"'
            in bad.text
        )
        assert "Enter a date such as 2025-03-31." in bad.text
        detail = client.get(f"/admin/orders/{first}").text
        for text in ("Order #1001", "RED-KITE-1", "Bea Park", "9 Pier Rd", "Test payments",
                     "Timeline", "Mark as fulfilled", "Packing slip"):  # fmt: skip
            assert text in detail, text
        assert "Cancel this order" not in detail and "Refund the whole order" not in detail  # staff
        assert 'lang="en"' in detail
        assert client.get("/admin/orders/999999").status_code == 404
        assert client.get("/admin/orders/1e3").status_code == 404
        zh = client.get(f"/admin/orders/{first}", params={"lang": "zh"}).text
        assert "订单 #1001" in zh and "时间线" in zh


def test_fulfil_with_tracking_shows_on_the_shoppers_order_page(console_db: Database) -> None:
    acme = shops_of(console_db).acme
    shopper = sign_up(console_db, acme.id, "Bea Park", "bea@example.com", "bea's passphrase")
    order = place(console_db, acme.id, {"RED-KITE-1": 1}, customer_id=shopper.account.customer_id)
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        page = f"/admin/orders/{order}"
        bad = _post(client, f"{page}/fulfil", page, carrier="UPS", tracking_number="<1Z>")
        assert bad.status_code == 422 and 'value="&lt;1Z&gt;"' in bad.text
        assert "Use letters, digits, spaces, dots, slashes and dashes." in bad.text
        assert order_view(console_db, acme.id, order).fulfillment_status == ""
        done = _post(client, f"{page}/fulfil", page, carrier="UPS", tracking_number="1Z999AA1")
        assert done.status_code == 303 and done.headers["location"] == f"{page}?done=fulfilled"
        shown = client.get(done.headers["location"]).text
        assert "The order is fulfilled." in shown and "by clerk@acme.test" in shown
        again = _post(client, f"{page}/fulfil", page)
        assert again.status_code == 409 and "Nothing was changed." in again.text
    with console_client(console_db) as store:
        store.cookies.set("tw_session", shopper.session_token, domain="acme.test")
        mine = store.get("/account/orders/1001").text
        assert "Out for delivery" in mine and "Shipped with UPS, tracking number 1Z999AA1" in mine


def test_cancel_and_refund_move_stock_once_and_refusals_write_nothing(
    console_db: Database,
) -> None:
    acme = shops_of(console_db).acme
    order = place(console_db, acme.id, {"RED-KITE-1": 2, "EVIL-LANTERN-1": 1})
    other = place(console_db, acme.id, {"RED-KITE-1": 1})
    page = f"/admin/orders/{order}"
    with console_client(console_db) as clerk:
        sign_in(clerk, "clerk@acme.test")
        before = _state(console_db, acme.id, order)
        for action in ("cancel", "refund"):
            answer = _post(clerk, f"{page}/{action}", page, scope="whole")
            assert answer.status_code == 403, action
        assert _state(console_db, acme.id, order) == before
    with console_client(console_db) as owner:
        sign_in(owner, "manager@acme.test")
        forged = owner.post(f"{page}/cancel", data={"csrf_token": "forged"})
        assert forged.status_code == 403 and _state(console_db, acme.id, order) == before
        detail = owner.get(page).text
        kite = re.search(r'name="lines\.(\d+)\.quantity"', detail)
        assert kite and "Refund the whole order" in detail
        line = kite[1]
        restock = {f"lines.{line}.restock": "on"}
        too_many = _post(owner, f"{page}/refund", page, scope="lines",
                         **{f"lines.{line}.quantity": "3"}, **restock)  # fmt: skip
        assert too_many.status_code == 422 and 'value="3"' in too_many.text
        assert "This is more than is left to refund of this line." in too_many.text
        too_much = _post(owner, f"{page}/refund", page, scope="lines", amount="999")
        assert too_much.status_code == 409 and "at most $64.98" in too_much.text
        assert _state(console_db, acme.id, order) == before
        refunded = _post(owner, f"{page}/refund", page, scope="lines",
                         **{f"lines.{line}.quantity": "1"}, **restock)  # fmt: skip
        assert refunded.status_code == 303
        assert variant(console_db, acme.id, "RED-KITE-1").inventory_qty == 3  # 5 - 2 - 1 + 1
        cancelled = _post(owner, f"{page}/cancel", page)
        assert cancelled.status_code == 303
        assert variant(console_db, acme.id, "RED-KITE-1").inventory_qty == 4  # one more back
        assert variant(console_db, acme.id, "EVIL-LANTERN-1").inventory_qty == 9
        shown = owner.get(f"{page}?done=cancelled").text
        assert "The order is cancelled; its stock is back." in shown
        assert "Cancel this order" not in shown and "Mark as fulfilled" not in shown
        twice = _post(owner, f"{page}/cancel", page)
        assert twice.status_code == 409 and "Nothing was changed." in twice.text
        assert variant(console_db, acme.id, "RED-KITE-1").inventory_qty == 4
        actions = [c.action for c in list_changes(console_db, acme.id).changes]
        assert actions[:2] == ["order.cancel", "order.refund"]
        _post(owner, f"/admin/orders/{other}/fulfil", page)
        refused = _post(owner, f"/admin/orders/{other}/cancel", page)
        assert refused.status_code == 409 and "Refund it instead." in refused.text


def test_packing_slip_and_customers(console_db: Database) -> None:
    acme = shops_of(console_db).acme
    order = place(console_db, acme.id, {"RED-KITE-1": 2, "EVIL-LANTERN-1": 1})
    place(console_db, acme.id, {"RED-KITE-1": 1})
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        slip = client.get(f"/admin/orders/{order}/packing-slip").text
        for text in ("Packing slip #1001", "RED-KITE-1", "EVIL-LANTERN-1", "9 Pier Rd", "Harbour"):
            assert text in slip, text
        assert "$" not in slip and "@media print" not in slip  # no prices; CSS is a file
        assert "&lt;script&gt;" in slip  # the lantern's title, escaped
        customers = client.get("/admin/customers", params={"q": "bea"}).text
        assert "1 customer<" in customers and "$84.97" in customers  # 64.98 + 19.99
        customer_id = re.search(r'href="/admin/customers/(\d+)"', customers)
        assert customer_id
        page = client.get(f"/admin/customers/{customer_id[1]}").text
        assert "#1001" in page and "#1002" in page and "Segments" in page
        assert client.get("/admin/customers/99999").status_code == 404
        assert "客户" in client.get("/admin/customers", params={"lang": "zh"}).text
