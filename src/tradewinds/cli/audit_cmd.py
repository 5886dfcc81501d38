"""``tradewinds audit``: query, export and purge the audit log of generations."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal, cast

import typer

from tradewinds.cli._common import (
    JsonOption,
    TenantOption,
    open_db,
    print_json,
    settings,
    tenant_for,
)

app = typer.Typer(help="Audit log of AI generations.", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="audit")


def _when(value: str | None, name: str) -> datetime | None:
    from datetime import UTC

    from tradewinds.core.errors import InvalidInput

    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"--{name} {value!r} is not a date (expected e.g. 2025-09-01)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_Action = typer.Option(None, "--action", help="allow, flag or block.")


@app.command("list")
def list_(
    tenant: str | None = TenantOption,
    since: str | None = typer.Option(None, "--from", help="Start date/time (UTC if no zone)."),
    until: str | None = typer.Option(None, "--to", help="End date/time, exclusive."),
    action: str | None = _Action,
    limit: int = typer.Option(50, min=1, max=10_000),
    as_json: bool = JsonOption,
) -> None:
    """Show recent generations, newest first."""
    from tradewinds.compliance import AuditQuery, query_audit

    db = open_db()
    query = AuditQuery(_when(since, "from"), _when(until, "to"), _action(action), limit=limit)
    records = query_audit(db, tenant_for(db, tenant).id, query)
    if as_json:
        print_json(records)
        return
    for r in records:
        typer.echo(
            f"{r['created_at']}\t{r['content_id']}\t{r['model']}\t{r['action']}\t{r['reason']}"
        )


def _action(value: str | None) -> Literal["allow", "flag", "block"] | None:
    from tradewinds.core.errors import InvalidInput

    if value is not None and value not in ("allow", "flag", "block"):
        raise InvalidInput(f"--action {value!r}: expected allow, flag or block")
    return cast("Literal['allow', 'flag', 'block'] | None", value)


@app.command("export")
def export(
    out: Path = typer.Option(..., "--out", help="File to write (.jsonl or .csv)."),
    tenant: str | None = TenantOption,
    since: str | None = typer.Option(None, "--from"),
    until: str | None = typer.Option(None, "--to"),
    action: str | None = _Action,
    fmt: str | None = typer.Option(None, "--format", help="jsonl or csv (default: by suffix)."),
) -> None:
    """Write every matching record to OUT."""
    from tradewinds.compliance import AuditQuery, export_audit
    from tradewinds.core.errors import InvalidInput

    chosen = fmt or ("csv" if out.suffix.lower() == ".csv" else "jsonl")
    if chosen not in ("jsonl", "csv"):
        raise InvalidInput(f"--format {chosen!r}: expected jsonl or csv")
    db = open_db()
    query = AuditQuery(_when(since, "from"), _when(until, "to"), _action(action), limit=10_000)
    count = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        for line in export_audit(
            db, tenant_for(db, tenant).id, query, fmt=cast("Literal['jsonl', 'csv']", chosen)
        ):
            handle.write(line)
            count += 1
    typer.echo(f"wrote {count - (chosen == 'csv')} records to {out}")


@app.command("purge")
def purge(
    tenant: str | None = TenantOption,
    older_than_days: int | None = typer.Option(
        None, "--older-than-days", min=1, help="Default: compliance.audit_retention_days."
    ),
) -> None:
    """Delete records past retention (records under an open complaint are kept)."""
    from tradewinds.compliance import purge_audit

    days = older_than_days or settings().compliance.audit_retention_days
    db = open_db()
    deleted = purge_audit(db, tenant_for(db, tenant).id, older_than_days=days)
    typer.echo(f"deleted {deleted} audit records older than {days} days")
