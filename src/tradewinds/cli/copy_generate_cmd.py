"""``tradewinds copy generate``: a stored product's listing copy, with the checker's verdict;
with ``--all`` or ``--filter ... --job`` a background job that drafts copy for many."""

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


def register(group: typer.Typer) -> None:
    """Add ``generate`` to the ``copy`` group."""
    group.command("generate")(generate)


def generate(
    handle: str | None = typer.Argument(None, help="The product's handle."),
    language: str = typer.Option(
        "en", "--language", help="en, zh, or one the copy model writes (jobs: comma-separated)."
    ),
    tone: str = typer.Option("neutral", "--tone", help="neutral, friendly or premium."),
    length: str = typer.Option("medium", "--length", help="short, medium or long."),
    writer: str | None = typer.Option(
        None, "--writer", help="templates, choose or model (default: by the configured model)."
    ),
    draft: bool = typer.Option(
        False, "--draft", help="Also store it as a pending draft to review (never published)."
    ),
    every: bool = typer.Option(False, "--all", help="Every product (with --job)."),
    filters: list[str] | None = typer.Option(
        None,
        "--filter",
        help="KEY=VALUE, repeatable (with --job): category, vendor, tag, "
        "status, q, missing (a language without published copy), handles (a,b,c).",
    ),
    job: bool = typer.Option(
        False, "--job", help="Queue a background job drafting copy for every selected product."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Generate the copy of a stored product and print it with the fact checker's verdict;
    exit code 1 when the checker blocks it or a listing rule fails. With ``--draft`` it is
    also stored as a pending draft (``copy review``, ``copy approve``, ``copy publish``).
    With ``--job`` (and ``--all``, ``--filter`` or a handle) a ``merchant.copy`` job drafts
    copy for every selected product in every ``--language``; it prints the job's id
    (``tradewinds jobs show ID``), and a worker (``tradewinds worker`` or ``serve``) runs it."""
    from tradewinds.core.errors import InvalidInput

    if job:
        _submit(handle, every, filters or [], language, tone, length, writer, tenant, as_json)
        return
    if every or filters:
        raise InvalidInput("--all and --filter draft many products as a background job: add --job")
    if handle is None:
        raise InvalidInput("Give a product handle, or --all / --filter with --job")
    _one(handle, language, tone, length, writer, draft, tenant, as_json)


def _filter(handle: str | None, every: bool, filters: list[str]) -> Any:
    from tradewinds.core.errors import InvalidInput
    from tradewinds.merchant import CopyFilter

    given: dict[str, Any] = {"all": every}
    for item in filters:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"--filter {item!r}: expected KEY=VALUE (e.g. category=Tents)")
        key = key.strip()
        given[key] = (
            [h.strip() for h in value.split(",") if h.strip()] if key == "handles" else value
        )
    if handle is not None:
        given["handles"] = [*given.get("handles", []), handle]
    return CopyFilter.from_dict(given)


def _submit(
    handle: str | None, every: bool, filters: list[str], language: str, tone: str,
    length: str, writer: str | None, tenant: str | None, as_json: bool,
) -> None:  # fmt: skip
    from tradewinds.merchant import submit_copy_job
    from tradewinds.store import tenant_session

    wanted = _filter(handle, every, filters)
    languages = [code.strip() for code in language.split(",") if code.strip()]
    db = open_db()
    try:
        with tenant_session(db, tenant_for(db, tenant).id) as session:
            job = submit_copy_job(
                session, wanted, languages, tone=tone, length=length, writer=writer,
                settings=settings(),
            )  # fmt: skip
            shown = {"id": job.id, "kind": job.kind, "status": job.status, "payload": job.payload}
    finally:
        db.dispose()
    if as_json:
        print_json(shown)
        return
    typer.echo(
        f"job {shown['id']} queued: {wanted.describe()}, languages {', '.join(languages)}; "
        f"follow it with `tradewinds jobs show {shown['id']}` (a `tradewinds worker` or "
        "`tradewinds serve` runs it)"
    )


def _one(
    handle: str, language: str, tone: str, length: str, writer: str | None, draft: bool,
    tenant: str | None, as_json: bool,
) -> None:  # fmt: skip
    from tradewinds.merchant import generate_copy, generate_draft

    db = open_db()
    draft_id = None
    try:
        tenant_id = tenant_for(db, tenant).id
        options: dict[str, Any] = {"tone": tone, "length": length, "writer": writer}
        if draft:
            result, stored = generate_draft(
                db, tenant_id, handle, language, settings=settings(), **options
            )
            draft_id = stored.id
        else:
            result = generate_copy(db, tenant_id, handle, language, settings=settings(), **options)
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
