"""``tradewinds copy draft|drafts|review|approve|reject|edit|publish|versions|revert|settings``:
the listing-copy review workflow (``tradewinds.merchant``). Nothing publishes by itself:
``copy publish`` is the only command that writes a product's copy, and only an approved
draft that no finding blocks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tradewinds.merchant import Draft, Version

FileOption = typer.Option(
    None, "--file", exists=True, dir_okay=False, help="A UTF-8 file holding the copy."
)
TextOption = typer.Option(None, "--text", help="The copy itself.")


@contextmanager
def _session(tenant: str | None) -> Iterator[Session]:
    from tradewinds.store import tenant_session

    db = open_db()
    try:
        with tenant_session(db, tenant_for(db, tenant).id) as session:
            yield session
    finally:
        db.dispose()


def _read(text: str | None, file: Path | None) -> str:
    from tradewinds.core.errors import InvalidInput

    if (text is None) == (file is None):
        raise InvalidInput("Give the copy with exactly one of --text or --file")
    return text if text is not None else Path(str(file)).read_text(encoding="utf-8-sig")


def _show_draft(draft: Draft) -> None:
    typer.echo(
        f"draft {draft.id}: {draft.handle} ({draft.language}) {draft.status}, "
        f"{draft.check.verdict}, by {draft.copy.origin}"
        + (f" ({draft.copy.model})" if draft.copy.model else "")
        + (f", {draft.author}" if draft.author else "")
    )
    for f in draft.check.findings:
        where = f" [{f.source}]" if f.source else ""
        typer.echo(f"  {f.severity:5} {f.kind}: {f.claim!r} vs {f.fact!r}{where}")


def _show_version(version: Version) -> None:
    flags = " current" if version.current else ""
    origin: str = version.copy.origin
    if version.reverted_from:
        origin += f" (reverted from v{version.reverted_from})"
    note = f" — {version.note}" if version.note else ""
    typer.echo(
        f"v{version.number} {version.language}{flags}: {version.copy.title!r}, {origin}, "
        f"{version.published_by or 'command line'} {version.published_at:%Y-%m-%d %H:%M}{note}"
    )


def _output(data: Any, as_json: bool, show: Any) -> None:
    if as_json:
        print_json(data.to_dict())
    else:
        show(data)


def draft(
    handle: str = typer.Argument(..., help="The product's handle."),
    language: str = typer.Option(..., "--language", help="en or zh."),
    text: str | None = TextOption,
    file: Path | None = FileOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Store a merchant-written copy as a pending draft (title on the first line, "- "
    bullets, then the description; "SEO title:" and "Meta description:" lines; or JSON)."""
    from tradewinds.merchant import catalogue_duplicates, copy_from_text, create_draft

    copy = copy_from_text(_read(text, file), language)
    with _session(tenant) as session:
        result = create_draft(session, handle, copy, duplicates=catalogue_duplicates(session))
    _output(result, as_json, _show_draft)


def drafts(
    status: str | None = typer.Option(None, "--status", help="pending, approved, ..."),
    handle: str | None = typer.Option(None, "--handle", help="Only this product's drafts."),
    language: str | None = typer.Option(None, "--language", help="Only this language."),
    limit: int = typer.Option(50, "--limit", min=1, max=500),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """List drafts, newest first."""
    from tradewinds.merchant import list_drafts

    with _session(tenant) as session:
        found = list_drafts(session, status=status, handle=handle, language=language, limit=limit)
    if as_json:
        print_json([d.to_dict() for d in found])
        return
    for d in found:
        typer.echo(f"{d.id:>6}  {d.status:10} {d.check.verdict:13} {d.language}  {d.handle}  "
                   f"{d.copy.title[:60]!r}")  # fmt: skip
    if not found:
        typer.echo("no drafts")


def review(
    draft_id: int = typer.Argument(..., help="The draft's id.", min=1),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Show a draft's findings and its diff against the copy the shop shows now."""
    from tradewinds.merchant import draft_diff, get_draft

    with _session(tenant) as session:
        found, diff = get_draft(session, draft_id), draft_diff(session, draft_id)
    if as_json:
        print_json({**found.to_dict(), "diff": [d.to_dict() for d in diff]})
        return
    _show_draft(found)
    for field in diff:
        if field.changed:
            typer.echo("\n".join(field.lines))
        else:
            typer.echo(f"  {field.field}: unchanged")


def approve(
    draft_id: int = typer.Argument(..., min=1),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Approve a draft for publishing (refused while a finding blocks it)."""
    from tradewinds.merchant import approve as approve_draft

    with _session(tenant) as session:
        result = approve_draft(session, draft_id)
    _output(result, as_json, _show_draft)


def reject(
    draft_id: int = typer.Argument(..., min=1),
    reason: str = typer.Option("", "--reason", help="Why (kept in the audit)."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Reject a draft."""
    from tradewinds.merchant import reject as reject_draft

    with _session(tenant) as session:
        result = reject_draft(session, draft_id, reason=reason)
    _output(result, as_json, _show_draft)


def edit(
    draft_id: int = typer.Argument(..., min=1),
    text: str | None = TextOption,
    file: Path | None = FileOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Replace a draft's copy with your edit; it is checked again and back to pending."""
    from tradewinds.merchant import catalogue_duplicates, copy_from_text, get_draft
    from tradewinds.merchant import edit as edit_draft

    body = _read(text, file)
    with _session(tenant) as session:
        copy = copy_from_text(body, get_draft(session, draft_id).language)
        index = catalogue_duplicates(session)
        result = edit_draft(session, draft_id, copy, duplicates=index)
    _output(result, as_json, _show_draft)


def publish(
    draft_id: int = typer.Argument(..., min=1),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Publish an approved draft: it becomes the product's copy (a new version)."""
    from tradewinds.merchant import publish as publish_draft

    with _session(tenant) as session:
        result = publish_draft(session, draft_id)
    _output(result, as_json, _show_version)


def versions(
    handle: str = typer.Argument(..., help="The product's handle."),
    language: str | None = typer.Option(None, "--language", help="Only this language."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """List the published versions of a product's copy, newest first."""
    from tradewinds.merchant import versions as list_versions

    with _session(tenant) as session:
        found = list_versions(session, handle, language)
    if as_json:
        print_json([v.to_dict() for v in found])
        return
    for v in found:
        _show_version(v)
    if not found:
        typer.echo("no published versions")


def revert(
    handle: str = typer.Argument(..., help="The product's handle."),
    version: int = typer.Argument(..., min=1, help="The version to restore."),
    language: str | None = typer.Option(None, "--language", help="Default: the shop's."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Publish an earlier version again, as a new version."""
    from tradewinds.merchant import revert as revert_copy

    with _session(tenant) as session:
        result = revert_copy(session, handle, version, language=language)
    _output(result, as_json, _show_version)


def settings(
    blocking: str | None = typer.Option(
        None, "--blocking", help="Comma-separated kinds that block publishing."
    ),
    label: bool | None = typer.Option(
        None, "--label/--no-label", help="Show the AI-generated label to shoppers."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Show (or change) the tenant's listing-copy settings."""
    from tradewinds.merchant import copy_settings, set_copy_settings

    kinds = None if blocking is None else [k.strip() for k in blocking.split(",") if k.strip()]
    with _session(tenant) as session:
        if kinds is None and label is None:
            result = copy_settings(session)
        else:
            result = set_copy_settings(session, blocking=kinds, storefront_label=label)
    data = result.to_dict()
    if as_json:
        print_json(data)
    else:
        typer.echo(f"blocking: {', '.join(data['blocking'])}")  # type: ignore[arg-type]
        typer.echo(f"storefront label: {'on' if data['storefront_label'] else 'off'}")


def register_commands(app: typer.Typer) -> None:
    """Add the review workflow's commands to the ``copy`` group."""
    for name, command in (
        ("draft", draft), ("drafts", drafts), ("review", review), ("approve", approve),
        ("reject", reject), ("edit", edit), ("publish", publish), ("versions", versions),
        ("revert", revert), ("settings", settings),
    ):  # fmt: skip
        app.command(name)(command)
