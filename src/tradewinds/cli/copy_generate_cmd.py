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
    draft: bool = typer.Option(
        False, "--draft", help="Also store it as a pending draft to review (never published)."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Generate the copy of a stored product and print it with the fact checker's verdict;
    exit code 1 when the checker blocks it or a listing rule fails. With ``--draft`` it is
    also stored as a pending draft (``copy review``, ``copy approve``, ``copy publish``)."""
    from tradewinds.merchant import catalogue_duplicates, create_draft, generate_copy
    from tradewinds.store import tenant_session

    db = open_db()
    draft_id = None
    try:
        tenant_id = tenant_for(db, tenant).id
        result = generate_copy(
            db, tenant_id, handle, language, tone=tone, length=length, writer=writer,
            settings=settings(),
        )  # fmt: skip
        if draft:
            with tenant_session(db, tenant_id) as session:
                stored = create_draft(
                    session, handle, result.copy, template=f"{writer or 'default'}/{tone}/{length}",
                    duplicates=catalogue_duplicates(session),
                )  # fmt: skip
                draft_id = stored.id
    finally:
        db.dispose()
    if as_json:
        print_json({**result.to_dict(), "draft_id": draft_id})
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
        if draft_id is not None:
            typer.echo(f"Stored as draft {draft_id} (pending review).")
    if not result.ok:
        raise typer.Exit(1)
