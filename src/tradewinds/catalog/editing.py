"""Saving a product edited in the console: checked whole, written whole, recorded, indexed.

* Every value is checked before anything is written; the errors name the form's fields
  (``title``, ``variants.12.price``, ``attributes.0.key``) with what is wrong
  (:class:`InvalidProductEdit`).
* A save carries the version (``updated_at``) its editor loaded. The write starts with a
  compare-and-set of that version, so of two editors saving the same product the second is
  refused with :class:`EditConflict`, which lists what the first changed (from the console
  audit) instead of overwriting it. A change made elsewhere (an import, the API) moves the
  version too.
* The change is recorded in the console audit in the same transaction, then the product is
  reindexed through the search capability, so a new price is searchable at once (the
  index's own catch-up would find it within a second anyway).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from tradewinds.catalog.drafts import MAX_ATTRIBUTES, ProductDraft, draft_of, money_text
from tradewinds.core.errors import Conflict, InvalidFields, InvalidInput, NotFound, TradewindsError
from tradewinds.core.money import parse_money
from tradewinds.core.settings import Settings
from tradewinds.search import index_products
from tradewinds.staff import Actor, Change, changes_since, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import Product, ProductAttribute, ProductStatus, Variant

log = logging.getLogger(__name__)
MAX_STOCK = 10_000_000
MAX_PRICE_MINOR = 10**12
_ATTEMPTS = 3


class InvalidProductEdit(InvalidFields):
    """Some values are wrong; ``errors`` maps form field names to ``required``,
    ``too_long``, ``invalid``, ``negative``, ``too_large``, ``below_price`` or
    ``duplicate``. Nothing was written."""


class EditConflict(Conflict):
    """The product changed since the editor loaded it; ``changes`` are the console's
    records of what changed (empty when it was changed outside the console)."""

    def __init__(self, changes: list[Change], current: ProductDraft) -> None:
        super().__init__(
            "the product was changed by someone else since it was opened",
            details={"changes": [c.summary for c in changes]},
        )
        self.changes = changes
        self.current = current


def _text(errors: dict[str, str], name: str, value: str, limit: int, required: bool) -> str:
    value = value.strip()
    if required and not value:
        errors[name] = "required"
    elif len(value) > limit:
        errors[name] = "too_long"
    return value


def _price(errors: dict[str, str], name: str, value: str, currency: str) -> int | None:
    if not value.strip():
        return None
    try:
        minor = parse_money(value, currency).minor
    except InvalidInput:
        errors[name] = "invalid"
        return None
    if minor < 0:
        errors[name] = "negative"
    elif minor > MAX_PRICE_MINOR:
        errors[name] = "too_large"
    return minor


def _stock(errors: dict[str, str], name: str, value: str) -> int:
    text = value.strip()
    if not text.lstrip("-").isdigit():
        errors[name] = "required" if not text else "invalid"
        return 0
    stock = int(text)
    if stock < 0:
        errors[name] = "negative"
    elif stock > MAX_STOCK:
        errors[name] = "too_large"
    return stock


def _checked(draft: ProductDraft, variants: dict[int, Variant]) -> dict[str, Any]:
    """The draft's values, parsed; raises InvalidProductEdit naming every wrong field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {
        "title": _text(errors, "title", draft.title, 500, True),
        # Browsers send a textarea's line ends as CRLF: not a change of the description.
        "description": draft.description.replace("\r\n", "\n"),
        "published": draft.published,
    }
    if len(values["description"]) > 100_000:
        errors["description"] = "too_long"
    if draft.status not in {s.value for s in ProductStatus}:
        errors["status"] = "invalid"
    values["status"] = draft.status
    attributes: dict[str, str] = {}
    for i, (key, value) in enumerate(draft.attributes[:MAX_ATTRIBUTES]):
        key = _text(errors, f"attributes.{i}.key", key, 100, False)
        value = _text(errors, f"attributes.{i}.value", value, 1000, bool(key))
        if key and key in attributes:
            errors[f"attributes.{i}.key"] = "duplicate"
        elif key:
            attributes[key] = value
    values["attributes"] = attributes
    for v in draft.variants:
        if v.id not in variants:  # another product's or shop's variant: not ours to touch
            raise NotFound(f"no variant {v.id} in this product", details={"variant": v.id})
        name, currency = f"variants.{v.id}", variants[v.id].currency
        price = _price(errors, f"{name}.price", v.price, currency)
        if price is None and f"{name}.price" not in errors:
            errors[f"{name}.price"] = "required"
        compare_at = _price(errors, f"{name}.compare_at", v.compare_at, currency)
        if price is not None and compare_at is not None and compare_at <= price:
            errors.setdefault(f"{name}.compare_at", "below_price")
        values[name] = (price, compare_at, _stock(errors, f"{name}.stock", v.stock))
    if errors:
        raise InvalidProductEdit(errors)
    return values


def _apply(product: Product, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Write ``values`` onto ``product``; returns (before, after) of what differed."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}

    def note(key: str, old: Any, new: Any) -> None:
        if old != new:
            before[key], after[key] = old, new

    for name in ("title", "published"):
        note(name, getattr(product, name), values[name])
        setattr(product, name, values[name])
    note("description", product.body_html, values["description"])
    product.body_html = values["description"]
    note("status", product.status.value, values["status"])
    product.status = ProductStatus(values["status"])
    old_attributes = {a.key: a.value for a in product.attributes}
    for key in old_attributes.keys() | values["attributes"].keys():
        note(f"attribute {key}", old_attributes.get(key), values["attributes"].get(key))
    if old_attributes != values["attributes"]:
        product.attributes = [
            ProductAttribute(key=k, value=v) for k, v in sorted(values["attributes"].items())
        ]
    for variant in product.variants:
        if f"variants.{variant.id}" not in values:
            continue
        price, compare_at, stock = values[f"variants.{variant.id}"]
        label, currency = variant.sku or variant.title, variant.currency
        note(f"{label} price", _money(variant.price_minor, currency), _money(price, currency))
        note(
            f"{label} compare-at price",
            _money(variant.compare_at_minor, currency),
            _money(compare_at, currency),
        )
        note(f"{label} stock", variant.inventory_qty, stock)
        variant.price_minor, variant.compare_at_minor, variant.inventory_qty = (
            price, compare_at, stock,
        )  # fmt: skip
    return before, after


def _money(minor: int | None, currency: str) -> str | None:
    """ "19.99 USD" as the audit shows a price (None for no compare-at price)."""
    return None if minor is None else f"{money_text(minor, currency)} {currency}"


def _version(text: str) -> datetime | None:
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


def save_product(
    db: Database, tenant_id: int, draft: ProductDraft, actor: Actor, settings: Settings
) -> ProductDraft:
    """Save ``draft`` over product ``draft.id`` if it is still at ``draft.version``.

    Returns the saved product's new draft. Raises :class:`InvalidProductEdit` (nothing
    written), :class:`EditConflict` (nothing written) or ``NotFound`` (another shop's or
    an unknown product or variant).
    """
    for _attempt in range(_ATTEMPTS):
        try:
            saved, changed = _save(db, tenant_id, draft, actor)
        except OperationalError as error:
            if "locked" not in str(error.orig):
                raise
            # SQLite: another write committed after this transaction read; try again, and
            # the version check tells whether it was a save of this product.
            continue
        if changed:
            log.info("product saved", extra={"tenant_id": tenant_id, "product_id": draft.id})
            _reindex(db, tenant_id, draft.id, settings)
        return saved
    raise Conflict("the shop is busy saving other changes; please save again")


def _save(
    db: Database, tenant_id: int, draft: ProductDraft, actor: Actor
) -> tuple[ProductDraft, bool]:
    """One attempt: (the product's draft now, whether anything was written)."""
    subject = ("product", draft.id)
    with tenant_session(db, tenant_id) as session:
        product = session.get(Product, draft.id)
        if product is None:
            raise NotFound(f"no product {draft.id} in this shop", details={"product": draft.id})
        values = _checked(draft, {v.id: v for v in product.variants})
        seen = _version(draft.version)
        now = utcnow()
        claimed = session.execute(  # compare-and-set: the version moves only once
            update(Product)
            .where(Product.id == draft.id, Product.updated_at == seen)
            .values(updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if seen is None or getattr(claimed, "rowcount", 0) != 1:
            session.rollback()
            session.expire_all()
            fresh = _loaded(session.get(Product, draft.id))
            raise EditConflict(changes_since(session, subject, seen or now), draft_of(fresh))
        product.updated_at = now
        before, after = _apply(product, values)
        if not after:  # nothing differs: the version stays, nothing is recorded
            session.rollback()
            return draft_of(_loaded(session.get(Product, draft.id))), False
        record_change(
            session, actor, "product.update", subject,
            f"{product.title}: " + ", ".join(sorted(after)), _jsonable(before), _jsonable(after),
        )  # fmt: skip
        session.flush()
        return draft_of(product), True


def _loaded(product: Product | None) -> Product:
    if product is None:  # deleted while being edited
        raise NotFound("the product no longer exists")
    return product


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if v is None or isinstance(v, (bool, int, str)) else str(v) for k, v in values.items()
    }


def _reindex(db: Database, tenant_id: int, product_id: int, settings: Settings) -> None:
    try:
        index_products(db, tenant_id, [product_id], settings)
    except TradewindsError as error:  # the index catches up by itself before the next search
        log.warning("product %s not reindexed now: %s", product_id, error.message)
