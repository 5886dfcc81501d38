"""``tradewinds doctor``: check a deployment and say what is wrong, with the fix.

Checks, in order: settings, database (reachable, migrated), models (present; ``--load``
also loads the embedding models), media folder, disk space, redis (when configured), the
job queue (depth, waiting jobs, dead workers), each tenant's search index (built, lag),
the server port. Exit code 1 when any check fails (warnings alone: 0).
"""

from __future__ import annotations

import typer

from tradewinds.cli._common import JsonOption, print_json


def register(app: typer.Typer) -> None:
    """Add ``doctor`` to the root app."""
    app.command("doctor")(doctor)


def doctor(
    load: bool = typer.Option(
        False, "--load", help="Also load each embedding model and embed a text (slower)."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Check this deployment: database, models, media, disk, redis, jobs, search, port."""
    from dataclasses import asdict

    from tradewinds.cli import _doctor as checks
    from tradewinds.core.errors import ConfigError
    from tradewinds.core.settings import get_settings

    try:
        settings = get_settings()
    except ConfigError as exc:
        findings = [checks.Finding("settings", "fail", exc.message, "fix the named setting")]
    else:
        findings = checks.check_settings(settings)
        found, db = checks.check_database(settings)
        findings += found
        try:
            if db is not None and found[0].status == "ok":  # the tables below exist
                findings += checks.check_jobs(db) + checks.check_search_indexes(db, settings)
        finally:
            if db is not None:
                db.dispose()
        findings += checks.check_models(settings, load=load)
        findings += checks.check_media(settings) + checks.check_disk(settings)
        findings += checks.check_redis(settings) + checks.check_port(settings)
    if as_json:
        print_json([asdict(f) for f in findings])
    else:
        for f in findings:
            mark = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}[f.status]
            typer.echo(f"{mark}  {f.check}: {f.message}")
            if f.fix and f.status != "ok":
                typer.echo(f"      fix: {f.fix}")
    failed = [f.check for f in findings if f.status == "fail"]
    if failed:
        if not as_json:
            typer.secho(f"{len(failed)} check(s) failed: {', '.join(failed)}", err=True)
        raise typer.Exit(1)
