"""``tradewinds campaigns create|list|show|edit|preview|export|send``: email campaigns for
a segment, fact-checked before they can leave the shop."""

from __future__ import annotations

import json
from pathlib import Path
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
    help="Email campaigns for a segment: copy, checks, export, send.", no_args_is_help=True
)


def register(root: typer.Typer) -> None:
    """Add the ``campaigns`` group to the root app."""
    root.add_typer(app, name="campaigns")


def _dict(c: Any) -> dict[str, Any]:
    return {
        "name": c.name,
        "segment": c.segment,
        "languages": c.languages,
        "variants": c.shares,
        "picks": c.picks,
        "verdict": c.verdict,
        "written_by": c.written_by,
        "content": c.content,
        "findings": c.findings,
    }


def _summary(c: Any) -> None:
    typer.echo(
        f"{c.name}: segment {c.segment}, variants {json.dumps(c.shares)}, "
        f"languages {', '.join(c.languages)}, verdict {c.verdict}"
    )
    typer.echo("picks: " + ", ".join(f"{p['handle']} ({p['source']})" for p in c.picks))
    for f in c.findings:
        typer.echo(
            f"  {f['severity']:5} {f['variant']}/{f['language']} {f['part']} {f['kind']}: "
            f"{f['claim']!r} vs {f['fact']!r} [{f.get('source', '')}]"
        )


@app.command("create")
def create(
    name: str,
    segment: str = typer.Option(..., "--segment", help="The stored segment it is for."),
    languages: str = typer.Option("en,zh", "--languages", help="Comma-separated: en, zh."),
    variants: str = typer.Option(
        '{"a": 1}', "--variants", help='Variant shares as JSON, e.g. \'{"a": 1, "b": 1}\'.'
    ),
    picks: int = typer.Option(3, "--picks", min=1, max=6, help="Products to show."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Write the campaign's copy from templates, pick products and check every claim."""
    from tradewinds.core.errors import InvalidInput
    from tradewinds.marketing import create_campaign

    try:
        shares = json.loads(variants)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--variants: not JSON ({exc.msg})") from None
    if not isinstance(shares, dict):
        raise InvalidInput('--variants: expected a JSON object such as {"a": 1, "b": 1}')
    config = settings()
    db = open_db()
    try:
        made = create_campaign(
            db,
            tenant_for(db, tenant).id,
            name,
            segment,
            languages=[x.strip() for x in languages.split(",") if x.strip()],
            variants=shares,
            picks=picks,
            recommend_settings=config.recommend,
            home=config.home,
        )
    finally:
        db.dispose()
    if as_json:
        print_json(_dict(made))
    else:
        _summary(made)


@app.command("list")
def list_(tenant: str | None = TenantOption) -> None:
    """Every campaign with its segment and verdict."""
    from tradewinds.marketing import list_campaigns

    db = open_db()
    try:
        found = list_campaigns(db, tenant_for(db, tenant).id)
    finally:
        db.dispose()
    for c in found:
        typer.echo(f"{c.name:24} {c.segment:24} {c.verdict}")


@app.command("show")
def show(name: str, tenant: str | None = TenantOption, as_json: bool = JsonOption) -> None:
    """A campaign's copy per variant and language, picks and findings."""
    from tradewinds.marketing import get_campaign

    db = open_db()
    try:
        found = get_campaign(db, tenant_for(db, tenant).id, name)
    finally:
        db.dispose()
    if as_json:
        print_json(_dict(found))
        return
    _summary(found)
    for variant, parts in found.content.items():
        for language, part in parts.items():
            typer.echo(f"\n[{variant}/{language}] {part['subject']}\n{part['intro']}")
            for block in part["blocks"]:
                typer.echo(f"  - {block['text']}")
            typer.echo(part["outro"])


@app.command("edit")
def edit(
    name: str,
    variant: str = typer.Option("a", "--variant"),
    language: str = typer.Option("en", "--language"),
    subject: str | None = typer.Option(None, "--subject"),
    intro: str | None = typer.Option(None, "--intro"),
    outro: str | None = typer.Option(None, "--outro"),
    block: list[str] = typer.Option([], "--block", help="HANDLE=TEXT (repeatable)."),
    tenant: str | None = TenantOption,
) -> None:
    """Change one variant's copy in one language; the campaign is checked again."""
    from tradewinds.core.errors import InvalidInput
    from tradewinds.marketing import edit_copy

    blocks: dict[str, str] = {}
    for item in block:
        handle, sep, text = item.partition("=")
        if not sep:
            raise InvalidInput(f"--block {item!r}: expected HANDLE=TEXT")
        blocks[handle.strip()] = text
    db = open_db()
    try:
        changed = edit_copy(
            db,
            tenant_for(db, tenant).id,
            name,
            variant,
            language,
            subject=subject,
            intro=intro,
            outro=outro,
            blocks=blocks or None,
        )
    finally:
        db.dispose()
    _summary(changed)


@app.command("preview")
def preview(
    name: str,
    limit: int = typer.Option(1, "--limit", min=1, max=50, help="Recipients to show."),
    tenant: str | None = TenantOption,
) -> None:
    """The emails of the first recipients, as they would be sent (addresses masked)."""
    from tradewinds.marketing import get_campaign, mask_email, preview_emails

    config = settings()
    db = open_db()
    try:
        tenant_id = tenant_for(db, tenant).id
        campaign = get_campaign(db, tenant_id, name)
        emails = preview_emails(db, tenant_id, campaign, config.marketing.unsubscribe_url, limit)
    finally:
        db.dispose()
    if campaign.verdict != "ok":
        typer.secho(f"campaign {name} is blocked: it cannot be exported or sent", fg="red")
    for person, written in emails:
        masked = mask_email(person.email)
        typer.echo(f"To: {masked} (variant {person.variant}, {person.language})")
        typer.echo(f"Subject: {written.subject}\n\n{written.text}")


@app.command("export")
def export(
    name: str,
    out: Path = typer.Option(..., "--out", help="A .csv file, or a folder for .eml files."),
    fmt: str = typer.Option("csv", "--format", help="csv or eml."),
    sender: str | None = typer.Option(
        None, "--from", help="From: (default marketing.from_address)."
    ),
    tenant: str | None = TenantOption,
) -> None:
    """Export the recipients (only customers who accept marketing); refused while the copy
    contradicts a product."""
    from tradewinds.core.errors import InvalidInput
    from tradewinds.marketing import export_csv, write_eml

    config = settings().marketing
    db = open_db()
    try:
        tenant_id = tenant_for(db, tenant).id
        if fmt == "csv":
            text = export_csv(db, tenant_id, name, unsubscribe_url=config.unsubscribe_url)
            out.write_text(text, encoding="utf-8")
            typer.echo(f"{text.count(chr(10)) - 1} recipients written to {out}")
        elif fmt == "eml":
            count = write_eml(
                db,
                tenant_id,
                name,
                out,
                sender=sender or config.from_address,
                unsubscribe_url=config.unsubscribe_url,
            )
            typer.echo(f"{count} emails written to {out}")
        else:
            raise InvalidInput(f"--format {fmt!r}: expected csv or eml")
    finally:
        db.dispose()


@app.command("send")
def send(name: str, tenant: str | None = TenantOption) -> None:
    """Send by SMTP (marketing.smtp_*; off by default) to every recipient not sent yet."""
    from tradewinds.marketing import send_campaign

    config = settings().marketing
    db = open_db()
    try:
        report = send_campaign(db, tenant_for(db, tenant).id, name, config)
    finally:
        db.dispose()
    typer.echo(f"{report.sent} sent, {report.already_sent} sent before, {report.refused} refused")
