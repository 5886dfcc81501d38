"""``tradewinds usage report``: tokens, requests and cost per model and key."""

from __future__ import annotations

from datetime import date

import typer

from tradewinds.cli._common import JsonOption, open_db, print_json, settings, tenant_for

app = typer.Typer(help="Metered gateway usage.", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    """Add ``usage`` to the root app."""
    root.add_typer(app, name="usage")


def _day(value: str | None, option: str) -> date | None:
    from tradewinds.core.errors import InvalidInput

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{option} {value!r} is not a date (expected e.g. 2026-11-01)") from None


@app.command("report")
def report(
    tenant: str | None = typer.Option(None, "--tenant", "-t", help="Tenant slug."),
    from_: str | None = typer.Option(None, "--from", help="First day (UTC), default 1st of month."),
    to: str | None = typer.Option(None, "--to", help="Last day, inclusive (default today)."),
    csv: bool = typer.Option(False, "--csv", help="CSV on stdout."),
    as_json: bool = JsonOption,
) -> None:
    """Usage per model alias and key between two days, with cost from gateway.prices."""
    from datetime import UTC, datetime, time, timedelta

    from tradewinds.gateway import report_csv, usage_report
    from tradewinds.store.base import utcnow

    db = open_db()
    found = tenant_for(db, tenant)
    today = utcnow().date()
    start_day = _day(from_, "--from") or today.replace(day=1)
    end_day = _day(to, "--to") or today
    start = datetime.combine(start_day, time(), tzinfo=UTC)
    end = datetime.combine(end_day + timedelta(days=1), time(), tzinfo=UTC)
    lines = usage_report(db, found.id, start, end, settings().gateway.prices)
    if csv:
        typer.echo(report_csv(lines), nl=False)
    elif as_json:
        print_json([line.to_dict() for line in lines])
    else:
        typer.echo(f"{found.slug} {start_day} .. {end_day}")
        for x in lines:
            typer.echo(
                f"{x.model or '(no model)'}\tkey={x.key_id or 'internal'}\t{x.requests} req "
                f"({x.refused} refused)\t{x.prompt_tokens}+{x.completion_tokens} tokens\t"
                f"{x.cost} {x.currency}".rstrip()
            )
