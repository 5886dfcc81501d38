"""``tradewinds jobs list|show|cancel|retry`` and ``tradewinds worker``: the job queue."""

from __future__ import annotations

from typing import Any

import typer

from tradewinds.cli._common import (
    JsonOption,
    TenantOption,
    open_db,
    print_json,
    settings,
    tenant_for,
)

app = typer.Typer(
    help="Background jobs (forecast runs, ...): list, cancel, retry.", no_args_is_help=True
)
JobArgument = typer.Argument(..., min=1, max=2**63 - 1, help="The job's id.")


def register(root: typer.Typer) -> None:
    """Add ``jobs`` and ``worker`` to the root app."""
    root.add_typer(app, name="jobs")
    root.command("worker")(worker)


def _show(job: Any) -> dict[str, Any]:
    fields = (
        "id",
        "kind",
        "status",
        "attempts",
        "max_attempts",
        "progress",
        "error",
        "cancel_requested",
        "payload",
        "result",
        "idempotency_key",
        "created_at",
        "started_at",
        "finished_at",
    )
    return {name: getattr(job, name) for name in fields}


def _with_session(tenant: str | None, action: Any) -> Any:
    from tradewinds.store import tenant_session

    db = open_db()
    try:
        with tenant_session(db, tenant_for(db, tenant).id) as session:
            return action(session)
    finally:
        db.dispose()


@app.command("list")
def list_(
    status: str | None = typer.Option(None, help="queued, running, done, failed or cancelled."),
    kind: str | None = typer.Option(None, help="Only this kind (e.g. forecast.run)."),
    limit: int = typer.Option(50, min=1, max=500),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """The tenant's jobs, newest first."""
    from tradewinds.jobs import list_jobs

    jobs = _with_session(
        tenant, lambda s: [_show(j) for j in list_jobs(s, status=status, kind=kind, limit=limit)]
    )
    if as_json:
        print_json(jobs)
        return
    if not jobs:
        typer.echo("No jobs.")
    for job in jobs:
        note = job["error"] or job["progress"] or ""
        typer.echo(
            f"{job['id']:>8}  {job['kind']:<16} {job['status']:<10} "
            f"{job['attempts']}/{job['max_attempts']}  {note[:80]}"
        )


@app.command("show")
def show(job_id: int = JobArgument, tenant: str | None = TenantOption) -> None:
    """One job in full (JSON)."""
    from tradewinds.jobs import get_job

    print_json(_with_session(tenant, lambda s: _show(get_job(s, job_id))))


@app.command("cancel")
def cancel(job_id: int = JobArgument, tenant: str | None = TenantOption) -> None:
    """Cancel a queued job at once, or ask a running one to stop."""
    from tradewinds.jobs import cancel_job

    job = _with_session(tenant, lambda s: _show(cancel_job(s, job_id)))
    asked = " (asked to stop at its next checkpoint)" if job["status"] == "running" else ""
    typer.echo(f"job {job_id}: {job['status']}{asked}")


@app.command("retry")
def retry(job_id: int = JobArgument, tenant: str | None = TenantOption) -> None:
    """Put a failed or cancelled job back in the queue."""
    from tradewinds.jobs import retry_job

    job = _with_session(tenant, lambda s: _show(retry_job(s, job_id)))
    typer.echo(f"job {job_id}: {job['status']} (attempt {job['attempts'] + 1} next)")


def worker(
    concurrency: int = typer.Option(
        1, "--concurrency", "-c", min=1, max=64, help="Jobs run at once (threads)."
    ),
    kinds: str = typer.Option("", "--kinds", help="Only these kinds, comma-separated."),
) -> None:
    """Run queued jobs of every tenant until stopped (Ctrl-C or SIGTERM); run as many as
    you like, on any host that reaches the database."""
    import signal

    from tradewinds.api.routes.jobs import load_job_kinds
    from tradewinds.jobs import Worker

    known = load_job_kinds()
    config = settings().jobs
    wanted = [k.strip() for k in kinds.split(",") if k.strip()] or None
    db = open_db()
    try:
        running = Worker(
            db,
            concurrency=concurrency,
            kinds=wanted,
            lease_seconds=config.lease_seconds,
            poll_seconds=config.poll_seconds,
        )
        running.start()
        typer.echo(
            f"worker: {concurrency} thread(s) on {', '.join(running.kinds or known)}", err=True
        )
        signal.signal(signal.SIGTERM, lambda *_: running.stop())
        try:
            running.wait_until_stopped()
        except KeyboardInterrupt:
            running.stop()
    finally:
        db.dispose()
