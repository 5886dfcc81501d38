"""The records every format is read into and written from: our JSON Lines schema.

One :class:`ProductRecord` or :class:`OrderRecord` per line of a ``.jsonl`` file; the
Shopify CSV readers build the same records, so one set of rules validates every format.
Unknown keys are refused (``extra="forbid"``), lengths are the columns' lengths, money is
a decimal *string* ("19.99", never a JSON number) in the tenant's (products) or the
order's currency, canonicalised to the currency's decimals. ``docs/formats.md`` documents
the schema for people.

Validation needs the currency: pass ``context={"currency": "USD"}`` to ``model_validate``
for products (orders carry their own).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from tradewinds.core.errors import InvalidInput
from tradewinds.core.money import Money, check_currency, currency_exponent, parse_money
from tradewinds.store.tables import OrderStatus, ProductStatus

MAX_MINOR = 10**15
"""Largest amount accepted, in minor units (10 trillion dollars): BIGINT-safe everywhere."""
MAX_INT = 2**31 - 1
"""Largest quantity, weight or volume (the columns are 32-bit integers on PostgreSQL)."""

Loc = tuple[int | str, ...]
"""Where in a record a problem is: ``("variants", 2, "price")``, as pydantic writes it."""


def _text(max_length: int, *, strip: bool = False, min_length: int = 0) -> Any:
    return StringConstraints(strip_whitespace=strip, min_length=min_length, max_length=max_length)


Handle = Annotated[str, _text(255, strip=True, min_length=1)]
OptionName = Annotated[str, _text(255, strip=True, min_length=1)]
Sku = Annotated[str, _text(255, strip=True, min_length=1)]
Tag = Annotated[str, _text(255, strip=True, min_length=1)]
_ATTRIBUTE_KEY = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
AttributeValue = Annotated[str, _text(1000, strip=True, min_length=1)]
Url = Annotated[str, _text(2000, strip=True, min_length=1)]
Country = str  # checked by check_country: "" or two letters
Coordinate = Annotated[float, Field(allow_inf_nan=False)]
Count = Annotated[int, Field(ge=-MAX_INT, le=MAX_INT)]
Measure = Annotated[int, Field(ge=0, le=MAX_INT)]


_PLAIN_AMOUNT = re.compile(r"^(\d{1,13})(?:\.(\d{1,3}))?$")


@lru_cache(maxsize=64)
def _exponent(currency: str) -> int:
    return currency_exponent(currency)


def canonical_price(value: str, currency: str | None) -> str:
    """``"$1,299.0"`` -> ``"1299.00"``; raises ``ValueError`` with the expected form."""
    plain = _PLAIN_AMOUNT.match(value)
    if plain and currency:  # the common case, without Decimal arithmetic
        exp = _exponent(currency)
        whole, frac = int(plain[1]), plain[2] or ""
        if len(frac) <= exp and whole < MAX_MINOR // 10**exp:
            return f"{whole}.{frac.ljust(exp, '0')}" if exp else str(whole)
    try:
        money = parse_money(value, currency or "XXX")
    except InvalidInput as exc:
        raise ValueError(exc.message) from None
    if money.minor < 0:
        raise ValueError(f"{value!r} is negative (expected an amount of 0 or more)")
    if money.minor > MAX_MINOR:
        raise ValueError(f"{value!r} is too large (at most {Money(MAX_MINOR, money.currency)})")
    return money.format_plain()


def price_minor(price: str, currency: str) -> int:
    """Minor units of a canonical price string (``"1299.00"`` USD -> 129900)."""
    whole, _, frac = price.partition(".")
    if whole.isdigit() and len(frac) == _exponent(currency) and (not frac or frac.isdigit()):
        return int(whole + frac)
    return Money.from_decimal(price, currency).minor


def _context_currency(info: ValidationInfo) -> str | None:
    context = info.context
    return context.get("currency") if isinstance(context, dict) else None


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ImageRecord(_Record):
    """A product image: URL and alt text, in position order within the product."""

    src: Url
    alt: Annotated[str, _text(500, strip=True)] = ""


class VariantRecord(_Record):
    """A purchasable variant; ``options`` holds one value per product option."""

    sku: Sku | None = None
    options: list[Annotated[str, _text(255, strip=True, min_length=1)]] = Field(
        default_factory=list, max_length=3
    )
    price: str
    compare_at_price: str | None = None
    inventory_qty: Count = 0
    weight_grams: Measure | None = None
    volume_cm3: Measure | None = None
    barcode: Annotated[str, _text(64, strip=True, min_length=1)] | None = None
    image: Url | None = None

    @field_validator("price", "compare_at_price")
    @classmethod
    def _money(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        return canonical_price(value, _context_currency(info))


class ProductRecord(_Record):
    """A product with its variants, images, tags and attributes; the upsert key is ``handle``."""

    handle: Handle
    title: Annotated[str, _text(500, strip=True, min_length=1)]
    body_html: str = ""
    vendor: Annotated[str, _text(255, strip=True)] = ""
    product_type: Annotated[str, _text(255, strip=True)] = ""
    category: str = ""
    tags: list[Tag] = Field(default_factory=list)
    status: ProductStatus = ProductStatus.ACTIVE
    published: bool = True
    options: list[OptionName] = Field(default_factory=list, max_length=3)
    attributes: dict[str, AttributeValue] = Field(default_factory=dict)
    images: list[ImageRecord] = Field(default_factory=list)
    variants: list[VariantRecord] = Field(min_length=1)

    @field_validator("category")
    @classmethod
    def _breadcrumb(cls, value: str) -> str:
        if not value.strip():
            return ""
        parts = [part.strip() for part in value.split(">")]
        if any(not part for part in parts):
            raise ValueError(f"{value!r} has an empty level (expected e.g. 'Apparel > Shirts')")
        if any(len(part) > 200 for part in parts):
            raise ValueError("each category level must be at most 200 characters")
        path = " > ".join(parts)
        if len(path) > 500:
            raise ValueError("the category path must be at most 500 characters")
        return path

    @field_validator("tags")
    @classmethod
    def _tag_set(cls, tags: list[str]) -> list[str]:
        for tag in tags:
            if "," in tag:
                raise ValueError(f"tag {tag!r} contains a comma (tags are comma-separated)")
        return sorted(set(tags))

    @field_validator("attributes")
    @classmethod
    def _attribute_keys(cls, attributes: dict[str, str]) -> dict[str, str]:
        for key in attributes:
            if not _ATTRIBUTE_KEY.match(key):
                raise ValueError(
                    f"attribute key {key!r} is not allowed (expected letters, "
                    "digits, '_' or '-', at most 100 characters)"
                )
        return dict(sorted(attributes.items()))


def product_issues(record: ProductRecord) -> list[tuple[Loc, str]]:
    """Rules across fields of one product (pydantic checks each field on its own)."""
    issues: list[tuple[Loc, str]] = []
    names = record.options
    for j, name in enumerate(names):
        if name in names[:j]:
            issues.append((("options", j), f"option name {name!r} is used twice"))
    seen_skus: dict[str, int] = {}
    seen_values: dict[tuple[str, ...], int] = {}
    for i, variant in enumerate(record.variants):
        if len(variant.options) != len(names):
            expected = ", ".join(names) if names else "none"
            first_wrong = min(len(variant.options), len(names))
            issues.append(
                (
                    ("variants", i, "options", first_wrong),
                    f"has {len(variant.options)} option value(s) but the product has "
                    f"{len(names)} option(s) ({expected})",
                )
            )
        key = tuple(variant.options)
        if key in seen_values:
            issues.append(
                (
                    ("variants", i, "options"),
                    f"option values {' / '.join(key) or '(none)'} repeat variant "
                    f"{seen_values[key] + 1}",
                )
            )
        seen_values.setdefault(key, i)
        if variant.sku is not None:
            if variant.sku in seen_skus:
                issues.append((("variants", i, "sku"), f"SKU {variant.sku!r} is used twice"))
            seen_skus.setdefault(variant.sku, i)
    return issues


class AddressRecord(_Record):
    """A delivery address; coordinates are WGS84 degrees."""

    name: Annotated[str, _text(200, strip=True)] = ""
    street: Annotated[str, _text(500, strip=True)] = ""
    city: Annotated[str, _text(200, strip=True)] = ""
    zip: Annotated[str, _text(20, strip=True)] = ""
    country: Country = ""
    latitude: Annotated[Coordinate, Field(ge=-90, le=90)] | None = None
    longitude: Annotated[Coordinate, Field(ge=-180, le=180)] | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        return check_country(value)


def check_country(value: str) -> str:
    """``""`` or an ISO 3166 alpha-2 code; lower case is accepted and upper-cased."""
    value = value.strip().upper()
    if value and not (len(value) == 2 and value.isascii() and value.isalpha()):
        raise ValueError(f"{value!r} is not a country code (expected 2 letters, e.g. US)")
    return value


class CustomerRecord(_Record):
    """A customer, created when an order names an e-mail the store does not know."""

    email: Annotated[str, _text(320, strip=True, min_length=3)]
    first_name: Annotated[str, _text(200, strip=True)] = ""
    last_name: Annotated[str, _text(200, strip=True)] = ""
    phone: Annotated[str, _text(50, strip=True, min_length=1)] | None = None
    street: Annotated[str, _text(500, strip=True)] = ""
    city: Annotated[str, _text(200, strip=True)] = ""
    zip: Annotated[str, _text(20, strip=True)] = ""
    country: Country = ""
    latitude: Annotated[Coordinate, Field(ge=-90, le=90)] | None = None
    longitude: Annotated[Coordinate, Field(ge=-180, le=180)] | None = None
    accepts_marketing: bool = False

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        return check_country(value)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if "@" not in value:
            raise ValueError(f"{value!r} is not an e-mail address (expected e.g. ann@example.com)")
        return value.lower()


class OrderLineRecord(_Record):
    """One order line; ``price`` is the unit price in the order's currency."""

    sku: Sku | None = None
    title: Annotated[str, _text(500, strip=True, min_length=1)]
    quantity: Annotated[int, Field(gt=0, le=MAX_INT)]
    price: str

    @field_validator("price")
    @classmethod
    def _money(cls, value: str, info: ValidationInfo) -> str:
        return canonical_price(value, _context_currency(info))


class StatusChangeRecord(_Record):
    """One entry of an order's status history."""

    status: OrderStatus
    at: AwareDatetime
    note: Annotated[str, _text(500)] = ""


class OrderRecord(_Record):
    """One order. Amounts are in the order's ``currency``; lines carry unit prices.

    Validate with ``context={"currency": <the order's currency>}`` so line prices are
    checked against it (readers do this).
    """

    name: Annotated[str, _text(64, strip=True, min_length=1)]
    email: Annotated[str, _text(320, strip=True)] = ""
    created_at: AwareDatetime
    currency: str
    status: OrderStatus = OrderStatus.PENDING
    financial_status: Annotated[str, _text(32, strip=True)] = ""
    fulfillment_status: Annotated[str, _text(32, strip=True)] = ""
    subtotal: str = "0"
    discount: str = "0"
    shipping: str = "0"
    total: str = "0"
    discount_code: Annotated[str, _text(100, strip=True, min_length=1)] | None = None
    shipping_address: AddressRecord = Field(default_factory=AddressRecord)
    window_start: AwareDatetime | None = None
    window_end: AwareDatetime | None = None
    promised_start: AwareDatetime | None = None
    promised_end: AwareDatetime | None = None
    lines: list[OrderLineRecord] = Field(default_factory=list)
    history: list[StatusChangeRecord] = Field(default_factory=list)
    customer: CustomerRecord | None = None

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        try:
            return check_currency(value.strip().upper())
        except InvalidInput as exc:
            raise ValueError(exc.message) from None

    @field_validator("subtotal", "discount", "shipping", "total")
    @classmethod
    def _money(cls, value: str, info: ValidationInfo) -> str:
        return canonical_price(value, info.data.get("currency"))


def order_issues(record: OrderRecord) -> list[tuple[Loc, str]]:
    """Rules across fields of one order."""
    issues: list[tuple[Loc, str]] = []
    for start, end in (("window_start", "window_end"), ("promised_start", "promised_end")):
        a, b = getattr(record, start), getattr(record, end)
        if (a is None) != (b is None):
            issues.append(((end if a is not None else start,), f"{start} and {end} go together"))
        elif a is not None and b is not None and a >= b:
            issues.append(((end,), f"must be after {start} ({a.isoformat()})"))
    return issues
