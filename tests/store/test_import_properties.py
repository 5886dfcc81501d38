"""Property tests: prices and arbitrary products survive import/export exactly; malformed
prices always give a located error, never a crash."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tradewinds.core.errors import ImportFileError, InvalidInput
from tradewinds.core.money import Money, parse_money
from tradewinds.store import Database
from tradewinds.store.exporters import export_products, write_products
from tradewinds.store.importers import import_products
from tradewinds.store.importers.records import ProductRecord
from tradewinds.store.tenants import create_tenant

DB_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text a merchant could type: letters, digits, punctuation, symbols and spaces, including
# quotes, commas and non-ASCII; no control characters, surrogates or NUL.
_chars = st.characters(categories=["L", "N", "P", "S", "Zs"], exclude_characters=">,\x85")
words = st.text(_chars, min_size=1, max_size=20).map(str.strip).filter(bool)
tricky = st.sampled_from(["\r", "\n", '"', ",", "\u2028", "\x85", " "])
body = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\x00") | tricky, max_size=80
)
slug = st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)
url = slug.map(lambda s: f"https://cdn.example.com/{s}.jpg")
attribute_key = st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True)


def minor_amounts(currency: str) -> st.SearchStrategy[str]:
    return st.integers(0, 10**12).map(lambda m: Money(m, currency).format_plain())


@st.composite
def products(draw: st.DrawFn, currency: str = "USD") -> dict[str, Any]:
    """A valid product in canonical form (what an export writes)."""
    options = draw(st.lists(words.filter(lambda w: w != "Title"), max_size=3, unique=True))
    n = draw(st.integers(1, 4))
    combos = (
        draw(st.lists(st.tuples(*[words] * len(options)), min_size=n, max_size=n, unique=True))
        if options
        else [()]
    )
    skus = draw(st.lists(slug, min_size=len(combos), max_size=len(combos), unique=True))
    variants = [
        {
            "sku": draw(st.sampled_from([sku.upper(), None])),
            "options": list(combo),
            "price": draw(minor_amounts(currency)),
            "compare_at_price": draw(st.none() | minor_amounts(currency)),
            "inventory_qty": draw(st.integers(-1000, 10**6)),
            "weight_grams": draw(st.none() | st.integers(0, 10**6)),
            "volume_cm3": draw(st.none() | st.integers(0, 10**6)),
            "barcode": draw(st.none() | st.from_regex(r"[0-9]{8,13}", fullmatch=True)),
            "image": draw(st.none() | url),
        }
        for sku, combo in zip(skus, combos, strict=True)
    ]
    category = draw(st.lists(words, max_size=3))
    return {
        "handle": draw(slug),
        "title": draw(words),
        "body_html": draw(body),
        "vendor": draw(st.just("") | words),
        "product_type": draw(st.just("") | words),
        "category": " > ".join(category),
        "tags": sorted(set(draw(st.lists(words, max_size=4)))),
        "status": draw(st.sampled_from(["active", "draft", "archived"])),
        "published": draw(st.booleans()),
        "options": options,
        "attributes": dict(sorted(draw(st.dictionaries(attribute_key, words, max_size=3)).items())),
        "images": [
            {"src": draw(url), "alt": draw(st.just("") | words)}
            for _ in range(draw(st.integers(0, 3)))
        ],
        "variants": variants,
    }


def _fresh_tenant(db: Database, currency: str = "USD") -> int:
    return create_tenant(db, f"t-{uuid.uuid4().hex[:12]}", currency=currency).id


def _export_jsonl(db: Database, tenant_id: int) -> list[dict[str, Any]]:
    out = io.StringIO()
    export_products(db, tenant_id, out, format="jsonl")
    # Not splitlines(): JSON leaves U+0085 and U+2028 unescaped inside strings.
    return [json.loads(line) for line in out.getvalue().split("\n") if line]


@DB_SETTINGS
@given(data=st.data(), currency=st.sampled_from(["USD", "JPY", "KWD"]))
def test_prices_round_trip_exactly(
    db: Database, tmp_path: Path, data: st.DataObject, currency: str
) -> None:
    prices = data.draw(st.lists(minor_amounts(currency), min_size=1, max_size=5, unique=True))
    tenant_id = _fresh_tenant(db, currency)
    variants = [{"sku": f"S{i}", "options": [str(i)], "price": p} for i, p in enumerate(prices)]
    path = tmp_path / f"{uuid.uuid4().hex}.jsonl"
    path.write_text(
        json.dumps({"handle": "h", "title": "T", "options": ["N"], "variants": variants}) + "\n"
    )
    import_products(db, tenant_id, path)
    csv_out = io.StringIO()
    export_products(db, tenant_id, csv_out)
    assert [v["price"] for v in _export_jsonl(db, tenant_id)[0]["variants"]] == prices
    for price in prices:
        assert f",{price}," in csv_out.getvalue()


@DB_SETTINGS
@given(product=products(), format=st.sampled_from(["jsonl", "shopify"]))
def test_arbitrary_products_round_trip(
    db: Database, tmp_path: Path, product: dict[str, Any], format: str
) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.{'csv' if format == 'shopify' else 'jsonl'}"
    with path.open("w", encoding="utf-8", newline="") as f:
        record = ProductRecord.model_validate(product, context={"currency": "USD"})
        write_products([record], f, format=format)
    tenant_id = _fresh_tenant(db)
    assert import_products(db, tenant_id, path).created == 1
    assert _export_jsonl(db, tenant_id) == [product]


def _is_price(text: str) -> bool:
    try:
        money = parse_money(text, "USD")
    except InvalidInput:
        return False
    return money.minor >= 0


@DB_SETTINGS
@given(
    price=st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
)
def test_malformed_prices_are_located_errors(db: Database, tmp_path: Path, price: str) -> None:
    assume(not _is_price(price))
    tenant_id = _fresh_tenant(db)
    quoted = '"' + price.replace('"', '""') + '"'
    path = tmp_path / f"{uuid.uuid4().hex}.csv"
    path.write_text(
        f"Handle,Title,Variant Price,Variant SKU\nmug,Mug,{quoted},M-1\n", encoding="utf-8"
    )
    try:
        import_products(db, tenant_id, path)
    except ImportFileError as exc:
        assert [(p.line, p.field) for p in exc.problems] == [(2, "Variant Price")]
    else:
        raise AssertionError(f"{price!r} was accepted as a price")


@DB_SETTINGS
@given(
    price=st.none()
    | st.booleans()
    | st.floats(allow_nan=False)
    | st.integers()
    | st.lists(st.integers(), max_size=2)
    | st.text(max_size=10).filter(lambda t: not _is_price(t))
)
def test_malformed_jsonl_prices_are_located_errors(
    db: Database, tmp_path: Path, price: Any
) -> None:
    tenant_id = _fresh_tenant(db)
    path = tmp_path / f"{uuid.uuid4().hex}.jsonl"
    line = json.dumps({"handle": "mug", "title": "Mug", "variants": [{"price": price}]})
    path.write_text("\n" + line + "\n")
    try:
        import_products(db, tenant_id, path)
    except ImportFileError as exc:
        assert [(p.line, p.field) for p in exc.problems] == [(2, "variants[0].price")]
    else:
        raise AssertionError(f"{price!r} was accepted as a price")
