"""Complaints about generated content: report a content id, track its status with history.

Statuses: ``open`` → ``investigating`` → ``resolved`` or ``rejected``; a closed complaint can
be reopened (``open``). Every change is kept in ``complaint_events`` with a note.

A complaint about a record that moderation blocked or flagged is an **appeal** (``kind``):
the merchant or shopper disputes the decision. Every complaint carries the record's
``decision`` (action, categories, and the reason naming score, threshold and rule), so the
person handling it sees what was decided and why.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import AuditRecord, Complaint, ComplaintEvent

#: Days within which a complaint should be answered. The Interim Measures ask for complaints
#: to be handled "promptly" without a number; 15 days is the console's working deadline.
RESPONSE_DAYS = 15
OPEN_STATUSES = ("open", "investigating")
ComplaintStatus = Literal["open", "investigating", "resolved", "rejected"]
STATUSES: tuple[str, ...] = ("open", "investigating", "resolved", "rejected")
_ALLOWED: dict[str, set[str]] = {
    "open": {"investigating", "resolved", "rejected"},
    "investigating": {"open", "resolved", "rejected"},
    "resolved": {"open"},
    "rejected": {"open"},
}


def next_statuses(status: str) -> tuple[str, ...]:
    """The statuses a complaint in ``status`` may move to, in workflow order.

    >>> next_statuses("resolved")
    ('open',)
    """
    return tuple(s for s in STATUSES if s in _ALLOWED.get(status, set()))


def _decisions(session: Session, content_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The moderation decision of each audit record named, by content id."""
    rows = session.execute(
        select(AuditRecord.content_id, AuditRecord.action, AuditRecord.flagged, AuditRecord.reason)
        .where(AuditRecord.content_id.in_(set(content_ids)))
    )  # fmt: skip
    return {
        cid: {"action": action, "flagged": [f for f in flagged.split(",") if f], "reason": reason}
        for cid, action, flagged, reason in rows
    }


def complaint_to_dict(
    complaint: Complaint, decision: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A complaint as JSON; ``decision`` is its record's moderation decision."""
    moderated = decision is not None and decision["action"] in ("block", "flag")
    respond_by = complaint.created_at + timedelta(days=RESPONSE_DAYS)
    return {
        "id": complaint.id,
        "kind": "appeal" if moderated else "complaint",
        "decision": decision,
        "content_id": complaint.content_id,
        "status": complaint.status,
        "reason": complaint.reason,
        "contact": complaint.contact,
        "created_at": _iso(complaint.created_at),
        "updated_at": _iso(complaint.updated_at),
        "respond_by": _iso(respond_by),
        "overdue": complaint.status in OPEN_STATUSES and respond_by < datetime.now(UTC),
        "history": [
            {"status": e.status, "note": e.note, "at": _iso(e.at)} for e in complaint.events
        ],
    }


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def file_complaint(
    db: Database, tenant_id: int, *, content_id: str, reason: str, contact: str = ""
) -> dict[str, Any]:
    """Report the content ``content_id``; ``NotFound`` if the tenant never generated it."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput("a complaint needs a reason (what is wrong with the content)")
    with tenant_session(db, tenant_id) as session:
        known = session.scalars(
            select(AuditRecord.id).where(AuditRecord.content_id == content_id)
        ).first()
        if known is None:
            raise NotFound(
                f"no generated content with id {content_id!r} (the id is in the "
                "X-AIGC-Label header or the aigc_label field of the response)"
            )
        complaint = Complaint(content_id=content_id, reason=reason[:5000], contact=contact[:200])
        complaint.events.append(ComplaintEvent(status="open", note="filed"))
        session.add(complaint)
        session.flush()
        return _with_decision(session, complaint)


def _with_decision(session: Session, complaint: Complaint) -> dict[str, Any]:
    decision = _decisions(session, [complaint.content_id]).get(complaint.content_id)
    return complaint_to_dict(complaint, decision)


def update_complaint(
    db: Database,
    tenant_id: int,
    complaint_id: int,
    *,
    status: str,
    note: str = "",
    actor: Actor | None = None,
) -> dict[str, Any]:
    """Move a complaint to ``status``, recording ``note`` in its history (and, with
    ``actor``, in the console's audit, in the same transaction)."""
    if status not in STATUSES:
        raise InvalidInput(f"status {status!r} is unknown (expected one of: {', '.join(STATUSES)})")
    with tenant_session(db, tenant_id) as session:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None or complaint.tenant_id != tenant_id:
            raise NotFound(f"no complaint {complaint_id}")
        if status not in _ALLOWED[complaint.status]:
            raise InvalidInput(
                f"complaint {complaint_id} is {complaint.status!r}; it can move to "
                f"{', '.join(sorted(_ALLOWED[complaint.status]))}, not {status!r}"
            )
        if actor is not None:
            record_change(
                session,
                actor,
                "complaint.status",
                ("complaint", complaint_id),
                f"complaint {complaint_id} on {complaint.content_id}",
                {"status": complaint.status},
                {"status": status, "note": note[:500]},
            )
        complaint.status = status
        complaint.updated_at = datetime.now(UTC)
        complaint.events.append(ComplaintEvent(status=status, note=note[:5000]))
        session.flush()
        return _with_decision(session, complaint)


def get_complaint(db: Database, tenant_id: int, complaint_id: int) -> dict[str, Any]:
    with tenant_session(db, tenant_id) as session:
        complaint = session.scalars(
            select(Complaint).where(Complaint.id == complaint_id)
        ).one_or_none()
        if complaint is None:
            raise NotFound(f"no complaint {complaint_id}")
        return _with_decision(session, complaint)


def list_complaints(
    db: Database, tenant_id: int, *, status: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    if status is not None and status not in STATUSES:
        raise InvalidInput(f"status {status!r} is unknown (expected one of: {', '.join(STATUSES)})")
    with tenant_session(db, tenant_id) as session:
        stmt = select(Complaint).order_by(Complaint.id.desc()).limit(limit)
        if status is not None:
            stmt = stmt.where(Complaint.status == status)
        complaints = session.scalars(stmt).all()
        decisions = _decisions(session, [c.content_id for c in complaints])
        return [complaint_to_dict(c, decisions.get(c.content_id)) for c in complaints]
