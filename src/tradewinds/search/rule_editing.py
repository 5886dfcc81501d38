"""Editing merchandising rules one at a time (the console's rules page).

The form's values arrive as text (:class:`RuleDraft`); every field is checked before
anything is written and the errors name the fields (:class:`InvalidRule`); the columns
are then made by the same function as ``add_rule`` (``merchandising.rule_columns``), so a
rule added here is the rule the command line or the API would add. Times are UTC
(``YYYY-MM-DDTHH:MM``, as a ``datetime-local`` field posts them). Every change is
recorded in the console audit in the same transaction. Rules are read by every search, so
a change applies to the next one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidFields, NotFound
from tradewinds.search.merchandising import rule_columns
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import MerchandisingRule, Product, RuleAction
from tradewinds.text import analyse

ACTIONS = tuple(a.value for a in RuleAction)
MAX_POSITION = 100
MAX_WEIGHT = 100.0
_TIME_FORMAT = "%Y-%m-%dT%H:%M"


class InvalidRule(InvalidFields):
    """Some fields are wrong; ``errors`` maps ``action``, ``product``, ``field``, ``value``,
    ``query``, ``position``, ``weight``, ``starts_at``, ``ends_at`` or ``note`` to
    ``required``, ``invalid``, ``not_found``, ``too_long``, ``no_words``, ``with_product``,
    ``out_of_range`` or ``before_start``. Nothing was written."""


@dataclass(frozen=True)
class RuleDraft:
    """A rule as the form holds it. ``product`` is a product's handle or id; without one
    the rule targets ``field`` = ``value`` (brand, category, tag or an attribute)."""

    action: str = "boost"
    product: str = ""
    field: str = ""
    value: str = ""
    query: str = ""
    position: str = ""
    weight: str = "2"
    starts_at: str = ""
    ends_at: str = ""
    note: str = ""


@dataclass(frozen=True)
class RuleEntry:
    """A stored rule as the console lists it; ``state`` is ``active``, ``scheduled`` (its
    window has not started) or ``ended``."""

    id: int
    action: str
    product_id: int | None
    product_title: str
    product_handle: str
    field: str
    value: str
    query: str
    position: int | None
    weight: float
    starts_at: datetime | None
    ends_at: datetime | None
    note: str
    state: str

    def draft(self) -> RuleDraft:
        return RuleDraft(
            self.action, self.product_handle, self.field, self.value, self.query,
            str(self.position or ""), f"{self.weight:g}", _time_text(self.starts_at),
            _time_text(self.ends_at), self.note,
        )  # fmt: skip


def _time_text(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime(_TIME_FORMAT) if value else ""


def _state(rule: MerchandisingRule, now: datetime) -> str:
    if rule.ends_at and rule.ends_at <= now:
        return "ended"
    if rule.starts_at and rule.starts_at > now:
        return "scheduled"
    return "active"


def _entry(session: Session, rule: MerchandisingRule, now: datetime) -> RuleEntry:
    product = session.get(Product, rule.product_id) if rule.product_id else None
    return RuleEntry(
        rule.id, rule.action.value, rule.product_id, product.title if product else "",
        product.handle if product else "", rule.field or "", rule.value or "", rule.query,
        rule.position, rule.weight, rule.starts_at, rule.ends_at, rule.note, _state(rule, now),
    )  # fmt: skip


def rule_entries(db: Database, tenant_id: int) -> list[RuleEntry]:
    """The tenant's merchandising rules, oldest first."""
    now = utcnow()
    with tenant_session(db, tenant_id) as session:
        rules = session.scalars(select(MerchandisingRule).order_by(MerchandisingRule.id))
        return [_entry(session, r, now) for r in rules]


def rule_entry(db: Database, tenant_id: int, rule_id: int) -> RuleEntry:
    """One of the tenant's rules; ``NotFound`` for another shop's or a deleted one."""
    with tenant_session(db, tenant_id) as session:
        return _entry(session, _row(session, rule_id), utcnow())


def _row(session: Session, rule_id: int) -> MerchandisingRule:
    rule = session.get(MerchandisingRule, rule_id)
    if rule is None:
        raise NotFound(f"no merchandising rule {rule_id}")
    return rule


def _product(session: Session, text: str, errors: dict[str, str]) -> int | None:
    text = text.strip()
    if not text:
        return None
    by_id = text.isascii() and text.isdigit() and len(text) <= 18
    wanted = Product.id == int(text) if by_id else Product.handle == text
    found = session.scalar(select(Product.id).where(wanted))
    if found is None:
        errors["product"] = "not_found"
    return found


def _number(text: str, name: str, errors: dict[str, str], low: float, high: float) -> float:
    try:
        number = float(text.strip())
    except ValueError:
        errors[name] = "required" if not text.strip() else "invalid"
        return 0.0
    if not low <= number <= high:
        errors[name] = "out_of_range"
    return number


def _time(text: str, name: str, errors: dict[str, str]) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.strptime(text[:16], _TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        errors[name] = "invalid"
        return None


def _checked(session: Session, draft: RuleDraft) -> dict[str, Any]:
    errors: dict[str, str] = {}
    action = draft.action if draft.action in ACTIONS else ""
    if not action:
        errors["action"] = "invalid"
    product_id = _product(session, draft.product, errors)
    field, value = draft.field.strip(), draft.value.strip()
    if draft.product.strip():
        if field or value:
            errors["field"] = "with_product"
    elif action == RuleAction.PIN:
        errors["product"] = "required"
    elif not field:
        errors["field"] = "required"
    elif not value:
        errors["value"] = "required"
    for name, text, limit in (("field", field, 100), ("value", value, 500),
                              ("query", draft.query, 500), ("note", draft.note, 500)):  # fmt: skip
        if len(text) > limit:
            errors[name] = "too_long"
    if draft.query.strip() and not analyse(draft.query):
        errors["query"] = "no_words"
    position = None
    if action == RuleAction.PIN:
        position = int(_number(draft.position, "position", errors, 1, MAX_POSITION))
        if "position" not in errors and not draft.position.strip().isdigit():
            errors["position"] = "invalid"  # a whole number: 1.5 is no slot
    weight = 2.0
    if action in (RuleAction.BOOST, RuleAction.BURY):
        weight = _number(draft.weight, "weight", errors, 0.01, MAX_WEIGHT)
    starts_at = _time(draft.starts_at, "starts_at", errors)
    ends_at = _time(draft.ends_at, "ends_at", errors)
    if starts_at and ends_at and ends_at <= starts_at:
        errors["ends_at"] = "before_start"
    if errors:
        raise InvalidRule(errors)
    return rule_columns(
        action, product_id=product_id, field=None if product_id else field,
        value=None if product_id else value, query=draft.query, position=position,
        weight=weight, starts_at=starts_at, ends_at=ends_at, note=draft.note.strip(),
    )  # fmt: skip


def _audited(rule: MerchandisingRule) -> dict[str, Any]:
    """A rule's values as the audit keeps them (times as ISO text)."""
    return {
        "action": rule.action.value, "product_id": rule.product_id, "field": rule.field,
        "value": rule.value, "query": rule.query, "position": rule.position,
        "weight": rule.weight, "starts_at": rule.starts_at.isoformat() if rule.starts_at else None,
        "ends_at": rule.ends_at.isoformat() if rule.ends_at else None, "note": rule.note,
    }  # fmt: skip


def save_rule(
    db: Database, tenant_id: int, draft: RuleDraft, actor: Actor, rule_id: int | None = None
) -> RuleEntry:
    """Add a rule (``rule_id`` None) or change one; checked whole, audited.

    Raises
    ------
    InvalidRule
        Naming every wrong field; nothing is written.
    NotFound
        ``rule_id`` is not one of the tenant's rules.
    """
    with tenant_session(db, tenant_id) as session:
        rule = _row(session, rule_id) if rule_id is not None else MerchandisingRule()
        before = _audited(rule) if rule_id is not None else {}
        for name, value in _checked(session, draft).items():
            setattr(rule, name, value)
        if rule_id is None:
            session.add(rule)
        after = _audited(rule)
        if after == before:
            return _entry(session, rule, utcnow())  # nothing changed: nothing recorded
        session.flush()
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        target = f"product {rule.product_id}" if rule.product_id else f"{rule.field}={rule.value}"
        record_change(
            session, actor, "search.rule.update" if before else "search.rule.add",
            ("search_rule", rule.id), f"rule {rule.id}: {rule.action.value} {target}",
            {k: before[k] for k in changed} if before else {}, changed if before else after,
        )  # fmt: skip
        return _entry(session, rule, utcnow())


def delete_rule(db: Database, tenant_id: int, rule_id: int, actor: Actor) -> None:
    """Delete one of the tenant's rules (audited); ``NotFound`` if it is not one."""
    with tenant_session(db, tenant_id) as session:
        rule = _row(session, rule_id)
        record_change(
            session, actor, "search.rule.delete", ("search_rule", rule.id),
            f"rule {rule.id} deleted: {rule.action.value}", _audited(rule), {},
        )  # fmt: skip
        session.delete(rule)
