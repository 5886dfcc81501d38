"""``tradewinds blocklist add|list|remove``: a tenant's moderation keywords and regexes.

Entries are stored per tenant in the database and checked on every input and output of that
tenant (chat, streams, embeddings). A change is in force at once in the process that made
it and within 10 seconds in running servers (their policy cache), without a restart.
"""

from __future__ import annotations

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

app = typer.Typer(help="A tenant's moderation blocklist (keywords, regexes).", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="blocklist")


_Regex = typer.Option(False, "--regex", help="The patterns are Python regular expressions.")


@app.command("add")
def add(
    patterns: list[str] = typer.Argument(
        ..., help="Keywords (Chinese works) or, with --regex, regexes."
    ),
    tenant: str | None = TenantOption,
    regex: bool = _Regex,
    category: str = typer.Option(
        "blocklist", "--category", help="Category a hit counts towards (its action applies)."
    ),
) -> None:
    """Add one or more entries; all are checked before any is stored."""
    from tradewinds.compliance import add_blocklist_entry, validate_entry

    kind = "regex" if regex else "keyword"
    for pattern in patterns:  # validate all first: a bad regex stores nothing
        validate_entry(pattern, kind=kind, category=category)
    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    for pattern in patterns:
        record = add_blocklist_entry(db, tenant_id, pattern, kind=kind, category=category)
        typer.echo(f"added {record.kind} {record.pattern!r} (id {record.id}, {record.category})")


@app.command("list")
def list_(tenant: str | None = TenantOption, as_json: bool = JsonOption) -> None:
    """Show the tenant's entries, oldest first."""
    from tradewinds.compliance import list_blocklist

    db = open_db()
    records = list_blocklist(db, tenant_for(db, tenant).id)
    if as_json:
        print_json([r.to_dict() for r in records])
        return
    if not records:
        typer.echo("the blocklist is empty")
    for r in records:
        typer.echo(f"{r.id}\t{r.kind}\t{r.category}\t{r.pattern}")


@app.command("remove")
def remove(
    patterns: list[str] = typer.Argument(..., help="Patterns to remove, as listed."),
    tenant: str | None = TenantOption,
    regex: bool = _Regex,
) -> None:
    """Remove entries by pattern (``--regex`` for regex entries)."""
    from tradewinds.compliance import remove_blocklist_entry

    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    for pattern in patterns:
        record = remove_blocklist_entry(
            db, tenant_id, pattern, kind="regex" if regex else "keyword"
        )
        typer.echo(f"removed {record.kind} {record.pattern!r}")
