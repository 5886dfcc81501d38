"""The audit log: one record per generation, queried, exported and purged after retention.

Texts are kept in full or, with ``compliance.audit_retention_mode = "hash"``, only as their
SHA-256 (enough to prove what was generated when shown the text, without keeping it).
Records with an open complaint survive the purge until the complaint is closed.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, func, or_, select

from tradewinds.compliance.labels import ContentLabel, text_sha256
from tradewinds.compliance.verdict import ModerationVerdict
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.settings import Settings
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import AuditRecord, Complaint

OPEN_COMPLAINT_STATUSES = ("open", "investigating")
EXPORT_FIELDS = (
    "content_id",
    "created_at",
    "key_id",
    "feature",
    "model",
    "action",
    "flagged",
    "reason",
    "input_sha256",
    "output_sha256",
    "input_text",
    "output_text",
    "label",
)


def record_generation(
    db: Database,
    tenant_id: int,
    *,
    key_id: int | str | None,
    model: str,
    input_text: str,
    output_text: str,
    verdict: ModerationVerdict | None,
    label: ContentLabel | None,
    settings: Settings | None = None,
    feature: str = "",
) -> str:
    """Write the audit record of one generation (or of a refused or flagged request).

    Parameters
    ----------
    db, tenant_id
        Where and for whom.
    key_id
        The API key used (its id, never the key), or ``None`` for internal features.
    model
        The model alias.
    input_text, output_text
        The prompt (messages joined) and the generated text; a blocked input has ``""``.
    verdict
        The worst moderation verdict of input and output; ``None`` if nothing was
        moderated (recorded as ``allow`` with reason ``not moderated``).
    label
        The output's label (its ``content_id`` identifies the record). ``None`` for a
        request that generated nothing (a blocked input, a flagged embeddings request):
        the record then gets a ``req-<uuid>`` id and no label.
    settings
        For the retention mode; default ``get_settings()``.
    feature
        What called the model, as on its usage record: ``api`` for ``/v1`` clients, else
        the internal feature (``search_understanding``, ``forecast_narration``...).

    Returns
    -------
    str
        The record's content id.
    """
    if settings is None:
        from tradewinds.core.settings import get_settings

        settings = get_settings()
    if verdict is None:
        verdict = ModerationVerdict(action="allow", reason="not moderated")
    keep = settings.compliance.audit_retention_mode == "full"
    content_id = label.content_id if label is not None else f"req-{uuid.uuid4().hex}"
    with tenant_session(db, tenant_id) as session:
        session.add(
            AuditRecord(
                content_id=content_id,
                key_id=None if key_id is None else str(key_id),
                model=model[:200],
                input_text=input_text if keep else None,
                input_sha256=text_sha256(input_text),
                output_text=output_text if keep else None,
                output_sha256=text_sha256(output_text),
                action=verdict.action,
                flagged=",".join(verdict.flagged)[:200],
                scores={k: round(v, 4) for k, v in verdict.categories.items()},
                reason=verdict.reason[:500],
                label=label.header_value[:1000] if label is not None else "",
                feature=feature[:32],
            )
        )
    return content_id


@dataclass(frozen=True)
class AuditQuery:
    """Filters for :func:`query_audit`; every field optional."""

    since: datetime | None = None
    until: datetime | None = None
    action: Literal["allow", "flag", "block"] | None = None
    key_id: str | None = None
    model: str | None = None
    content_id: str | None = None
    limit: int = 100
    offset: int = 0
    #: Words the input or output contains (case-insensitive on ASCII; kept texts only:
    #: with ``audit_retention_mode = "hash"`` nothing matches).
    text: str | None = None
    #: What called the model: ``api`` (``/v1``) or an internal feature's name.
    feature: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise InvalidInput(f"{name} must carry a time zone (e.g. 2025-09-01T00:00:00Z)")
        if not 1 <= self.limit <= 10_000:
            raise InvalidInput(f"limit is {self.limit} (expected 1 to 10000)")


def record_to_dict(record: AuditRecord) -> dict[str, Any]:
    return {
        "content_id": record.content_id,
        "created_at": record.created_at.isoformat().replace("+00:00", "Z"),
        "key_id": record.key_id,
        "feature": record.feature,
        "model": record.model,
        "action": record.action,
        "flagged": [c for c in record.flagged.split(",") if c],
        "scores": record.scores,
        "reason": record.reason,
        "input_sha256": record.input_sha256,
        "output_sha256": record.output_sha256,
        "input_text": record.input_text,
        "output_text": record.output_text,
        "label": record.label,
    }


def _select(query: AuditQuery) -> Any:
    stmt = select(AuditRecord)
    if query.since is not None:
        stmt = stmt.where(AuditRecord.created_at >= query.since)
    if query.until is not None:
        stmt = stmt.where(AuditRecord.created_at < query.until)
    if query.action is not None:
        stmt = stmt.where(AuditRecord.action == query.action)
    if query.key_id is not None:
        stmt = stmt.where(AuditRecord.key_id == query.key_id)
    if query.model is not None:
        stmt = stmt.where(AuditRecord.model == query.model)
    if query.feature is not None:
        stmt = stmt.where(AuditRecord.feature == query.feature)
    if query.content_id is not None:
        stmt = stmt.where(AuditRecord.content_id == query.content_id)
    if query.text:
        stmt = stmt.where(
            or_(
                AuditRecord.input_text.icontains(query.text, autoescape=True),
                AuditRecord.output_text.icontains(query.text, autoescape=True),
            )
        )
    return stmt.order_by(AuditRecord.created_at.desc(), AuditRecord.id.desc())


def query_audit(db: Database, tenant_id: int, query: AuditQuery) -> list[dict[str, Any]]:
    """Matching records, newest first, as plain dicts."""
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(_select(query).limit(query.limit).offset(query.offset)).all()
        return [record_to_dict(r) for r in rows]


def count_audit(db: Database, tenant_id: int, query: AuditQuery) -> int:
    """How many records match ``query`` (its limit and offset aside)."""
    with tenant_session(db, tenant_id) as session:
        return session.scalar(select(func.count()).select_from(_select(query).subquery())) or 0


def get_record(db: Database, tenant_id: int, content_id: str) -> dict[str, Any]:
    found = query_audit(db, tenant_id, AuditQuery(content_id=content_id, limit=1))
    if not found:
        raise NotFound(f"no generation with content id {content_id!r} in the audit log")
    return found[0]


def export_audit(
    db: Database, tenant_id: int, query: AuditQuery, *, fmt: Literal["jsonl", "csv"]
) -> Iterator[str]:
    """The matching records as JSONL lines or CSV rows (header first), in pages of 500."""
    page = 500
    if fmt == "csv":
        yield _csv_row(EXPORT_FIELDS)
    offset = 0
    while True:
        with tenant_session(db, tenant_id) as session:
            rows = session.scalars(_select(query).limit(page).offset(offset)).all()
            records = [record_to_dict(r) for r in rows]
        for rec in records:
            if fmt == "jsonl":
                yield json.dumps(rec, ensure_ascii=False) + "\n"
            else:
                rec["flagged"] = ",".join(rec["flagged"])
                yield _csv_row(["" if rec[f] is None else rec[f] for f in EXPORT_FIELDS])
        if len(records) < page:
            return
        offset += page


def _csv_row(values: Any) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def purge_audit(
    db: Database, tenant_id: int, *, older_than_days: int, now: datetime | None = None
) -> int:
    """Delete records older than ``older_than_days``, except those under an open complaint.

    Returns the number of records deleted.
    """
    if older_than_days < 1:
        raise InvalidInput(f"older_than_days is {older_than_days} (expected at least 1)")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=older_than_days)
    with tenant_session(db, tenant_id) as session:
        disputed = select(Complaint.content_id).where(Complaint.status.in_(OPEN_COMPLAINT_STATUSES))
        result = session.execute(
            delete(AuditRecord)
            .where(AuditRecord.created_at < cutoff, AuditRecord.content_id.not_in(disputed))
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)
