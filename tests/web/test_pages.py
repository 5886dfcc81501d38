"""The storefront's pages over HTTP (TestClient), on SQLite and PostgreSQL."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests._shop import add_product
from tests.web.conftest import make_web_client, seed_storefront
from tradewinds.search import search_report
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant


def test_home_shows_categories_and_shelves_of_this_shop_only(web: TestClient) -> None:
    page = web.get("/")
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in page.text
    assert "Welcome to Acme Outdoor" in page.text
    assert 'href="/search?category=Outdoor"' in page.text and ">Toys</a>" in page.text
    assert "Red Kite" in page.text and "$19.99" in page.text
    assert "from $149.99" in page.text  # the tent's cheapest variant
    assert "Old Beach Ball" not in page.text  # archived
    assert "Globex" not in page.text and "secret-globex-gadget" not in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_titles_and_descriptions_are_escaped(web: TestClient) -> None:
    for path in ("/", "/search?q=lantern", "/products/evil-lantern"):
        html = web.get(path).text
        assert "<script>" not in html, path
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Lantern" in html, path
    tent = web.get("/products/dome-tent").text
    assert "pwned" not in tent  # script contents of body_html are dropped
    assert "<p>Sleeps two.</p>" in tent and "Weighs 2 kg &amp; packs small." in tent


def test_product_page(web: TestClient) -> None:
    page = web.get("/products/dome-tent")
    assert page.status_code == 200, page.text
    html = page.text
    assert "<h1>Dome Tent</h1>" in html and "by TrailMax" in html
    assert "$199.99" in html and "$149.99" in html
    assert re.search(r"<s>.*\$249\.99</s>", html)  # compare-at price of the first variant
    assert "Only 1 left" in html and "Out of stock" in html
    assert ">Capacity</th><td>2 people</td>" in html
    assert 'role="img" aria-label="No image of this product yet"' in html
    assert 'href="/search?category=Outdoor+%3E+Tents"' in html  # breadcrumb


def test_unknown_archived_and_other_shops_products_are_html_404s(web: TestClient) -> None:
    for handle in ("no-such-thing", "old-ball", "secret-globex-gadget"):
        page = web.get(f"/products/{handle}")
        assert page.status_code == 404
        assert "Page not found" in page.text and 'type="search"' in page.text
    zh = web.get("/products/no-such-thing", params={"lang": "zh"})
    assert zh.status_code == 404 and "页面未找到" in zh.text


def test_every_page_names_a_served_icon(web: TestClient) -> None:
    # Without one, browsers ask for /favicon.ico, a 404 logged as a console error.
    for path in ("/", "/search?q=kite", "/cart", "/no/such/page"):
        icon = re.search(r'<link rel="icon" href="([^"]+)"', web.get(path).text)
        assert icon, path
        served = web.get(icon[1])
        assert served.status_code == 200 and served.headers["content-type"].startswith("image/svg")


def test_unknown_paths_are_pages_for_browsers_and_json_for_clients(web: TestClient) -> None:
    page = web.get("/no/such/page")
    assert page.status_code == 404 and "Page not found" in page.text
    for path, accept in (("/no/such/page", "application/json"), ("/api/v1/nothing", "text/html")):
        answer = web.get(path, headers={"Accept": accept})
        assert answer.status_code == 404
        assert answer.json()["error"]["code"] == "not_found"
    assert web.get("/api/v1/products/red-kite").json()["title"] == "Red Kite"


def test_language_from_switch_cookie_and_accept_language(web: TestClient) -> None:
    zh = web.get("/", params={"lang": "zh"})
    assert '<html lang="zh-Hans">' in zh.text and "热门商品" in zh.text and "US$19.99" in zh.text
    assert "tw_lang=zh" in zh.headers["set-cookie"]
    assert "HttpOnly" in zh.headers["set-cookie"] and "SameSite=lax" in zh.headers["set-cookie"]
    assert "热门商品" in web.get("/").text  # remembered by the cookie
    web.cookies.clear()
    assert "Popular now" in web.get("/").text
    browser_zh = web.get("/", headers={"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"})
    assert "热门商品" in browser_zh.text
    assert 'href="/?lang=en" lang="en" hreflang="en"' in browser_zh.text


def test_search_page_results_facets_and_logging(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    page = web.get("/search", params={"q": "kite"})
    assert page.status_code == 200, page.text
    html = page.text
    assert "Red Kite" in html and "$19.99" in html
    assert "1 product found" in html
    assert 'href="/search?q=kite&amp;category=Toys+%3E+Kites"' in html  # category facet
    assert "Globex" not in html
    link = re.search(r'href="(/products/red-kite\?sid=\d+&amp;pos=1)"', html)
    assert link is not None
    assert web.get(link.group(1).replace("&amp;", "&")).status_code == 200
    with tenant_session(db, tenant.id) as session:
        report = search_report(session, days=30)
    assert report["searches"] == 1 and report["click_through_rate"] == 1.0

    filtered = web.get("/search", params={"q": "", "category": "Outdoor", "in_stock": "1"}).text
    assert "Dome Tent" in filtered and "Red Kite" not in filtered
    assert "Remove<span" in filtered
    cheap_first = web.get("/search", params={"sort": "price_asc"}).text
    assert cheap_first.index("Red Kite") < cheap_first.index("Dome Tent")
    assert '<option value="price_asc" selected>' in cheap_first


def test_search_help_on_zero_results_typos_and_bad_input(web: TestClient) -> None:
    nothing = web.get("/search", params={"q": "zzqxj wxqz", "lang": "zh"})
    assert nothing.status_code == 200 and "没有找到商品" in nothing.text
    assert "找到 0 件商品" in nothing.text
    typo = web.get("/search", params={"q": "dome tnet", "lang": "en"}).text
    assert 'Did you mean <a href="/search?q=dome+tent">dome tent</a>' in typo
    bad = web.get("/search", params={"q": "tent", "max_price": "cheap"})
    assert bad.status_code == 400 and "max_price" in bad.text and 'role="alert"' in bad.text


def test_which_shop_and_the_first_run_page(db: Database) -> None:
    with make_web_client(db) as client:  # no tenant at all
        first = client.get("/")
        assert first.status_code == 200 and "No shop yet" in first.text
        assert "tradewinds demo-data" in first.text
    globex = create_tenant(db, "globex", name="Globex", currency="EUR")
    seed_storefront(db, create_tenant(db, "acme", name="Acme Outdoor"), globex)
    with make_web_client(db, web={"tenant": "globex"}) as client:
        html = client.get("/").text
        assert "Globex Gadget" in html and "€42.00" in html and "Red Kite" not in html
    with make_web_client(db, web={"tenant": "initech"}) as client:
        assert "initech, which does not exist" in client.get("/").text
    with make_web_client(db, default_tenant="initech") as client:
        assert "several shops" in client.get("/").text


def test_featured_products_first_and_only_when_chosen(web: TestClient, db: Database) -> None:
    assert "Featured" not in web.get("/").text  # none tagged: no empty shelf
    tenant = create_tenant(db, "initech", name="Initech")
    add_product(db, tenant.id, "stapler", "Red Stapler", tags=["Featured"])
    add_product(db, tenant.id, "mug", "Coffee Mug", tags=["kitchen"])
    with make_web_client(db, web={"tenant": "initech"}) as client:
        html = client.get("/").text
        featured = html.split('id="featured-heading"')[1].split("</section>")[0]
        assert "Red Stapler" in featured and "Coffee Mug" not in featured
        assert html.index("Featured") < html.index("Popular now") < html.index("New arrivals")
        assert "Coffee Mug" in html  # still on the other shelves
        assert "精选商品" in client.get("/", params={"lang": "zh"}).text
