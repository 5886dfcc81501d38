"""Copy drafts: a proposed listing copy of one product in one language, checked against the
product's facts when it is written and whenever it is edited.

A draft is ``pending`` until someone approves or rejects it (:mod:`.review`); an approved
draft may be published (:mod:`.publish`), and the published one becomes ``superseded``
when another copy of the same product and language is published. Nothing here publishes:
every step is an explicit call, and every change is recorded in the console's audit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.merchant.checker import check_copy
from tradewinds.merchant.copy_settings import copy_settings
from tradewinds.merchant.duplicates import DuplicateIndex
from tradewinds.merchant.facts import facts_from_product
from tradewinds.merchant.findings import CopyCheck, Finding
from tradewinds.merchant.listing import ListingCopy, Origin
from tradewinds.staff import COMMAND_LINE, Actor, record_change
from tradewinds.store.tables import CopyDraft, Product

STATUSES = ("pending", "approved", "rejected", "published", "superseded")
"""Every status of a draft, in the order a draft usually goes through them."""

ORIGINS: tuple[str, ...] = get_args(Origin)
MAX_LIST = 500


@dataclass(frozen=True)
class Draft:
    """A draft as the library, the CLI and the API show it."""

    id: int
    handle: str
    language: str
    status: str
    copy: ListingCopy
    check: CopyCheck
    author: str
    template: str
    created_at: datetime
    updated_at: datetime
    reviewed_by: str
    reviewed_at: datetime | None
    published_at: datetime | None

    @property
    def blocking(self) -> list[Finding]:
        """The findings that keep this draft from being published."""
        return [f for f in self.check.findings if f.severity == "block"]

    def to_dict(self) -> dict[str, Any]:
        """The draft as a JSON object (times in ISO 8601, UTC)."""
        return {
            "id": self.id,
            "handle": self.handle,
            "language": self.language,
            "status": self.status,
            "copy": self.copy.to_dict(),
            **self.check.to_dict(),
            "author": self.author,
            "template": self.template,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "reviewed_by": self.reviewed_by,
            "reviewed_at": _iso(self.reviewed_at),
            "published_at": _iso(self.published_at),
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def draft_of(row: CopyDraft, handle: str) -> Draft:
    findings = tuple(Finding(**f) for f in row.findings)
    return Draft(
        row.id, handle, row.language, row.status, ListingCopy.from_dict(row.copy),
        CopyCheck(findings), row.author, row.template, row.created_at, row.updated_at,
        row.reviewed_by, row.reviewed_at, row.published_at,
    )  # fmt: skip


def product_by_handle(session: Session, handle: str) -> Product:
    """The session's tenant's product ``handle`` (handles only: ids are not guessed)."""
    product = session.scalars(select(Product).where(Product.handle == handle)).one_or_none()
    if product is None:
        raise NotFound(f"no product with handle {handle!r}", details={"handle": handle})
    return product


def check_listing(
    session: Session, product: Product, copy: ListingCopy, duplicates: DuplicateIndex | None
) -> CopyCheck:
    """Check ``copy`` against ``product``'s facts under the tenant's policy; refuse a copy
    that breaks the listing rules (empty title, bullet count, over-long SEO fields)."""
    problems = copy.problems()
    if copy.origin not in ORIGINS:
        problems.append(f"origin: {copy.origin!r}, expected one of {', '.join(ORIGINS)}")
    if problems:
        raise InvalidInput("listing copy: " + "; ".join(problems), details={"problems": problems})
    policy = copy_settings(session).policy
    facts = facts_from_product(product)
    return check_copy(facts, copy.text(), copy.language, policy=policy, duplicates=duplicates)


def draft_row(session: Session, draft_id: int, *, lock: bool = False) -> tuple[CopyDraft, Product]:
    """The draft's row and its product; ``lock``: read afresh and locked until the
    transaction ends, so a review decision and an edit of one draft cannot interleave (an
    approval never lands on text edited after it was read)."""
    row = session.get(CopyDraft, draft_id, populate_existing=lock, with_for_update=lock)
    if row is None:  # another tenant's draft is invisible, like a missing one
        raise NotFound(f"no copy draft {draft_id}", details={"draft": draft_id})
    product = session.get(Product, row.product_id)
    assert product is not None  # drafts are deleted with their product
    return row, product


def create_draft(
    session: Session,
    handle: str,
    copy: ListingCopy,
    *,
    actor: Actor = COMMAND_LINE,
    template: str = "",
    duplicates: DuplicateIndex | None = None,
) -> Draft:
    """Store ``copy`` as a pending draft of product ``handle``, checked against its facts.

    Parameters
    ----------
    session
        A tenant-scoped session; the draft and its audit record commit with it.
    handle
        The product's handle.
    copy
        The proposed copy (generated, or written by the merchant).
    actor
        Who asks (a staff member, or :data:`~tradewinds.staff.COMMAND_LINE`).
    template
        The generation template that wrote it, if any.
    duplicates
        Other products' copies, to report near-duplicates.

    Returns
    -------
    Draft
        The stored draft with its findings and verdict.

    Raises
    ------
    NotFound
        No product ``handle`` in this tenant.
    InvalidInput
        An unsupported language (the error lists the supported ones) or a copy that
        breaks the listing rules.
    """
    product = product_by_handle(session, handle)
    check = check_listing(session, product, copy, duplicates)
    row = CopyDraft(
        product_id=product.id, language=copy.language, status="pending", copy=copy.to_dict(),
        origin=copy.origin, model=copy.model, template=template[:100], author=actor.label,
        verdict=check.verdict, findings=[stored_finding(f) for f in check.findings],
        reviewed_by="",
    )  # fmt: skip
    session.add(row)
    session.flush()
    record_change(
        session, actor, "copy.draft", ("copy_draft", row.id),
        f"{handle} ({copy.language}): draft by {copy.origin}, {check.verdict}",
        {}, {"handle": handle, "language": copy.language, "verdict": check.verdict},
    )  # fmt: skip
    return draft_of(row, handle)


def stored_finding(finding: Finding) -> dict[str, Any]:
    """A finding as stored with its draft (offsets always present)."""
    data = finding.to_dict()
    data.setdefault("start", -1)
    data.setdefault("end", -1)
    return data


def get_draft(session: Session, draft_id: int) -> Draft:
    """The session's tenant's draft ``draft_id``.

    Raises
    ------
    NotFound
        No such draft in this tenant (another tenant's drafts are invisible).
    """
    row, product = draft_row(session, draft_id)
    return draft_of(row, product.handle)


def list_drafts(
    session: Session,
    *,
    status: str | None = None,
    handle: str | None = None,
    language: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[Draft]:
    """The tenant's drafts, newest first, filtered by status, product and language.

    Raises
    ------
    InvalidInput
        ``status`` is not one of :data:`STATUSES`.
    NotFound
        ``handle`` names no product of this tenant.
    """
    if status is not None and status not in STATUSES:
        raise InvalidInput(f"status {status!r}: expected one of {', '.join(STATUSES)}")
    stmt = select(CopyDraft, Product.handle).join(Product, Product.id == CopyDraft.product_id)
    if status is not None:
        stmt = stmt.where(CopyDraft.status == status)
    if handle is not None:
        stmt = stmt.where(CopyDraft.product_id == product_by_handle(session, handle).id)
    if language is not None:
        stmt = stmt.where(CopyDraft.language == language)
    stmt = stmt.order_by(CopyDraft.id.desc()).limit(max(1, min(limit, MAX_LIST)))
    return [draft_of(row, name) for row, name in session.execute(stmt.offset(max(0, offset)))]
