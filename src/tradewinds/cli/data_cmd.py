"""``tradewinds import`` and ``tradewinds export``: products and orders in and out.

Formats: Shopify's CSV exports and our JSON Lines schema (``docs/formats.md``). A file
with bad rows imports nothing and exits 2 with every problem listed, unless
``--skip-invalid``. A progress bar is drawn on long imports when stdout is a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

if TYPE_CHECKING:
    from tradewinds.store.db import Database
    from tradewinds.store.importers import ImportReport

import_app = typer.Typer(
    help="Import products or orders (Shopify CSV or JSON Lines).", no_args_is_help=True
)
export_app = typer.Typer(
    help="Export products or orders (Shopify CSV or JSON Lines).", no_args_is_help=True
)

FileArgument = typer.Argument(..., help="The file: a Shopify CSV export or .jsonl.")
ImportFormatOption = typer.Option(
    "auto", "--format", "-f", help="auto (by suffix, then content), shopify or jsonl."
)
SkipInvalidOption = typer.Option(
    False, "--skip-invalid", help="Import the valid rows and report the others."
)
ExportFormatOption = typer.Option("shopify", "--format", "-f", help="shopify or jsonl.")
OutOption = typer.Option(None, "--out", "-o", help="Write to this file (default: stdout).")


def register(app: typer.Typer) -> None:
    """Add ``import`` and ``export`` to the root app."""
    app.add_typer(import_app, name="import")
    app.add_typer(export_app, name="export")


@import_app.command("products")
def import_products_cmd(
    path: Path = FileArgument,
    tenant: str | None = TenantOption,
    format: str = ImportFormatOption,
    skip_invalid: bool = SkipInvalidOption,
    fetch_images: bool = typer.Option(
        True,
        "--fetch-images/--no-fetch-images",
        help="Then copy the products' remote image URLs into the media store "
        "(later: tradewinds media fetch).",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Import products; re-importing updates them in place (matched by Handle and SKU).

    Remote image URLs are then fetched into the media store (the storefront never loads
    images from another host); a failed or unreachable image never fails the import.
    """
    from tradewinds.cli import media_cmd
    from tradewinds.store.importers import import_products

    after = media_cmd.fetch_images if fetch_images else None
    _run_import(import_products, "products", path, tenant, format, skip_invalid, as_json, after)


@import_app.command("orders")
def import_orders_cmd(
    path: Path = FileArgument,
    tenant: str | None = TenantOption,
    format: str = ImportFormatOption,
    skip_invalid: bool = SkipInvalidOption,
    as_json: bool = JsonOption,
) -> None:
    """Import orders; re-importing updates them in place (matched by Name)."""
    from tradewinds.store.importers import import_orders

    _run_import(import_orders, "orders", path, tenant, format, skip_invalid, as_json)


@export_app.command("products")
def export_products_cmd(
    tenant: str | None = TenantOption,
    format: str = ExportFormatOption,
    out: Path | None = OutOption,
) -> None:
    """Export every product of the tenant."""
    from tradewinds.store.exporters import export_products

    _run_export(export_products, "products", tenant, format, out)


@export_app.command("orders")
def export_orders_cmd(
    tenant: str | None = TenantOption,
    format: str = ExportFormatOption,
    out: Path | None = OutOption,
) -> None:
    """Export every order of the tenant."""
    from tradewinds.store.exporters import export_orders

    _run_export(export_orders, "orders", tenant, format, out)


def _run_import(
    importer: Callable[..., ImportReport],
    what: str,
    path: Path,
    tenant: str | None,
    format: str,
    skip_invalid: bool,
    as_json: bool,
    after: Callable[[Database, int], dict[str, Any]] | None = None,
) -> None:
    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    with _progress_bar(f"Importing {what}", enabled=sys.stdout.isatty() and not as_json) as bar:
        report = importer(
            db, tenant_id, path, format=format, skip_invalid=skip_invalid, progress=bar
        )
    images = after(db, tenant_id) if after is not None else None
    if as_json:
        print_json({**report.to_dict(), **({"images": images} if images else {})})
        return
    for problem in report.skipped:
        typer.echo(f"skipped: {problem.format(str(path))}")
    typer.echo(
        f"{path}: {report.created} {what} created, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.skipped_lines)} row(s) skipped "
        f"({report.seconds:.2f} s)"
    )
    if images and (images["stored"] or images["failed"] or images["pending"]):
        from tradewinds.cli.media_cmd import describe

        for line in describe(images):
            typer.echo(line)


@contextmanager
def _progress_bar(label: str, *, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def _run_export(
    exporter: Callable[..., int], what: str, tenant: str | None, format: str, out: Path | None
) -> None:
    from tradewinds.store.exporters.products import check_format

    check_format(format)  # before creating the output file
    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    if out is None:
        count = exporter(db, tenant_id, sys.stdout, format=format)
    else:
        with _open_out(out) as stream:
            count = exporter(db, tenant_id, stream, format=format)
    typer.echo(f"exported {count} {what} to {out or 'stdout'}", err=True)


@contextmanager
def _open_out(path: Path) -> Iterator[TextIO]:
    from tradewinds.core.errors import InvalidInput

    try:
        stream = path.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror}") from None
    with stream:
        yield stream
