"""API keys: created once, shown once, stored as a SHA-256 hash plus a display prefix.

A key is ``tw-`` followed by 43 URL-safe characters from :func:`secrets.token_urlsafe`
(256 random bits). Because the secret is random and that long, a plain SHA-256 is enough:
salting and slow hashes (bcrypt, argon2) defend low-entropy passwords against dictionary
attacks, and nobody can enumerate 2**256 candidates. A fast hash also lets every request be
checked with one indexed lookup. The first 11 characters (``tw-`` + 8) are kept in clear as
a prefix so people can tell keys apart in lists; they reveal 48 of the 256 bits.

Neither the key nor its hash is ever logged or put into an error message.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound, Unauthorized
from tradewinds.core.lru import TimedLRU
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, system_session, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import ApiKey, Tenant

KEY_PREFIX = "tw-"
_SHOWN = len(KEY_PREFIX) + 8


@dataclass(frozen=True)
class KeyInfo:
    """Everything about a key except its secret: what requests made with it may do."""

    id: int
    tenant_id: int
    tenant_slug: str
    name: str
    prefix: str
    rpm: int | None
    tpm: int | None
    monthly_tokens: int | None
    models: tuple[str, ...]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None

    def allows(self, model: str) -> bool:
        """Whether this key may use the model alias ``model`` (no list: every alias)."""
        return not self.models or model in self.models

    def status(self, now: datetime | None = None) -> str:
        """``active``, ``revoked`` or ``expired``."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= (now or utcnow()):
            return "expired"
        return "active"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "tenant": self.tenant_slug,
            "name": self.name,
            "prefix": self.prefix,
            "rpm": self.rpm,
            "tpm": self.tpm,
            "monthly_tokens": self.monthly_tokens,
            "models": list(self.models),
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "status": self.status(),
        }


@dataclass(frozen=True)
class NewKey:
    """A freshly created key: ``secret`` is shown to the user once and never stored."""

    secret: str
    key: KeyInfo


def hash_secret(secret: str) -> str:
    """The stored form of a key: hex SHA-256 of the whole secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


def _info(row: ApiKey, slug: str) -> KeyInfo:
    return KeyInfo(
        id=row.id,
        tenant_id=row.tenant_id,
        tenant_slug=slug,
        name=row.name,
        prefix=row.prefix,
        rpm=row.rpm,
        tpm=row.tpm,
        monthly_tokens=row.monthly_tokens,
        models=tuple(row.models or ()),
        created_at=row.created_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )


def _positive(name: str, value: int | None) -> None:
    if value is not None and value <= 0:
        raise InvalidInput(f"{name} must be a positive whole number, got {value}")


def create_key(
    db: Database,
    tenant_id: int,
    *,
    name: str = "",
    rpm: int | None = None,
    tpm: int | None = None,
    monthly_tokens: int | None = None,
    models: Iterable[str] = (),
    expires_at: datetime | None = None,
    known_models: Iterable[str] | None = None,
    actor: Actor | None = None,
) -> NewKey:
    """Create a key for ``tenant_id``; the returned ``secret`` cannot be recovered later.

    Parameters
    ----------
    rpm, tpm
        Requests and tokens per minute for this key (None: unlimited).
    monthly_tokens
        Tokens per calendar month (UTC) for this key (None: only the tenant's budget).
    models
        Model aliases the key may use (empty: all).
    expires_at
        Timezone-aware expiry; must be in the future.
    known_models
        The configured aliases; when given, ``models`` must be among them.
    actor
        Who creates it in the console: the creation is recorded in the console's audit
        (never the secret), in the same transaction.
    """
    for field, value in (("rpm", rpm), ("tpm", tpm), ("monthly_tokens", monthly_tokens)):
        _positive(field, value)
    allowed = tuple(dict.fromkeys(m.strip() for m in models if m.strip()))
    if known_models is not None:
        known = set(known_models)
        unknown = [m for m in allowed if m not in known]
        if unknown:
            raise InvalidInput(
                f"unknown model alias(es) {', '.join(unknown)} (configured: "
                f"{', '.join(sorted(known))})"
            )
    if expires_at is not None:
        if expires_at.tzinfo is None:
            raise InvalidInput("expires_at must carry a time zone (e.g. 2027-01-01T00:00Z)")
        if expires_at <= utcnow():
            raise InvalidInput(f"expires_at {expires_at.isoformat()} is in the past")
    if len(name) > 100:
        raise InvalidInput(f"key name is {len(name)} characters long (at most 100)")
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    with tenant_session(db, tenant_id) as session:
        slug = _slug(session, tenant_id)
        row = ApiKey(
            name=name or f"key-{secret[len(KEY_PREFIX) : _SHOWN]}",
            prefix=secret[:_SHOWN],
            secret_hash=hash_secret(secret),
            rpm=rpm,
            tpm=tpm,
            monthly_tokens=monthly_tokens,
            models=list(allowed),
            expires_at=expires_at,
        )
        session.add(row)
        session.flush()
        info = _info(row, slug)
        if actor is not None:
            record_change(
                session,
                actor,
                "key.create",
                ("api_key", row.id),
                f"{info.name} ({info.prefix})",
                {},
                _limits(info) | {"name": info.name, "prefix": info.prefix},
            )
        return NewKey(secret=secret, key=info)


def _limits(info: KeyInfo) -> dict[str, int | None]:
    return {"rpm": info.rpm, "tpm": info.tpm, "monthly_tokens": info.monthly_tokens}


def set_key_limits(
    db: Database,
    tenant_id: int,
    key_id: int,
    *,
    rpm: int | None,
    tpm: int | None,
    monthly_tokens: int | None,
    actor: Actor | None = None,
) -> KeyInfo:
    """Replace a key's per-minute limits and monthly token budget (None: unlimited).

    In force at once in this process (its cached verifications are dropped), in other
    server processes within ``gateway.key_cache_ttl_s``. With ``actor`` the change (only
    the limits that moved) is recorded in the console's audit in the same transaction.

    Raises
    ------
    InvalidInput
        A limit that is not a positive whole number.
    NotFound
        The tenant has no key ``key_id``.
    """
    for field, value in (("rpm", rpm), ("tpm", tpm), ("monthly_tokens", monthly_tokens)):
        _positive(field, value)
    stmt = select(ApiKey, Tenant.slug).join(Tenant, Tenant.id == ApiKey.tenant_id)
    with tenant_session(db, tenant_id) as session:
        found = session.execute(stmt.where(ApiKey.id == key_id)).first()
        if found is None:
            raise NotFound(f"no API key {key_id}")
        row, slug = found
        before = _limits(_info(row, slug))
        row.rpm, row.tpm, row.monthly_tokens = rpm, tpm, monthly_tokens
        session.flush()
        info = _info(row, slug)
        after = _limits(info)
        moved = [name for name in after if after[name] != before[name]]
        if actor is not None and moved:
            record_change(
                session,
                actor,
                "key.limits",
                ("api_key", row.id),
                f"{info.name} ({info.prefix})",
                {n: before[n] for n in moved},
                {n: after[n] for n in moved},
            )
    forget_cached_keys()
    return info


def _slug(session: Session, tenant_id: int) -> str:
    slug = session.scalar(select(Tenant.slug).where(Tenant.id == tenant_id))
    if slug is None:
        raise NotFound(f"no tenant with id {tenant_id}")
    return slug


def list_keys(db: Database, tenant_id: int | None = None) -> list[KeyInfo]:
    """Keys of one tenant, or of every tenant (administration), oldest first."""
    stmt = select(ApiKey, Tenant.slug).join(Tenant, Tenant.id == ApiKey.tenant_id)
    stmt = stmt.order_by(ApiKey.id)
    if tenant_id is None:
        with system_session(db) as session:
            return [_info(row, slug) for row, slug in session.execute(stmt)]
    with tenant_session(db, tenant_id) as session:
        return [_info(row, slug) for row, slug in session.execute(stmt)]


def revoke_key(
    db: Database, key: int | str, *, tenant_id: int | None = None, actor: Actor | None = None
) -> KeyInfo:
    """Revoke a key by id or display prefix (``tw-abcd1234``); revoking twice is harmless.

    Other server processes notice within ``gateway.key_cache_ttl_s`` seconds. With
    ``actor`` (and ``tenant_id``) a revocation is recorded in the console's audit.
    """
    stmt = select(ApiKey, Tenant.slug).join(Tenant, Tenant.id == ApiKey.tenant_id)
    if isinstance(key, int) or key.isdigit():
        stmt = stmt.where(ApiKey.id == int(key))
    elif key.startswith(KEY_PREFIX):
        # A whole secret pasted here is matched by its prefix and never echoed back.
        stmt = stmt.where(ApiKey.prefix == key[:_SHOWN])
    else:
        raise InvalidInput(f"expected a key id or a prefix such as '{KEY_PREFIX}abcd1234'")
    scope = system_session(db) if tenant_id is None else tenant_session(db, tenant_id)
    with scope as session:
        found = session.execute(stmt).all()
        if not found:
            raise NotFound("no such API key (see 'tradewinds keys list')")
        if len(found) > 1:
            raise InvalidInput("that prefix matches several keys; revoke by id instead")
        row, slug = found[0]
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            if actor is not None:
                record_change(
                    session,
                    actor,
                    "key.revoke",
                    ("api_key", row.id),
                    f"{row.name} ({row.prefix})",
                    {"status": "active"},
                    {"status": "revoked"},
                )
        session.flush()
        info = _info(row, slug)
    forget_cached_keys()
    return info


# Verified keys by (database, hash), trusted for ``cache_ttl_s`` seconds.
_cache: TimedLRU[tuple[int, str], KeyInfo] = TimedLRU(10_000)


def forget_cached_keys() -> None:
    """Drop every cached key verification in this process (after a revoke)."""
    _cache.clear()


def is_cached(db: Database, secret: str | None, cache_ttl_s: float) -> bool:
    """Whether :func:`authenticate` would answer ``secret`` without the database.

    True also for secrets it refuses without a lookup (missing or malformed), so an async
    caller can run it on the event loop and send only real lookups to a worker thread.
    """
    if not secret or not secret.startswith(KEY_PREFIX) or len(secret) > 200:
        return True
    slot = (id(db.engine), hash_secret(secret))
    return cache_ttl_s > 0 and _cache.get(slot, max_age=cache_ttl_s) is not None


def authenticate(
    db: Database, secret: str | None, *, cache_ttl_s: float = 0.0, cache_size: int = 10_000
) -> KeyInfo:
    """The key for ``secret``, or ``Unauthorized`` if missing, unknown, revoked or expired.

    Parameters
    ----------
    cache_ttl_s
        Trust a verification this many seconds without asking the database (0: always ask).
        Expiry is still checked against the clock on every call.
    """
    hint = "send the header 'Authorization: Bearer tw-...' with a key from 'tradewinds keys create'"
    if not secret:
        raise Unauthorized(f"missing API key ({hint})")
    if not secret.startswith(KEY_PREFIX) or len(secret) > 200:
        raise Unauthorized(f"invalid API key ({hint})")
    digest = hash_secret(secret)
    slot = (id(db.engine), digest)
    info = _cache.get(slot, max_age=cache_ttl_s) if cache_ttl_s > 0 else None
    if info is None:
        stmt = select(ApiKey, Tenant.slug).join(Tenant, Tenant.id == ApiKey.tenant_id)
        with system_session(db) as session:
            found = session.execute(stmt.where(ApiKey.secret_hash == digest)).first()
        if found is None:
            raise Unauthorized(f"invalid API key ({hint})")
        info = _info(found[0], found[1])
        if cache_ttl_s > 0:
            _cache.put(slot, info, maxsize=cache_size)
    state = info.status()
    if state != "active":
        when = info.revoked_at if state == "revoked" else info.expires_at
        assert when is not None
        raise Unauthorized(
            f"API key {info.name!r} (id {info.id}) {state} on {when.isoformat(timespec='seconds')}"
        )
    return info
