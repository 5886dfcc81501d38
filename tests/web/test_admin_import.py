"""The console's CSV import and export over HTTP: a broken file names its lines and columns
and writes nothing, a check writes nothing, a good file reaches the storefront, search and
the audit, a large file runs as a job with progress, export → import changes nothing,
roles and upload limits."""

from __future__ import annotations

import csv
import io
import re
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.web._console import Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.catalog import import_jobs, importing
from tradewinds.staff import list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, ProductOption, Variant
from tradewinds.web.admin import upload

HEADER = "Handle,Title,Vendor,Status,Published,Variant SKU,Variant Price,Variant Inventory Qty"
GOOD = (
    f"{HEADER}\r\n"
    "red-kite,Red Kite,SkyCo,active,TRUE,RED-KITE-1,17.50,5\r\n"
    "blue-kite,Blue Kite,SkyCo,active,TRUE,BLUE-KITE-1,21.00,4\r\n"
)
BROKEN = (
    f"{HEADER}\r\n"
    "blue-kite,Blue Kite,SkyCo,active,TRUE,BLUE-KITE-1,21.00,4\r\n"
    "red-kite,Red Kite,SkyCo,active,TRUE,RED-KITE-1,abc,5\r\n"
    "green-kite,,SkyCo,active,TRUE,GREEN-KITE-1,9.00,1\r\n"
)


@pytest.fixture
def shops(console_db: Database) -> Shops:
    return shops_of(console_db)


@pytest.fixture
def manager(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with console_client(console_db) as client:
        sign_in(client, "manager@acme.test")
        yield client


def _state(db: Database, tenant_id: int) -> Any:
    with tenant_session(db, tenant_id) as session:
        products = session.execute(select(Product.handle, Product.title, Product.updated_at)
                                   .order_by(Product.handle)).all()  # fmt: skip
        prices = session.execute(select(Variant.sku, Variant.price_minor)
                                 .order_by(Variant.sku)).all()  # fmt: skip
    return products, prices, list_changes(db, tenant_id).total


def send(
    client: TestClient, data: bytes | str, name: str = "products.csv", *, check: bool = False
) -> Any:
    """Post ``data`` through the import form, as a browser posts a chosen file."""
    token = csrf_of(client.get("/admin/import").text)
    body = data.encode() if isinstance(data, str) else data
    fields = {"csrf_token": token, **({"mode": "check"} if check else {})}
    return client.post("/admin/import", data=fields, files={"file": (name, body, "text/csv")},
                       follow_redirects=False)  # fmt: skip


def test_a_broken_csv_names_each_line_and_column_and_writes_nothing(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    before = _state(console_db, shops.acme.id)
    answer = send(manager, BROKEN)
    assert answer.status_code == 422
    html = answer.text
    assert 'aria-invalid="true" ' in html or 'aria-invalid="true">' in html
    assert 'aria-describedby="import-file-hint import-file-error"' in html
    assert "Nothing was imported: products.csv has 2 problems." in html
    rows = re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td><td>([^<]+)</td></tr>", html)
    assert [(line, column) for line, column, _ in rows] == [("3", "Variant Price"), ("4", "Title")]
    assert "&#39;abc&#39; is not a number" in rows[0][2] and "required" in rows[1][2]
    assert _state(console_db, shops.acme.id) == before  # not even the good product


def test_check_only_counts_what_an_import_would_do_and_writes_nothing(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    before = _state(console_db, shops.acme.id)
    answer = send(manager, GOOD, check=True)
    assert answer.status_code == 303
    page = manager.get(answer.headers["location"]).text
    assert "Checked: nothing was written. An import would create 1, update 1" in page
    assert 'http-equiv="refresh"' not in page
    assert _state(console_db, shops.acme.id) == before


def test_a_good_csv_reaches_the_storefront_search_and_audit(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    with console_client(console_db) as shopper:
        assert "$19.99" in shopper.get("/search?q=kite").text  # the index exists before
        answer = send(manager, GOOD)
        assert answer.status_code == 303
        page = manager.get(answer.headers["location"]).text
        assert "Imported: 1 created, 1 updated, 0 unchanged." in page
        assert "$21.00" in shopper.get("/products/blue-kite").text
        results = shopper.get("/search?q=kite").text
        assert "Blue Kite" in results and "$17.50" in results and "$19.99" not in results
    (change,) = list_changes(console_db, shops.acme.id).changes[:1]
    assert change.actor == "manager@acme.test" and change.action == "catalogue.import"
    assert change.after == {"file": "products.csv", "created": 1, "updated": 1, "unchanged": 0}
    listing = manager.get("/admin/import").text
    assert "products.csv" in listing and "manager@acme.test" in listing
    # The same file again changes nothing and records nothing.
    recorded = list_changes(console_db, shops.acme.id).total
    again = manager.get(send(manager, GOOD).headers["location"]).text
    assert "Imported: 0 created, 0 updated, 2 unchanged." in again
    assert list_changes(console_db, shops.acme.id).total == recorded


def test_export_then_import_changes_nothing(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    with tenant_session(console_db, shops.acme.id) as session:  # its variants' option's name
        tent = session.scalars(select(Product).where(Product.handle == "dome-tent")).one()
        tent.options = [ProductOption(position=1, name="Size")]
    exported = manager.get("/admin/export")
    assert exported.status_code == 200
    assert exported.headers["content-type"] == "text/csv; charset=utf-8"
    assert exported.headers["content-disposition"].startswith('attachment; filename="products-')
    handles = [row["Handle"] for row in csv.DictReader(io.StringIO(exported.text))]
    assert {"red-kite", "dome-tent", "old-ball"} <= set(handles)
    assert "secret-globex-gadget" not in handles
    before = _state(console_db, shops.acme.id)
    answer = send(manager, exported.content)
    page = manager.get(answer.headers["location"]).text
    assert "Imported: 0 created, 0 updated, 4 unchanged." in page
    assert _state(console_db, shops.acme.id) == before
    assert manager.get("/admin/export").content == exported.content
    only = manager.get("/admin/export", params={"q": "kite"}).text
    assert {row["Handle"] for row in csv.DictReader(io.StringIO(only))} == {"red-kite"}
    listing = manager.get("/admin/products", params={"q": "kite"}).text
    assert 'href="/admin/export?q=kite&amp;category=&amp;status=&amp;stock="' in listing


def test_staff_export_but_do_not_import(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    token = csrf_of(manager.get("/admin/import").text)
    before = _state(console_db, shops.acme.id)
    with console_client(console_db) as clerk:
        sign_in(clerk, "clerk@acme.test")
        assert 'href="/admin/import"' not in clerk.get("/admin/products").text
        assert clerk.get("/admin/import").status_code == 403
        answer = clerk.post("/admin/import", data={"csrf_token": token},
                            files={"file": ("p.csv", GOOD.encode(), "text/csv")})  # fmt: skip
        assert answer.status_code == 403
        assert clerk.get("/admin/export").status_code == 200
    assert _state(console_db, shops.acme.id) == before


def test_wrong_uploads_get_a_message_at_the_file_field(
    console_db: Database, shops: Shops, manager: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(console_db, shops.acme.id)
    assert "Choose a CSV file to import." in send(manager, b"", name="").text
    wrong = send(manager, GOOD, name="products.xlsx")
    assert wrong.status_code == 422 and "a name ending in .csv" in wrong.text
    utf16 = send(manager, GOOD.encode("utf-16"))
    assert utf16.status_code == 422
    assert "could not be read" in utf16.text and "UTF-16" in utf16.text
    assert "/tmp" not in utf16.text and "tw-import-" not in utf16.text  # only the file's name
    latin = send(manager, GOOD.replace("Blue", "Bl\u00e9").encode("latin-1"))
    assert latin.status_code == 422 and "not UTF-8" in latin.text
    token = csrf_of(manager.get("/admin/import").text)
    forged = manager.post("/admin/import", data={"csrf_token": token[::-1]},
                          files={"file": ("p.csv", GOOD.encode(), "text/csv")})  # fmt: skip
    assert forged.status_code == 403
    plain = manager.post("/admin/import", data={"csrf_token": token})  # not multipart
    assert plain.status_code == 403
    monkeypatch.setattr(upload, "MAX_UPLOAD_BYTES", 100)
    big = send(manager, GOOD)
    assert big.status_code == 413 and "The file is larger than" in big.text
    assert _state(console_db, shops.acme.id) == before
    assert manager.get("/admin/import/99999999").status_code == 404
    assert manager.get("/admin/import/x1").status_code == 404


def test_a_large_file_runs_as_a_job_with_progress(
    console_db: Database, shops: Shops, manager: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [f"bulk-{i:05d},Bulk item {i} with a long enough title to fill the row,Bulkco,"
            f"active,TRUE,BULK-{i:05d},{i % 90 + 1}.25,{i % 7}" for i in range(2500)]  # fmt: skip
    data = (HEADER + "\r\n" + "\r\n".join(rows) + "\r\n").encode()
    assert len(data) > 256 * 1024  # above the size answered at once
    writing, go_on = threading.Event(), threading.Event()
    real = import_jobs.import_catalogue

    def held(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 0:
                writing.set()
                assert go_on.wait(30)

        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(import_jobs, "import_catalogue", held)
    indexed: list[int] = []  # search itself: test_a_good_csv_reaches_the_storefront_search…
    monkeypatch.setattr(importing, "index_products", lambda db, t, ids, s: indexed.extend(ids))
    answer = send(manager, data, name="bulk.csv")
    assert answer.status_code == 303
    job_url = answer.headers["location"]
    assert writing.wait(30)
    running = manager.get(job_url)
    page = running.text
    assert running.headers["refresh"] == "2" and "?watch=off" in page
    assert "Refresh" not in manager.get(f"{job_url}?watch=off").headers
    assert "Writing products: 0 of 2500" in page and '<progress id="import-progress"' in page
    go_on.set()
    job_id = int(job_url.rsplit("/", 1)[1])
    assert manager.app.state.catalogue_imports.wait(job_id, 60)  # type: ignore[attr-defined]
    finished = manager.get(job_url)
    done = finished.text
    assert "Imported: 2500 created, 0 updated, 0 unchanged." in done
    assert "Refresh" not in finished.headers
    with tenant_session(console_db, shops.acme.id) as session:
        count = session.scalar(select(func.count()).where(Product.handle.like("bulk-%")))
    assert count == 2500 and len(indexed) == 2500
