"""The checks of ``tradewinds doctor``: each says what is wrong in plain words, and the fix.

A check returns :class:`Finding` rows (``ok``, ``warn`` or ``fail``); it never raises for
the condition it checks. The database is opened without migrating (the doctor looks, it
does not change anything) and only what each check needs is imported.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.store import Database

Status = Literal["ok", "warn", "fail"]

LOW_DISK_BYTES = 1 << 30  # warn below 1 GiB free in home
FULL_DISK_BYTES = 100 << 20  # fail below 100 MiB
QUEUE_WAIT_WARN_S = 300.0  # a due job waiting this long: no worker is taking jobs
INDEX_LAG_WARN_S = 300.0
MAX_TENANTS = 20  # index lag is checked for this many tenants (oldest first)


@dataclass(frozen=True)
class Finding:
    check: str
    status: Status
    message: str
    fix: str = ""


def check_settings(settings: Settings) -> list[Finding]:
    """The settings are safe to serve with (``check_safe``)."""
    from tradewinds.core.errors import ConfigError

    try:
        settings.check_safe()
    except ConfigError as exc:
        return [Finding("settings", "fail", exc.message, "edit tradewinds.toml or TRADEWINDS_*")]
    return [Finding("settings", "ok", f"valid (env={settings.env}, home={settings.home})")]


def check_database(settings: Settings) -> tuple[list[Finding], Database | None]:
    """Reachable and at the latest migration; the open database for later checks."""
    from tradewinds.store import open_database
    from tradewinds.store.db import current_revision, head_revision

    try:
        db = open_database(settings, migrate=False)
        revision = current_revision(db.engine)
    except Exception as exc:  # any driver error: the class only (messages can hold URLs)
        return [
            Finding(
                "database",
                "fail",
                f"cannot reach the database ({type(exc).__name__})",
                "check database_url (TRADEWINDS_DATABASE_URL) and that the server runs "
                "and accepts this user",
            )
        ], None
    head = head_revision()
    if revision != head:
        return [
            Finding(
                "database",
                "fail",
                f"{db.dialect} schema is at revision {revision or 'none'}, expected {head}",
                "run: tradewinds db upgrade",
            )
        ], db
    heads = len(head.split("+"))
    return [Finding("database", "ok", f"{db.dialect}, migrated ({heads} branch heads)")], db


def check_models(settings: Settings, *, load: bool = False) -> list[Finding]:
    """Every configured purpose's model is present (and, with ``load``, embeds a text)."""
    from tradewinds.models import get_embedding_model, purpose_statuses

    findings = []
    for row in purpose_statuses(settings, check=True):
        name = f"model {row.purpose}"
        what = f"{row.backend}:{row.model}"
        if not row.available:
            fix = "install or point models.<purpose>.model at it (tradewinds models list)"
            findings.append(Finding(name, "fail", f"{what}: {row.problem}", fix))
            continue
        if load and row.kind == "embedding":
            try:
                get_embedding_model(row.purpose, settings).embed(["doctor"])
            except Exception as exc:  # reported, like any other check
                message = getattr(exc, "message", type(exc).__name__)
                findings.append(Finding(name, "fail", f"{what} does not load: {message}"))
                continue
            what += " (loaded)"
        findings.append(Finding(name, "ok", what))
    return findings


def check_media(settings: Settings) -> list[Finding]:
    """The media folder exists (or can be made) and takes a file."""
    if settings.media.backend != "folder":
        return [Finding("media", "ok", f"backend {settings.media.backend} (not checked)")]
    folder = Path(settings.media_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
            pass
    except OSError as exc:
        return [
            Finding(
                "media",
                "fail",
                f"media folder {folder} is not writable ({exc.strerror or type(exc).__name__})",
                "give the server's user write access, or set media.path",
            )
        ]
    return [Finding("media", "ok", f"{folder} writable")]


def check_disk(settings: Settings) -> list[Finding]:
    """Free space where the data directory lives."""
    home = Path(settings.home)
    existing = next((p for p in (home, *home.resolve().parents) if p.exists()), Path("/"))
    free = shutil.disk_usage(existing).free
    shown = f"{free / (1 << 30):.1f} GiB free in {existing}"
    if free < FULL_DISK_BYTES:
        return [Finding("disk", "fail", shown, "free space: indexes and media cannot grow")]
    if free < LOW_DISK_BYTES:
        return [Finding("disk", "warn", shown, "free space before indexes and media need it")]
    return [Finding("disk", "ok", shown)]


def check_redis(settings: Settings) -> list[Finding]:
    """Redis answers when the limiter uses it."""
    gateway = settings.gateway
    if gateway.redis_url is None:  # only "auto" gets here: settings refuse redis without URL
        return [Finding("redis", "ok", "not configured")]
    import redis

    try:
        client = redis.Redis.from_url(
            gateway.redis_url.get_secret_value(), socket_timeout=2, socket_connect_timeout=2
        )
        client.ping()
    except redis.RedisError as exc:
        return [
            Finding(
                "redis",
                "fail",
                f"redis does not answer ({type(exc).__name__})",
                "start redis-server or fix gateway.redis_url; meanwhile model calls fail "
                "closed (gateway.limiter_down_models)",
            )
        ]
    return [Finding("redis", "ok", "answers")]


def check_jobs(db: Database) -> list[Finding]:
    """Queue depth, jobs waiting too long (no worker), jobs of workers that died."""
    from tradewinds.jobs import queue_health

    health = queue_health(db)
    depth = f"{health.queued} queued ({health.due} due), {health.running} running"
    if health.expired:
        return [
            Finding(
                "jobs",
                "fail",
                f"{depth}; {health.expired} running job(s) whose worker stopped renewing "
                "its lease (died or hangs)",
                "start a worker (tradewinds worker, or serve with jobs.serve_concurrency "
                "> 0): it requeues them",
            )
        ]
    if health.due and health.oldest_due_s > QUEUE_WAIT_WARN_S:
        return [
            Finding(
                "jobs",
                "warn",
                f"{depth}; the oldest due job has waited {health.oldest_due_s:.0f} s",
                "no worker seems to take jobs: start tradewinds worker or tradewinds serve",
            )
        ]
    return [Finding("jobs", "ok", depth)]


def check_search_indexes(db: Database, settings: Settings) -> list[Finding]:
    """Each tenant's search index is built and not far behind its catalogue."""
    from tradewinds.search import index_lag
    from tradewinds.store.tenants import list_tenants

    findings = []
    for tenant in list_tenants(db)[:MAX_TENANTS]:
        lag = index_lag(db, tenant.id, settings)
        name = f"search {tenant.slug}"
        if not lag.built:
            fix = f"tradewinds search reindex -t {tenant.slug} (else the first search builds it)"
            findings.append(Finding(name, "warn", "index not built", fix))
        elif lag.seconds > INDEX_LAG_WARN_S:
            message = f"{lag.pending} product change(s) unindexed for {lag.seconds:.0f} s"
            fix = f"any search catches up; or tradewinds search reindex -t {tenant.slug}"
            findings.append(Finding(name, "warn", message, fix))
        else:
            findings.append(Finding(name, "ok", f"up to date ({lag.pending} pending)"))
    return findings


def check_port(settings: Settings) -> list[Finding]:
    """The configured port is free, or a Tradewinds server answers there."""
    import httpx

    host, port = settings.server.host, settings.server.port
    try:
        with socket.create_connection((host, port), timeout=1):
            pass
    except OSError:
        return [Finding("port", "ok", f"{host}:{port} is free for tradewinds serve")]
    shown = f"[{host}]" if ":" in host else host
    try:
        answer = httpx.get(f"http://{shown}:{port}/healthz", timeout=2).json()
        version = answer["version"] if answer.get("status") == "ok" else None
    except (httpx.HTTPError, ValueError, KeyError, AttributeError):
        version = None
    if version is None:
        return [
            Finding(
                "port",
                "fail",
                f"{host}:{port} is taken by a program that is not Tradewinds",
                "stop it, or serve elsewhere: tradewinds serve --port N (or server.port)",
            )
        ]
    return [Finding("port", "ok", f"a Tradewinds {version} server answers on {host}:{port}")]
