"""Catalogue imports as jobs: one ``import_jobs`` row per uploaded file, run on the
import queue's background thread, with live progress and the outcome on the row.

Not yet on the shared job queue (``tradewinds.jobs``) that forecast runs use: the uploaded
file lives in this server's temporary folder, which a worker on another host cannot read.
So: a bounded thread pool in the server
process, the owner ``host:pid:queue`` on each row, and jobs a stopped process left
``queued`` or ``running`` marked failed when the next queue starts. One worker: imports of
one process run one after another (on SQLite two would wait on each other's write lock).
A small file's page waits for its job (:meth:`ImportQueue.wait`); a large one's shows the
progress page.

Live progress is kept in memory by the queue running the job, not on the row: while the
import's transaction is open the row cannot be written (on SQLite the import holds the
database's write lock). The row gets its counts, problems or error when the job ends.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import tempfile
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tradewinds.catalog.importing import import_catalogue
from tradewinds.core.errors import (
    Conflict,
    ImportFileError,
    InvalidInput,
    NotFound,
    RowProblem,
)
from tradewinds.core.settings import Settings
from tradewinds.staff import Actor
from tradewinds.store import Database, system_session, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import ImportJob

log = logging.getLogger(__name__)
MAX_PROBLEMS = 1000
"""Problems kept on a job's row (a file can have one per cell); the count says if more."""
INTERRUPTED = "interrupted: the server stopped while the file was imported; nothing was written"
_HOST = socket.gethostname()
_LIVE: set[str] = set()
_LIVE_LOCK = threading.Lock()


class ImportsBusy(Conflict):
    """Too many imports are waiting in this server; try again later."""


@dataclass(frozen=True)
class ImportJobView:
    """One import job as the console shows it."""

    id: int
    status: str  # queued | running | done | failed
    check_only: bool
    file_name: str
    file_bytes: int
    actor: str
    created_at: datetime
    finished_at: datetime | None
    created: int
    updated: int
    unchanged: int
    problems: list[RowProblem]
    problem_count: int
    error: str | None
    seconds: float
    progress: tuple[int, int] | None  # (products written, products) while running here

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed")


class ImportQueue:
    """Runs the console's catalogue imports on a background thread.

    Parameters
    ----------
    db, settings
        The database and the settings (for the search index).
    max_pending
        Jobs queued or running at once; more are refused (:class:`ImportsBusy`).
    """

    def __init__(self, db: Database, settings: Settings, *, max_pending: int = 8) -> None:
        self._db, self._settings = db, settings
        self.recovered = recover_interrupted(db)
        self._token = uuid.uuid4().hex[:12]
        self.owner = f"{_HOST}:{os.getpid()}:{self._token}"
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue-import")
        self._max_pending = max_pending
        self._futures: dict[int, Future[None]] = {}
        self._progress: dict[int, tuple[int, int]] = {}
        self._lock = threading.Lock()
        with _LIVE_LOCK:
            _LIVE.add(self._token)

    def submit(
        self, tenant_id: int, data: bytes, file_name: str, actor: Actor, *, check_only: bool
    ) -> int:
        """Store the file and a ``queued`` job; returns the job's id (committed)."""
        with self._lock:
            # Finished jobs are forgotten here (``wait`` then answers at once).
            self._futures = {k: f for k, f in self._futures.items() if not f.done()}
            pending = len(self._futures)
            if pending >= self._max_pending:
                raise ImportsBusy(f"{pending} imports are already waiting; try again later")
            name = safe_file_name(file_name)
            with tenant_session(self._db, tenant_id) as session:
                job = ImportJob(
                    status="queued", mode="check" if check_only else "import", file_name=name,
                    file_bytes=len(data), actor_id=actor.id, actor_email=actor.email,
                    owner=self.owner, problems=[], problem_count=0,
                )  # fmt: skip
                session.add(job)
                session.flush()
                job_id = job.id
            folder = Path(tempfile.mkdtemp(prefix="tw-import-"))
            path = folder / name
            path.write_bytes(data)
            self._futures[job_id] = self._pool.submit(
                self._run, tenant_id, job_id, path, actor, check_only
            )
        return job_id

    def wait(self, job_id: int, timeout: float | None = None) -> bool:
        """Wait up to ``timeout`` seconds for job ``job_id``; whether it has finished."""
        future = self._futures.get(job_id)
        if future is None:
            return True
        try:
            future.result(timeout=timeout)
        except TimeoutError:
            return False
        return True

    def progress(self, job_id: int) -> tuple[int, int] | None:
        """(products written, products) of a job this queue is writing, else None."""
        return self._progress.get(job_id)

    def shutdown(self) -> None:
        """Stop taking jobs; queued ones are marked failed, a running one finishes."""
        cancelled = [jid for jid, f in self._futures.items() if f.cancel()]
        for job_id in cancelled:
            _finish(self._db, None, job_id, status="failed", error=INTERRUPTED)
        self._pool.shutdown(wait=False)
        threading.Thread(target=self._release_when_idle, daemon=True).start()

    def _release_when_idle(self) -> None:
        self._pool.shutdown(wait=True)
        with _LIVE_LOCK:
            _LIVE.discard(self._token)

    def _run(self, tenant_id: int, job_id: int, path: Path, actor: Actor, check_only: bool) -> None:
        def progress(done: int, total: int) -> None:
            self._progress[job_id] = (done, total)

        try:
            _finish(self._db, tenant_id, job_id, status="running", finished=False)
            report = import_catalogue(
                self._db, tenant_id, path, actor, self._settings, subject=str(job_id),
                check_only=check_only, progress=progress,
            )  # fmt: skip
            _finish(
                self._db, tenant_id, job_id, status="done", created=report.created,
                updated=report.updated, unchanged=report.unchanged, seconds=report.seconds,
            )  # fmt: skip
        except ImportFileError as error:
            problems = [{"line": p.line, "field": p.field, "message": p.message}
                        for p in error.problems]  # fmt: skip
            _finish(self._db, tenant_id, job_id, status="failed", problems=problems)
        except InvalidInput as error:  # not a readable CSV: one message, with the file's name
            message = error.message.replace(str(path), path.name)
            _finish(self._db, tenant_id, job_id, status="failed", error=message)
        except Exception as error:  # the job ends failed; the server runs on
            log.exception("catalogue import %s failed", job_id)
            _finish(self._db, tenant_id, job_id, status="failed",
                    error=f"the import failed unexpectedly ({type(error).__name__}); "
                    "nothing was written")  # fmt: skip
        finally:
            self._progress.pop(job_id, None)
            shutil.rmtree(path.parent, ignore_errors=True)


def safe_file_name(name: str) -> str:
    """The uploaded file's base name, as shown in messages: no folders, no odd characters,
    at most 100 characters, ``upload.csv`` when nothing is left."""
    base = re.sub(r"[^\w.\- ]", "_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    return base[-100:] or "upload.csv"


def _finish(
    db: Database, tenant_id: int | None, job_id: int, *, status: str, finished: bool = True,
    problems: list[dict[str, Any]] | None = None, **values: Any,
) -> None:  # fmt: skip
    session_for = system_session(db) if tenant_id is None else tenant_session(db, tenant_id)
    with session_for as session:
        job = session.get(ImportJob, job_id)
        if job is None or job.status in ("done", "failed"):
            return
        job.status = status
        if problems is not None:
            job.problems, job.problem_count = problems[:MAX_PROBLEMS], len(problems)
        for key, value in values.items():
            setattr(job, key, value)
        if finished:
            job.finished_at = utcnow()


def import_job(
    db: Database, tenant_id: int, job_id: int, queue: ImportQueue | None = None
) -> ImportJobView:
    """Job ``job_id`` of this shop (``NotFound`` for another shop's), with its live
    progress when ``queue`` is running it."""
    with tenant_session(db, tenant_id) as session:
        job = session.get(ImportJob, job_id)
        if job is None:
            raise NotFound(f"no import {job_id} in this shop")
        return _view(job, queue.progress(job_id) if queue is not None else None)


def recent_imports(db: Database, tenant_id: int, limit: int = 10) -> list[ImportJobView]:
    """The shop's latest import jobs, newest first."""
    with tenant_session(db, tenant_id) as session:
        jobs = session.scalars(select(ImportJob).order_by(ImportJob.id.desc()).limit(limit))
        return [_view(job, None) for job in jobs]


def _view(job: ImportJob, progress: tuple[int, int] | None) -> ImportJobView:
    problems = [RowProblem(int(p["line"]), str(p["field"]), str(p["message"]))
                for p in job.problems or []]  # fmt: skip
    return ImportJobView(
        job.id, job.status, job.mode == "check", job.file_name, job.file_bytes,
        job.actor_email or "command line", job.created_at, job.finished_at, job.created,
        job.updated, job.unchanged, problems, job.problem_count, job.error,
        job.seconds, progress,
    )  # fmt: skip


def recover_interrupted(db: Database) -> int:
    """Mark ``failed`` the queued or running jobs whose process is gone (every shop)."""
    with system_session(db) as session:
        stale = [
            job
            for job in session.scalars(
                select(ImportJob).where(ImportJob.status.in_(("queued", "running")))
            )
            if _orphaned(job.owner)
        ]
        for job in stale:
            job.status, job.error, job.finished_at = "failed", INTERRUPTED, utcnow()
    return len(stale)


def _orphaned(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid_text, _, token = rest.partition(":")
    if not pid_text.isdigit():
        return True
    if host != _HOST:
        return False  # another machine's process: it cannot be checked from here
    if int(pid_text) == os.getpid():
        with _LIVE_LOCK:
            return token not in _LIVE
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
