"""The review queue: a page of a tenant's drafts filtered by status, language and who wrote
them (``origin``), with the number of drafts the filters match, for a reviewer paging
through them (the console's AI tools page). :func:`list_drafts` is the API's list; this is
the same query with the origin filter and a count.

A note a model left on a generated copy (``ListingCopy.notes``) says when the model did
not write it; :func:`model_failure` finds that note, so a caller that asked for a model's
copy can refuse the templates' fallback instead of storing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.merchant.drafts import MAX_LIST, ORIGINS, STATUSES, Draft, draft_of
from tradewinds.merchant.listing import ListingCopy
from tradewinds.store.tables import CopyDraft, Product

MODEL_FAILURE_NOTES = ("model copy failed", "model phrasing skipped")
"""How :mod:`.generate` begins the note of a model that was down, over budget or refused."""


@dataclass(frozen=True)
class DraftPage:
    """One page of the queue: its drafts, newest first, and how many match in all."""

    drafts: tuple[Draft, ...]
    total: int
    offset: int
    limit: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.drafts) < self.total


def draft_queue(
    session: Session,
    *,
    status: str | None = None,
    language: str | None = None,
    origin: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> DraftPage:
    """A page of the session's tenant's drafts, newest first.

    Parameters
    ----------
    session
        A tenant-scoped session.
    status, language, origin
        Filters (``None``: any); ``origin`` is who wrote the copy: ``ai``, ``template``,
        ``merchant`` or ``mixed``.
    limit, offset
        The page (``limit`` 1 to 500).

    Raises
    ------
    InvalidInput
        An unknown status or origin (the message lists the known ones).
    """
    if status is not None and status not in STATUSES:
        raise InvalidInput(f"status {status!r}: expected one of {', '.join(STATUSES)}")
    if origin is not None and origin not in ORIGINS:
        raise InvalidInput(f"origin {origin!r}: expected one of {', '.join(ORIGINS)}")
    conditions = []
    if status is not None:
        conditions.append(CopyDraft.status == status)
    if language is not None:
        conditions.append(CopyDraft.language == language)
    if origin is not None:
        conditions.append(CopyDraft.origin == origin)
    limit, offset = max(1, min(limit, MAX_LIST)), max(0, offset)
    total = session.scalar(select(func.count(CopyDraft.id)).where(*conditions)) or 0
    stmt = (
        select(CopyDraft, Product.handle)
        .join(Product, Product.id == CopyDraft.product_id)
        .where(*conditions)
        .order_by(CopyDraft.id.desc())
        .limit(limit)
        .offset(offset)
    )
    drafts = tuple(draft_of(row, handle) for row, handle in session.execute(stmt))
    return DraftPage(drafts, total, offset, limit)


def model_failure(copy: ListingCopy) -> str | None:
    """The note saying a model was asked but did not write ``copy`` (down, over the
    tenant's budget, refused by moderation, or unreadable), or None.

    >>> model_failure(ListingCopy("en", "Mug", notes=("model copy failed (x): down",)))
    'model copy failed (x): down'
    >>> model_failure(ListingCopy("en", "Mug")) is None
    True
    """
    return next((n for n in copy.notes if n.startswith(MODEL_FAILURE_NOTES)), None)
