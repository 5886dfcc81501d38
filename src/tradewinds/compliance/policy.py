"""Each tenant's own content policy: blocklist, action overrides, explicit label texts.

Stored in ``blocklist_entries`` and ``compliance_policies``; read through a small in-process
cache (``CACHE_SECONDS``), because moderation runs on every request and stream chunk. Writes
through this module invalidate the cache at once; writes by another process show within
``CACHE_SECONDS``. The cache holds at most ``MAX_CACHED_TENANTS`` policies (least recently
used dropped first), so a server in front of many tenants does not grow without limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.compliance.blocklist import Blocklist, BlocklistEntry, EntryKind
from tradewinds.compliance.verdict import KNOWN_CATEGORIES, Action
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.core.lru import TimedLRU
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import BlocklistEntryRow, CompliancePolicy

CACHE_SECONDS = 10.0
MAX_CACHED_TENANTS = 4096
_ACTIONS = ("allow", "flag", "block")


@dataclass(frozen=True)
class TenantPolicy:
    """What a tenant added to the configured policy."""

    blocklist: Blocklist = field(default_factory=Blocklist)
    actions: dict[str, Action] = field(default_factory=dict)
    explicit_labels: dict[str, str] = field(default_factory=dict)
    default_locale: str = "en"


EMPTY_POLICY = TenantPolicy()
_cache: TimedLRU[tuple[int, int], TenantPolicy] = TimedLRU(MAX_CACHED_TENANTS)
_latest: TimedLRU[int, TenantPolicy] = TimedLRU(MAX_CACHED_TENANTS)  # by tenant, any database


def _key(db: Database, tenant_id: int) -> tuple[int, int]:
    return (id(db.engine), tenant_id)


def cached_policy(tenant_id: int) -> TenantPolicy:
    """The most recently loaded policy of ``tenant_id`` from any database (for callers that
    have no database handle); the empty policy if none was loaded."""
    hit = _latest.get(tenant_id)
    return hit if hit is not None else EMPTY_POLICY


def load_policy(db: Database, tenant_id: int) -> TenantPolicy:
    """The tenant's policy, from the cache if fresh."""
    key = _key(db, tenant_id)
    hit = _cache.get(key, max_age=CACHE_SECONDS)
    if hit is not None:
        return hit
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(BlocklistEntryRow).order_by(BlocklistEntryRow.id)).all()
        entries = [BlocklistEntry(r.pattern, _kind(r.kind), r.category) for r in rows]
        row = session.scalars(select(CompliancePolicy)).one_or_none()
        policy = TenantPolicy(
            blocklist=Blocklist(entries),
            actions=dict(row.moderation_actions) if row else {},
            explicit_labels=dict(row.explicit_labels) if row else {},
            default_locale=row.default_locale if row else "en",
        )
    _cache.put(key, policy)
    _latest.put(tenant_id, policy)
    return policy


def invalidate(db: Database, tenant_id: int) -> None:
    _cache.pop(_key(db, tenant_id))
    _latest.pop(tenant_id)


def _kind(value: str) -> EntryKind:
    if value not in ("keyword", "regex"):
        raise InvalidInput(f"blocklist kind {value!r}: expected 'keyword' or 'regex'")
    return "regex" if value == "regex" else "keyword"


def _check_category(category: str) -> None:
    if category not in KNOWN_CATEGORIES:
        raise InvalidInput(
            f"category {category!r} is unknown (expected one of: "
            f"{', '.join(sorted(KNOWN_CATEGORIES))})"
        )


@dataclass(frozen=True)
class BlocklistRecord:
    """A stored blocklist entry of a tenant (what ``list`` and the admin API show)."""

    id: int
    pattern: str
    kind: EntryKind
    category: str
    created_at: datetime

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "pattern": self.pattern,
            "kind": self.kind,
            "category": self.category,
            "created_at": self.created_at.isoformat().replace("+00:00", "Z"),
        }


def _record(row: BlocklistEntryRow) -> BlocklistRecord:
    return BlocklistRecord(row.id, row.pattern, _kind(row.kind), row.category, row.created_at)


def validate_entry(
    pattern: str, *, kind: str = "keyword", category: str = "blocklist"
) -> BlocklistEntry:
    """The entry ``pattern`` would become, or ``InvalidInput`` naming what is wrong with it
    (an invalid regex, an unknown kind or category, an empty or too long pattern)."""
    _check_category(category)
    return BlocklistEntry(pattern.strip(), _kind(kind), category)


def list_blocklist(db: Database, tenant_id: int) -> list[BlocklistRecord]:
    """The tenant's blocklist entries, oldest first."""
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(BlocklistEntryRow).order_by(BlocklistEntryRow.id)).all()
        return [_record(r) for r in rows]


def add_blocklist_entry(
    db: Database,
    tenant_id: int,
    pattern: str,
    *,
    kind: str = "keyword",
    category: str = "blocklist",
    actor: Actor | None = None,
) -> BlocklistRecord:
    """Add a keyword or regex to the tenant's blocklist; in force at once in this process.

    Parameters
    ----------
    db, tenant_id
        Whose list.
    pattern
        A keyword (CJK keywords match inside words, Latin ones as whole words) or a Python
        regular expression; at most 500 characters.
    kind
        ``keyword`` or ``regex``.
    category
        The category a hit counts towards (its configured action applies): ``blocklist``
        (default) or a classifier category such as ``violence``.
    actor
        Who adds it in the console: recorded in the console's audit, same transaction.

    Raises
    ------
    InvalidInput
        Empty or too long pattern, an invalid regex (the message names it), an unknown kind
        or category.
    Conflict
        The tenant's list has this pattern of this kind already.
    """
    entry = validate_entry(pattern, kind=kind, category=category)
    with tenant_session(db, tenant_id) as session:
        exists = session.scalars(
            select(BlocklistEntryRow.id).where(
                BlocklistEntryRow.kind == entry.kind, BlocklistEntryRow.pattern == entry.pattern
            )
        ).first()
        if exists is not None:
            raise Conflict(f"blocklist already has {entry.kind} {entry.pattern!r}")
        row = BlocklistEntryRow(pattern=entry.pattern, kind=entry.kind, category=category)
        session.add(row)
        session.flush()
        record = _record(row)
        if actor is not None:
            _audit(session, actor, "blocklist.add", record, {}, _shown(record))
    invalidate(db, tenant_id)
    return record


def _shown(record: BlocklistRecord) -> dict[str, object]:
    return {"pattern": record.pattern, "kind": record.kind, "category": record.category}


def _audit(
    session: Session,
    actor: Actor,
    action: str,
    record: BlocklistRecord,
    before: dict[str, object],
    after: dict[str, object],
) -> None:
    subject = ("blocklist_entry", record.id)
    record_change(session, actor, action, subject, f"{record.kind} {record.pattern}", before, after)


def remove_blocklist_entry(
    db: Database, tenant_id: int, pattern: str, *, kind: str = "keyword"
) -> BlocklistRecord:
    """Remove the tenant's entry ``pattern`` of ``kind``; ``NotFound`` if there is none."""
    pattern = pattern.strip()
    with tenant_session(db, tenant_id) as session:
        row = session.scalars(
            select(BlocklistEntryRow).where(
                BlocklistEntryRow.kind == _kind(kind), BlocklistEntryRow.pattern == pattern
            )
        ).one_or_none()
        if row is None:
            raise NotFound(f"blocklist has no {kind} {pattern!r}")
        record = _record(row)
        session.delete(row)
    invalidate(db, tenant_id)
    return record


def delete_blocklist_entry(
    db: Database, tenant_id: int, entry_id: int, *, actor: Actor | None = None
) -> BlocklistRecord:
    """Remove the tenant's entry with id ``entry_id``; ``NotFound`` if the tenant has none.
    With ``actor`` the removal is recorded in the console's audit, same transaction."""
    with tenant_session(db, tenant_id) as session:
        row = session.scalars(
            select(BlocklistEntryRow).where(BlocklistEntryRow.id == entry_id)
        ).one_or_none()
        if row is None:
            raise NotFound(f"blocklist has no entry {entry_id}")
        record = _record(row)
        session.delete(row)
        if actor is not None:
            _audit(session, actor, "blocklist.remove", record, _shown(record), {})
    invalidate(db, tenant_id)
    return record


def set_policy(
    db: Database,
    tenant_id: int,
    *,
    moderation_actions: dict[str, str] | None = None,
    explicit_labels: dict[str, str] | None = None,
    default_locale: str | None = None,
) -> TenantPolicy:
    """Replace the given parts of the tenant's policy (``None`` keeps a part as it is)."""
    if moderation_actions is not None:
        for category, action in moderation_actions.items():
            _check_category(category)
            if action not in _ACTIONS:
                raise InvalidInput(
                    f"moderation action for {category!r} is {action!r} "
                    "(expected allow, flag or block)"
                )
    with tenant_session(db, tenant_id) as session:
        row = session.scalars(select(CompliancePolicy)).one_or_none()
        if row is None:
            row = CompliancePolicy(moderation_actions={}, explicit_labels={})
            session.add(row)
        if moderation_actions is not None:
            row.moderation_actions = dict(moderation_actions)
        if explicit_labels is not None:
            row.explicit_labels = {k: v.strip() for k, v in explicit_labels.items()}
        if default_locale is not None:
            row.default_locale = default_locale
    invalidate(db, tenant_id)
    return load_policy(db, tenant_id)
