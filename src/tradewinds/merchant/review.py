"""Reviewing a draft: approve, reject, or edit it (an edit is checked again and goes back
to ``pending``). Each decision is recorded in the console's audit with its before and
after."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher

from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput
from tradewinds.merchant.drafts import (
    Draft,
    check_listing,
    draft_of,
    draft_row,
    stored_finding,
)
from tradewinds.merchant.duplicates import DuplicateIndex
from tradewinds.merchant.findings import Finding
from tradewinds.merchant.listing import ListingCopy, Origin
from tradewinds.staff import COMMAND_LINE, Actor, record_change
from tradewinds.store.base import utcnow
from tradewinds.store.tables import CopyDraft

KEPT = 0.5
"""An edited field that keeps at least this share of a model's text is still partly the
model's (SequenceMatcher ratio)."""

_FIELDS = ("title", "bullets", "description", "seo_title", "meta_description")


def blocking_summary(findings: Iterable[Finding]) -> str:
    """The blocking findings, separated by ``;``: kind, claim, the fact and its source."""
    return "; ".join(
        f"{f.kind}: {f.claim!r} vs {f.fact!r}" + (f" ({f.source})" if f.source else "")
        for f in findings
        if f.severity == "block"
    )


def approve(session: Session, draft_id: int, *, actor: Actor = COMMAND_LINE) -> Draft:
    """Approve a pending (or rejected) draft for publishing.

    Raises
    ------
    Conflict
        The draft is already approved, published or superseded, or a finding blocks it
        (the message names each blocking finding; edit the draft or change the policy).
    """
    row, product = draft_row(session, draft_id, lock=True)
    draft = draft_of(row, product.handle)
    if row.status not in ("pending", "rejected"):
        raise Conflict(f"copy draft {draft_id} is {row.status}; only a pending or rejected "
                       "draft can be approved")  # fmt: skip
    if draft.blocking:
        raise Conflict(
            f"copy draft {draft_id} cannot be approved: {blocking_summary(draft.blocking)}",
            details={"findings": [f.to_dict() for f in draft.blocking]},
        )
    return _decide(session, row, product.handle, "approved", actor, "")


def reject(
    session: Session, draft_id: int, *, actor: Actor = COMMAND_LINE, reason: str = ""
) -> Draft:
    """Reject a pending or approved draft (``reason`` goes to the audit).

    Raises
    ------
    Conflict
        The draft is already rejected, published or superseded.
    """
    row, product = draft_row(session, draft_id, lock=True)
    if row.status not in ("pending", "approved"):
        raise Conflict(f"copy draft {draft_id} is {row.status}; only a pending or approved "
                       "draft can be rejected")  # fmt: skip
    return _decide(session, row, product.handle, "rejected", actor, reason)


def _decide(
    session: Session, row: CopyDraft, handle: str, status: str, actor: Actor, reason: str
) -> Draft:
    before = row.status
    row.status = status
    row.reviewed_by = actor.label
    row.reviewed_at = row.updated_at = utcnow()
    summary = f"{handle} ({row.language}): {status}" + (f" — {reason[:300]}" if reason else "")
    record_change(
        session, actor, "copy.approve" if status == "approved" else "copy.reject",
        ("copy_draft", row.id), summary, {"status": before},
        {"status": status, **({"reason": reason[:1000]} if reason else {})},
    )  # fmt: skip
    session.flush()
    return draft_of(row, handle)


def edited_origin(before: ListingCopy, after: ListingCopy) -> Origin:
    """Who wrote ``after``, a person's edit of ``before``: ``mixed`` while a field keeps most
    of a model's text, else ``merchant`` (templates are not a model: editing their text
    makes it the merchant's)."""
    if not before.ai_generated:
        return "merchant"
    for name in _FIELDS:
        old, new = _field_text(before, name), _field_text(after, name)
        if old and new and SequenceMatcher(None, old, new, autojunk=False).ratio() >= KEPT:
            return "mixed"
    return "merchant"


def _field_text(copy: ListingCopy, name: str) -> str:
    value = getattr(copy, name)
    return "\n".join(value) if isinstance(value, tuple) else str(value)


def edit(
    session: Session,
    draft_id: int,
    copy: ListingCopy,
    *,
    actor: Actor = COMMAND_LINE,
    duplicates: DuplicateIndex | None = None,
) -> Draft:
    """Replace a draft's text with a person's edit; it is checked again and goes back to
    ``pending`` (an approval was of the old text).

    ``copy.origin`` is ignored: the edit is ``merchant``, or ``mixed`` when it keeps most of
    a field a model wrote (it then still carries the AI-generated label).

    Raises
    ------
    Conflict
        The draft is published or superseded (write a new draft instead).
    InvalidInput
        The edit changes the language, or breaks the listing rules.
    """
    row, product = draft_row(session, draft_id, lock=True)
    if row.status in ("published", "superseded"):
        raise Conflict(f"copy draft {draft_id} is {row.status}; create a new draft instead")
    before = ListingCopy.from_dict(row.copy)
    if copy.language != before.language:
        raise InvalidInput(
            f"language: the edit is {copy.language!r} but draft {draft_id} is "
            f"{before.language!r} (create a new draft for another language)"
        )
    origin = edited_origin(before, copy)
    model = before.model if origin == "mixed" else None
    edited = replace(copy, origin=origin, model=model)
    check = check_listing(session, product, edited, duplicates)
    old = {"status": row.status, "verdict": row.verdict, "copy": row.copy}
    row.copy, row.origin, row.model = edited.to_dict(), origin, model
    row.verdict, row.findings = check.verdict, [stored_finding(f) for f in check.findings]
    row.status, row.reviewed_by, row.reviewed_at = "pending", "", None
    row.updated_at = utcnow()
    record_change(
        session, actor, "copy.edit", ("copy_draft", row.id),
        f"{product.handle} ({row.language}): edited, {origin}, {check.verdict}",
        old, {"status": "pending", "verdict": check.verdict, "copy": row.copy},
    )  # fmt: skip
    session.flush()
    return draft_of(row, product.handle)
