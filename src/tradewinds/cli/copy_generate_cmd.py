"""``tradewinds copy generate``: a stored product's listing copy, with the checker's verdict."""

from __future__ import annotations

import typer

from tradewinds.cli._common import (
    JsonOption,
    TenantOption,
    open_db,
    print_json,
    settings,
    tenant_for,
)


def register(group: typer.Typer) -> None:
    """Add ``generate`` to the ``copy`` group."""
    group.command("generate")(generate)


def generate(
    handle: str = typer.Argument(..., help="The product's handle."),
    language: str = typer.Option("en", "--language", help="en, zh, or one the copy model writes."),
    tone: str = typer.Option("neutral", "--tone", help="neutral, friendly or premium."),
    length: str = typer.Option("medium", "--length", help="short, medium or long."),
    writer: str | None = typer.Option(
        None, "--writer", help="templates, choose or model (default: by the configured model)."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Generate the copy of a stored product and print it with the fact checker's verdict;
    exit code 1 when the checker blocks it or a listing rule fails."""
    from tradewinds.merchant import generate_copy

    db = open_db()
    try:
        result = generate_copy(
            db,
            tenant_for(db, tenant).id,
            handle,
            language,
            tone=tone,
            length=length,
            writer=writer,
            settings=settings(),
        )
    finally:
        db.dispose()
    if as_json:
        print_json(result.to_dict())
    else:
        copy = result.copy
        typer.echo(copy.title)
        for bullet in copy.bullets:
            typer.echo(f"  - {bullet}")
        typer.echo(f"\n{copy.description}\n")
        typer.echo(f"SEO title ({len(copy.seo_title)}): {copy.seo_title}")
        typer.echo(f"Meta description ({len(copy.meta_description)}): {copy.meta_description}")
        written = copy.model or "templates"
        typer.echo(
            f"Written by: {copy.origin} ({written}){' - generic draft' if copy.generic else ''}"
        )
        for note in copy.notes:
            typer.echo(f"Note: {note}")
        typer.echo(f"Check: {result.check.verdict} ({len(result.check.findings)} findings)")
        for f in result.check.findings:
            typer.echo(f"  {f.severity:5} {f.kind}: {f.claim!r} vs {f.fact!r} [{f.source}]")
        for problem in copy.problems():
            typer.echo(f"  problem: {problem}")
    if not result.ok:
        raise typer.Exit(1)
