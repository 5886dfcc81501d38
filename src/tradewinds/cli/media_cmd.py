"""``tradewinds media``: the media store of product images.

``media fetch`` copies a tenant's remote product images (``http(s)://`` URLs from an
imported CSV) into the media store, so the storefront can show them without loading
anything from another host. ``import products`` runs the same fetch after importing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from tradewinds.cli._common import (
    JsonOption,
    TenantOption,
    open_db,
    print_json,
    settings,
    tenant_for,
)

if TYPE_CHECKING:
    from tradewinds.store.db import Database

app = typer.Typer(help="Product images kept by Tradewinds (the media store).", no_args_is_help=True)


@app.command("fetch")
def fetch(
    tenant: str | None = TenantOption,
    retry_failed: bool = typer.Option(
        False, "--retry-failed", help="Try again the URLs that failed before."
    ),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Try at most this many URLs."),
    as_json: bool = JsonOption,
) -> None:
    """Download pending remote product images into the media store.

    Each image must arrive within media.fetch_timeout_s, be at most media.fetch_max_bytes and
    be a JPEG, PNG, WebP or GIF image; failures are recorded and listed, never fatal.
    """
    db = open_db()
    result = fetch_images(db, tenant_for(db, tenant).id, retry_failed=retry_failed, limit=limit)
    db.dispose()
    if as_json:
        print_json(result)
    else:
        for line in describe(result):
            typer.echo(line)


def fetch_images(
    db: Database, tenant_id: int, *, retry_failed: bool = False, limit: int | None = None
) -> dict[str, Any]:
    """Run :func:`~tradewinds.store.media.fetch_pending_images` with the settings' limits."""
    from tradewinds.store.media import fetch_pending_images, open_media_store

    media = settings().media
    report = fetch_pending_images(
        db,
        open_media_store(settings()),
        tenant_id,
        timeout_s=media.fetch_timeout_s,
        max_bytes=media.fetch_max_bytes,
        retry_failed=retry_failed,
        limit=limit,
        allow_private_hosts=media.fetch_private_hosts,
    )
    return {
        "stored": report.stored,
        "failed": report.failed,
        "pending": report.pending,
        "errors": report.errors,
    }


def describe(result: dict[str, Any]) -> list[str]:
    """Lines for people: the counts, then each failure."""
    lines = [
        f"images: {result['stored']} stored, {result['failed']} failed, "
        f"{result['pending']} left for later"
    ]
    lines += [f"  failed: {url}: {reason}" for url, reason in result["errors"].items()]
    if result["pending"]:
        lines.append("  (hosts unreachable: run `tradewinds media fetch` when online)")
    if result["failed"]:
        lines.append("  (`tradewinds media fetch --retry-failed` tries the failures again)")
    return lines
