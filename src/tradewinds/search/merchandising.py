"""Merchandising rules: pin, hide, boost or bury products by id or attribute.

Rules live in ``merchandising_rules`` (per tenant). A rule applies when it is active now
(``starts_at`` ≤ now < ``ends_at``, either bound optional) and its ``query`` is empty or
all of its words are among the search's words. Every rule that changed a result is named
in that result's explain output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.search.documents import SearchDocument
from tradewinds.store.base import utcnow
from tradewinds.store.tables import MerchandisingRule, RuleAction
from tradewinds.text import analyse

PSEUDO_FIELDS = ("brand", "category", "tag")


@dataclass(frozen=True)
class ActiveRule:
    id: int
    action: RuleAction
    product_id: int | None
    field: str | None
    value: str | None
    position: int | None
    weight: float

    def matches(self, doc: SearchDocument) -> bool:
        if self.product_id is not None:
            return doc.id == self.product_id
        if not self.field or self.value is None:
            return False
        wanted = self.value.strip().lower()
        if self.field == "brand":
            return doc.brand.lower() == wanted
        if self.field == "category":
            path = doc.category.lower()
            return path == wanted or path.startswith(wanted + " > ")
        if self.field == "tag":
            return wanted in {t.lower() for t in doc.tags}
        value = doc.attributes.get(self.field.lower(), "")
        return wanted in {v.strip().lower() for v in value.split(",")}

    def label(self) -> str:
        target = f"product {self.product_id}" if self.product_id else f"{self.field}={self.value}"
        extra = f" at {self.position}" if self.action is RuleAction.PIN else ""
        if self.action in (RuleAction.BOOST, RuleAction.BURY):
            extra = f" x{self.weight:g}"
        return f"rule {self.id}: {self.action.value} {target}{extra}"


def add_rule(
    session: Session,
    action: str,
    *,
    product_id: int | None = None,
    field: str | None = None,
    value: str | None = None,
    query: str = "",
    position: int | None = None,
    weight: float = 2.0,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    note: str = "",
) -> MerchandisingRule:
    """Validate and store a rule; ``InvalidInput`` says what is missing or wrong."""
    rule = MerchandisingRule(
        **rule_columns(
            action, product_id=product_id, field=field, value=value, query=query,
            position=position, weight=weight, starts_at=starts_at, ends_at=ends_at, note=note,
        )
    )  # fmt: skip
    session.add(rule)
    session.flush()
    return rule


def rule_columns(
    action: str,
    *,
    product_id: int | None,
    field: str | None,
    value: str | None,
    query: str,
    position: int | None,
    weight: float,
    starts_at: datetime | None,
    ends_at: datetime | None,
    note: str,
) -> dict[str, Any]:
    """A rule's checked and normalised column values (the query as analysed words);
    ``InvalidInput`` says what is missing or wrong. Adding and editing both go through it."""
    try:
        kind = RuleAction(action)
    except ValueError:
        raise InvalidInput(
            f"unknown rule action {action!r} (expected: pin, hide, boost, bury)"
        ) from None
    if (product_id is None) == (field is None):
        raise InvalidInput("a rule targets either a product (product_id) or field=value, not both")
    if field is not None and not value:
        raise InvalidInput(f"rule on field {field!r} needs a value")
    if kind is RuleAction.PIN and (product_id is None or not position or position < 1):
        raise InvalidInput("a pin rule needs a product and a position ≥ 1")
    if weight <= 0:
        raise InvalidInput(f"Expected weight > 0, got {weight}.")
    if starts_at and ends_at and ends_at <= starts_at:
        raise InvalidInput("ends_at must be after starts_at")
    return {
        "action": kind,
        "product_id": product_id,
        "field": field.lower() if field else None,
        "value": value,
        "query": " ".join(analyse(query)),
        "position": position,
        "weight": weight,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "note": note,
    }


def active_rules(session: Session, tokens: Sequence[str]) -> list[ActiveRule]:
    """Rules in force now for a search with these analysed ``tokens``."""
    now = utcnow()
    words = set(tokens)
    found = []
    for rule in session.scalars(select(MerchandisingRule).order_by(MerchandisingRule.id)):
        if (rule.starts_at and rule.starts_at > now) or (rule.ends_at and rule.ends_at <= now):
            continue
        if rule.query and not set(rule.query.split()) <= words:
            continue
        found.append(
            ActiveRule(
                rule.id,
                rule.action,
                rule.product_id,
                rule.field,
                rule.value,
                rule.position,
                rule.weight,
            )
        )
    return found
