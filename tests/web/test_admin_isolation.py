"""A staff member of one shop reaches nothing of another through any ``/admin`` route.

The routes are read from the app's router, so a page added later is covered without
touching this test (a new path parameter must be given a value in ``_ids``,
or the test fails saying so). Globex's owner (every permission) tries each route, GET and
POST, with Acme's ids on Globex's host; then with Globex's cookie on Acme's host. Nothing
of Acme may show, and nothing of Acme may change. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from tests.web._console import PASSWORD, console_client, csrf_of, seed_console, sign_in
from tests.web._orders import place
from tradewinds.compliance import (
    add_blocklist_entry,
    file_complaint,
    list_blocklist,
    list_complaints,
    record_generation,
)
from tradewinds.gateway import create_key, list_keys, tenant_budget
from tradewinds.marketing import create_campaign, create_segment, list_campaigns, list_segments
from tradewinds.merchant import ListingCopy, copy_settings, create_draft, list_drafts, versions
from tradewinds.search import (
    RuleDraft,
    SynonymDraft,
    rule_entries,
    save_rule,
    save_synonym,
    synonym_entries,
)
from tradewinds.staff import COMMAND_LINE, list_changes, list_staff
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    ForecastRun,
    ImportJob,
    Order,
    OrderRefund,
    Product,
    RoutePlan,  # deliveries
    Variant,
)
from tradewinds.web.admin.console import console_routes

ACME_MARKERS = ("Acme Outdoor", "Red Kite", "Dome Tent", "red-kite", "@acme.test", "TrailMax",
                "Bea Park", "bea@example.com", "Pier Rd", "RED-KITE-1")  # fmt: skip


def _acme_state(db: Database, tenant_id: int) -> Any:
    with tenant_session(db, tenant_id) as session:
        products = sorted(
            session.execute(
                select(
                    Product.id, Product.title, Product.status, Product.published, Product.updated_at
                )
            ).all()
        )
        variants = sorted(session.execute(select(Variant.id, Variant.price_minor,
                                                 Variant.inventory_qty)).all())  # fmt: skip
        orders = sorted(session.execute(select(Order.id, Order.status, Order.financial_status,
                                              Order.fulfillment_status)).all())  # fmt: skip
        refunds = session.scalars(select(OrderRefund.id)).all()
        runs = sorted(session.execute(select(ForecastRun.id, ForecastRun.status)).all())
        runs += sorted(session.execute(select(RoutePlan.id, RoutePlan.status)).all())  # deliveries
    staff = [(m.id, m.email, m.role) for m in list_staff(db, tenant_id)]
    search = synonym_entries(db, tenant_id), rule_entries(db, tenant_id)
    gateway = (list_keys(db, tenant_id), tenant_budget(db, tenant_id))
    compliance = (list_blocklist(db, tenant_id),
                  [(c["id"], c["status"]) for c in list_complaints(db, tenant_id)])  # fmt: skip
    with tenant_session(db, tenant_id) as session:  # AI tools: drafts, versions, settings
        ai = ([(d.id, d.status, d.copy) for d in list_drafts(session)],
                versions(session, "dome-tent"), copy_settings(session))  # fmt: skip
    total = list_changes(db, tenant_id).total
    campaigns = [(c.name, c.content, c.verdict) for c in list_campaigns(db, tenant_id)]
    marketing = list_segments(db, tenant_id), campaigns
    return (products, variants, orders, refunds, staff, total, runs, search, gateway, compliance,
            ai, marketing)  # fmt: skip


def _seed_gateway_and_compliance(db: Database, tenant_id: int) -> dict[str, str]:
    """An API key, an AI audit record, a complaint and a blocklist entry of Acme's."""
    key = create_key(db, tenant_id, name="Acme Outdoor bot").key
    content_id = record_generation(db, tenant_id, key_id=key.id, model="chat",
                                   input_text="Red Kite question", output_text="Red Kite answer",
                                   verdict=None, label=None)  # fmt: skip
    complaint = file_complaint(db, tenant_id, content_id=content_id, reason="Red Kite is wrong")
    entry = add_blocklist_entry(db, tenant_id, "TrailMax")
    return {"key_id": str(key.id), "content_id": content_id,
            "complaint_id": str(complaint["id"]), "entry_id": str(entry.id)}  # fmt: skip


def _seed_search_tuning(db: Database, tenant_id: int) -> None:
    """A synonym and a rule of Acme's, naming its markers, for the search pages' ids."""
    save_synonym(db, tenant_id, SynonymDraft("equivalent", "Red Kite, windsock"), COMMAND_LINE)
    save_rule(db, tenant_id, RuleDraft("boost", field="brand", value="TrailMax"), COMMAND_LINE)


def _ids(db: Database, tenant_id: int, seeded: dict[str, str]) -> dict[str, str]:
    """A value of Acme's for every path parameter a console route may have."""
    with tenant_session(db, tenant_id) as session:
        product = session.scalars(select(Product).where(Product.handle == "dome-tent")).one()
        product_id, variant_ids = product.id, [v.id for v in product.variants]
        order = session.scalars(select(Order)).first()  # console orders: Acme's paid order
        assert order is not None
        order_id, customer_id, line_id = order.id, order.customer_id, order.lines[0].id
    member = next(m.id for m in list_staff(db, tenant_id) if m.email == "owner@acme.test")
    ids = {"product_id": str(product_id), "member_id": str(member),
           "variant_id": str(variant_ids[0]), "order_id": str(order_id),
           "customer_id": str(customer_id), "line_id": str(line_id),
           # search pages
           "synonym_id": str(synonym_entries(db, tenant_id)[0].id),
           "rule_id": str(rule_entries(db, tenant_id)[0].id), **seeded}  # fmt: skip
    # Forecasts (issue 18, part 2): a completed run of Acme's and one of its SKUs.
    with tenant_session(db, tenant_id) as session:
        run = ForecastRun(status="done", owner="", grouping="sku", freq="D", horizon=7, level=90,
                          history_end=date(2025, 2, 16))  # fmt: skip
        session.add(run)
        session.flush()
        ids |= {"run_id": str(run.id), "sku": "DOME-TENT-1"}
    with tenant_session(db, tenant_id) as session:  # catalogue import: a job of Acme's
        job = ImportJob(file_name="acme-red-kite.csv", status="done", problems=[])
        session.add(job)
        session.flush()
        ids["job_id"] = str(job.id)
    ids |= _seed_deliveries(db, tenant_id)
    with tenant_session(db, tenant_id) as session:  # AI tools: a copy draft of Acme's
        copy = ListingCopy("en", "Dome Tent by TrailMax", ("Sleeps two", "Weighs 2 kg", "Packs"))
        ids |= {"draft_id": str(create_draft(session, "dome-tent", copy).id), "handle": "dome-tent"}
    # Marketing: a segment and a campaign of Acme's (their pages show markers; not their
    # names, which a 404 page's language links repeat from the address).
    create_segment(db, tenant_id, "kite-fans", "rfm", description="Red Kite fans")
    create_campaign(db, tenant_id, "kite-spring", "kite-fans", languages=["en"])
    return ids | {"segment": "kite-fans", "campaign": "kite-spring"}


def _seed_deliveries(db: Database, tenant_id: int) -> dict[str, str]:
    """Deliveries (issue 18, part 2): a route plan of Acme's and the finished job that made
    it, with one of Acme's vehicle codes."""
    from tradewinds.jobs import submit_job
    from tradewinds.routing import PLAN_KIND

    with tenant_session(db, tenant_id) as session:
        plan = RoutePlan(plan_date=date(2025, 2, 17), timezone="UTC", solver="pyvrp",
                         time_limit_s=1.0)  # fmt: skip
        session.add(plan)
        session.flush()
        job = submit_job(session, PLAN_KIND, {"date": "2025-02-17", "depot": "", "options": {}})
        job.status, job.result = "done", {"plan_id": plan.id}
        plan.job_id = job.id
        return {"plan_id": str(plan.id), "plan_job_id": str(job.id), "vehicle": "RED-KITE-VAN"}


def _form(ids: dict[str, str], token: str) -> dict[str, str]:
    """Every field any console form takes, filled with a change to Acme's things."""
    variant = ids["variant_id"]
    return {
        "csrf_token": token, "title": "Taken over", "description": "", "status": "archived",
        "version": "", f"variants.{variant}.price": "0.01", f"variants.{variant}.stock": "0",
        "role": "staff", "email": "newcomer@example.test", "password": PASSWORD,
        # console orders: fulfil, refund (whole and lines), cancel
        "carrier": "UPS", "tracking_number": "1Z", "scope": "whole", "amount": "1",
        f"lines.{ids['line_id']}.quantity": "1", f"lines.{ids['line_id']}.restock": "on",
        "horizon": "7", "freq": "D", "by": "sku",  # forecasts
        # search pages: a synonym, and a rule pinning Acme's product (not Globex's to pin)
        "kind": "one_way", "terms": "takeover", "targets": "hijack", "action": "pin",
        "product": ids["product_id"], "position": "1", "query": "takeover", "weight": "3",
        "starts_at": "", "ends_at": "", "field": "", "value": "", "note": "",
        # gateway and compliance pages ("kind" is the search form's above)
        "name": "Taken over", "rpm": "1", "tpm": "1", "monthly_tokens": "1", "expires": "",
        "pattern": "taken", "category": "blocklist", "text": "taken over",
        "mode": "import",  # the CSV import (a multipart form: see _upload_to_globex)
        # deliveries: plan a day (Globex's own; it has no depot, so its job fails)
        "date": (date.today() + timedelta(days=1)).isoformat(), "depot": "",
        "time_limit": "10", "service_minutes": "5", "promise_minutes": "60",
        # AI tools: generate Acme's product's copy, edit or reject its draft, settings, revert
        "handle": ids["handle"], "lang.en": "on", "tone": "neutral", "length": "short",
        "writer": "templates", "bullets": "a\nb\nc", "seo_title": "Taken over",
        "meta_description": "Taken over", "reason": "taken over", "language": "en",
        "blocking.material": "on", "storefront_label": "off",
        # marketing: a segment ("kind" above), a campaign of Acme's segment, its copy
        "days": "1", "min_orders": "1", "r_low": "1", "r_high": "5", "min_share": "30",
        "measure": "spend", "segment": ids["segment"], "language_en": "on", "share_a": "1",
        "picks": "1", "variant": "a", "subject": "Taken over",
        "intro": "Taken over", "outro": "Taken over",
    }  # fmt: skip


def _no_acme(answer: Any, where: str) -> None:
    assert answer.status_code in (200, 201, 303, 401, 403, 404, 409, 422), where
    for marker in ACME_MARKERS:
        assert marker not in answer.text, f"{where} shows {marker!r}"
    location = answer.headers.get("location", "")
    assert not any(marker in location for marker in ACME_MARKERS), where


def test_every_admin_route_keeps_another_shops_staff_out(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An import reindexes what it wrote; search is not what this test is about.
    monkeypatch.setattr("tradewinds.catalog.importing.index_products", lambda *_: 0)
    shops = seed_console(db)
    place(db, shops.acme.id, {"RED-KITE-1": 1})  # console orders: an order of Acme's
    _seed_search_tuning(db, shops.acme.id)
    seeded = _seed_gateway_and_compliance(db, shops.acme.id)
    ids = _ids(db, shops.acme.id, seeded)  # first: it adds a forecast run of Acme's
    before = _acme_state(db, shops.acme.id)
    with console_client(db, host="globex.test") as globex:
        routes = list(console_routes(globex.app.routes))  # type: ignore[attr-defined]
        assert len(routes) >= 10
        sign_in(globex, "owner@globex.test")
        token = csrf_of(globex.get("/admin/products").text)
        tried = 0
        for route in routes:
            missing = set(route.param_convertors) - set(ids)
            assert not missing, f"{route.path}: give _ids a value for {missing}"
            path = route.path.format(**ids)
            for method in sorted(route.methods):
                if method == "POST" and route.path in ("/admin/login", "/admin/logout"):
                    continue  # they end Globex's session; test_each_host_is_its_own_console
                if method == "GET":
                    answer = globex.get(path, follow_redirects=False)
                else:
                    answer = globex.post(path, data=_form(ids, token), follow_redirects=False)
                _no_acme(answer, f"{method} {path} on Globex's host")
                location = answer.headers.get("location", "")
                assert not location.startswith("/admin/login"), f"{path}: signed out?"
                if route.param_convertors and method == "GET":
                    assert answer.status_code == 404, f"{method} {path}"
                tried += 1
        # Globex's own product with one of Acme's variants in the form: refused too.
        with tenant_session(db, shops.globex.id) as session:
            gadget = session.scalars(select(Product.id)).one()
        page = globex.get(f"/admin/products/{gadget}").text
        mixed = _form(ids, token) | {"version": _version(page)}
        answer = globex.post(f"/admin/products/{gadget}", data=mixed, follow_redirects=False)
        assert answer.status_code == 404
        _upload_to_globex(globex, token)
        globex_cookie = globex.cookies.get("tw_admin")
    assert tried >= 10
    with console_client(db, host="acme.test") as acme:
        acme.cookies.set("tw_admin", str(globex_cookie), domain="acme.test", path="/admin")
        for route in routes:
            path = route.path.format(**ids)
            for method in sorted(route.methods):
                if method == "GET":
                    answer = acme.get(path, follow_redirects=False)
                    if route.path != "/admin/login":
                        assert answer.status_code == 303, f"GET {path} on Acme's host"
                        assert answer.headers["location"].startswith("/admin/login?next=")
                else:
                    answer = acme.post(path, data=_form(ids, token), follow_redirects=False)
                    assert answer.status_code in (303, 401, 403), f"POST {path} on Acme's host"
    assert _acme_state(db, shops.acme.id) == before


def _version(html: str) -> str:
    found = re.search(r'name="version" value="([^"]+)"', html)
    assert found
    return found[1]


@pytest.mark.parametrize("host", ["acme.test", "globex.test"])
def test_each_host_is_its_own_console(console_db: Database, host: str) -> None:
    other = "acme" if host == "globex.test" else "globex"
    with console_client(console_db, host=host) as client:
        assert sign_in(client, f"owner@{host}") == "/admin"
        page = client.get("/admin/products").text
        assert f"@{other}.test" not in page
        token = csrf_of(page)
        answer = client.post("/admin/login", data={"csrf_token": token, "password": PASSWORD,
                                                   "email": f"owner@{other}.test"})  # fmt: skip
        assert answer.status_code == 401  # the other shop's owner is nobody here


def _upload_to_globex(globex: Any, token: str) -> None:
    """A CSV naming Acme's handle and SKU, imported at Globex: Globex's own product."""
    data = (b"Handle,Title,Variant SKU,Variant Price\r\n"
            b"red-kite,Taken over,RED-KITE-1,0.01\r\n")  # fmt: skip
    answer = globex.post("/admin/import", data={"csrf_token": token, "mode": "import"},
                         files={"file": ("red-kite.csv", data, "text/csv")},
                         follow_redirects=False)  # fmt: skip
    assert answer.status_code == 303, answer.text
    job_id = int(answer.headers["location"].rsplit("/", 1)[1])
    assert globex.app.state.catalogue_imports.wait(job_id, 60)
    assert "Imported: 1 created, 0 updated" in globex.get(answer.headers["location"]).text
