"""The console's audit: every change made there, with who, what, before and after, when.

Not the compliance audit log (``tradewinds.compliance``): that one keeps one record per AI
generation (texts or their hashes, moderation scores, the signed label), purged after
``compliance.audit_retention_days`` and held by complaints. A console change is a
structured difference of the merchant's own data made by a named person; it shares none of
those columns and must not be purged with generations. So it has its own table,
``console_changes``, written in the same transaction as the change it records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ConsoleChange

MAX_PAGE = 200


@dataclass(frozen=True)
class Actor:
    """Who makes a change: a signed-in staff member, or the command line (``id`` None)."""

    id: int | None
    email: str

    @property
    def label(self) -> str:
        return self.email or "command line"


COMMAND_LINE = Actor(None, "")


@dataclass(frozen=True)
class Change:
    """One recorded change, as the audit page shows it."""

    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    summary: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True)
class ChangePage:
    changes: list[Change]
    total: int


def record_change(
    session: Session,
    actor: Actor,
    action: str,
    subject: tuple[str, str | int],
    summary: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """Add the record of one change to ``session`` (a tenant-scoped session that is making
    the change, so both commit or neither)."""
    kind, key = subject
    session.add(
        ConsoleChange(
            actor_id=actor.id,
            actor_email=actor.email,
            action=action,
            subject_type=kind,
            subject_id=str(key),
            summary=summary[:500],
            before=before,
            after=after,
        )
    )


def _change(row: ConsoleChange) -> Change:
    return Change(
        row.id, row.created_at, row.actor_email or COMMAND_LINE.label, row.action,
        row.subject_type, row.subject_id, row.summary, dict(row.before), dict(row.after),
    )  # fmt: skip


def list_changes(
    db: Database,
    tenant_id: int,
    *,
    subject: tuple[str, str | int] | None = None,
    limit: int = 50,
    offset: int = 0,
) -> ChangePage:
    """The tenant's console changes, newest first; only ``subject``'s when given."""
    limit = max(1, min(limit, MAX_PAGE))
    stmt = select(ConsoleChange)
    if subject is not None:
        stmt = stmt.where(
            ConsoleChange.subject_type == subject[0], ConsoleChange.subject_id == str(subject[1])
        )
    with tenant_session(db, tenant_id) as session:
        total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        rows = session.scalars(
            stmt.order_by(ConsoleChange.id.desc()).limit(limit).offset(max(0, offset))
        )
        return ChangePage([_change(r) for r in rows], total)


def changes_since(
    session: Session, subject: tuple[str, str | int], since: datetime
) -> list[Change]:
    """The changes recorded for ``subject`` after ``since``, oldest first (what an editor
    who loaded it at ``since`` has not seen)."""
    rows = session.scalars(
        select(ConsoleChange)
        .where(
            ConsoleChange.subject_type == subject[0],
            ConsoleChange.subject_id == str(subject[1]),
            ConsoleChange.created_at > since,
        )
        .order_by(ConsoleChange.id)
    )
    return [_change(r) for r in rows]
