"""``tradewinds copy check``: check listing copy against a stored product's facts; the
review workflow's commands (``copy draft``, ``review``, ``publish``...) are in
:mod:`.copy_review_cmd`."""

from __future__ import annotations

from pathlib import Path

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for
from tradewinds.cli.copy_review_cmd import register_commands

app = typer.Typer(
    help="Listing copy: check it against the product's facts, review drafts, publish, revert.",
    no_args_is_help=True,
)


def register(root: typer.Typer) -> None:
    """Add the ``copy`` group to the root app."""
    root.add_typer(app, name="copy")


register_commands(app)


@app.command("check")
def check(
    handle: str = typer.Argument(..., help="The product's handle."),
    text: str | None = typer.Option(None, "--text", help="The copy to check."),
    file: Path | None = typer.Option(
        None, "--file", exists=True, dir_okay=False, help="A UTF-8 file holding the copy."
    ),
    language: str | None = typer.Option(None, "--language", help="en or zh (default: either)."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Print the findings for a copy of a stored product; exit code 1 when it would be
    blocked from publishing."""
    from tradewinds.core.errors import InvalidInput
    from tradewinds.merchant import check_copy, product_facts
    from tradewinds.store import tenant_session

    if (text is None) == (file is None):
        raise InvalidInput("Give the copy with exactly one of --text or --file")
    copy = text if text is not None else Path(file).read_text(encoding="utf-8-sig")  # type: ignore[arg-type]
    db = open_db()
    try:
        with tenant_session(db, tenant_for(db, tenant).id) as session:
            facts = product_facts(session, handle)
    finally:
        db.dispose()
    result = check_copy(facts, copy, language)
    if as_json:
        print_json({"handle": handle, **result.to_dict()})
    else:
        typer.echo(f"{handle}: {result.verdict} ({len(result.findings)} findings)")
        for f in result.findings:
            where = f" [{f.source}]" if f.source else ""
            typer.echo(f"  {f.severity:5} {f.kind}: {f.claim!r} vs {f.fact!r}{where}")
    if result.verdict != "ok":
        raise typer.Exit(1)
