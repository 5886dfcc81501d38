"""``tradewinds search encoder fit|use|drop|show``: an embedding model adapted to the shop."""

from __future__ import annotations

from pathlib import Path
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
from tradewinds.cli.search_ranker_cmd import (
    DaysOption,
    FromClicksOption,
    QrelsOption,
    QueriesOption,
)

if TYPE_CHECKING:
    from tradewinds.store import Database

app = typer.Typer(
    help="Fine-tune the embedding model on the shop's judgements or clicks.",
    no_args_is_help=True,
)


@app.command("fit", help="Fine-tune from judgements (--queries, --qrels) or from clicks.")
def fit_cmd(
    queries: Path | None = QueriesOption,
    qrels: Path | None = QrelsOption,
    from_clicks: bool = FromClicksOption,
    days: int = DaysOption,
    out: Path | None = typer.Option(
        None,
        "--out",
        help="Model folder to write (default <home>/models/search-encoder-tenant-<id>).",
    ),
    epochs: float = typer.Option(1.0, "--epochs", help="Passes over the training pairs."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.models.fine_tune import FineTuneParams
    from tradewinds.search import fit_encoder

    db = open_db()

    def progress(step: int, steps: int, loss: float) -> None:
        if not as_json:
            typer.echo(f"step {step}/{steps}: loss {loss:.3f}", err=True)

    meta = fit_encoder(
        db, tenant_for(db, tenant).id, settings(), queries=queries, qrels=qrels,
        from_clicks=from_clicks, days=days, out=out,
        params=FineTuneParams(epochs=epochs), progress=progress,
    )  # fmt: skip
    if as_json:
        print_json(meta)
        return
    flag = f" --tenant {tenant}" if tenant else ""
    typer.echo(
        f"fine-tuned on {meta['pairs']} pair(s) from {meta['queries']} quer(ies) "
        f"({meta['source']}) in {meta['seconds']} s; saved to {meta['out']}\n"
        f"use it for this tenant: tradewinds search encoder use {meta['out']}{flag}"
    )


ReindexOption = typer.Option(
    True, "--reindex/--no-reindex", help="Re-embed the catalogue now (the switch happens then)."
)


@app.command("use", help="Embed the tenant's products and queries with a fine-tuned model.")
def use_cmd(
    folder: Path | None = typer.Argument(
        None, help="Model folder (default: the tenant's `encoder fit` output)."
    ),
    reindex_now: bool = ReindexOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.search import choose_encoder, default_encoder_folder

    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    chosen = choose_encoder(
        settings(), tenant_id, folder or default_encoder_folder(settings(), tenant_id)
    )
    _finish(db, tenant_id, chosen, reindex_now, as_json)


@app.command("drop", help="Go back to the deployment's embedding model for this tenant.")
def drop_cmd(
    reindex_now: bool = ReindexOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.search import drop_encoder

    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    _finish(db, tenant_id, {"dropped": drop_encoder(settings(), tenant_id)}, reindex_now, as_json)


def _finish(
    db: Database, tenant_id: int, out: dict[str, Any], reindex_now: bool, as_json: bool
) -> None:
    from tradewinds.search import reindex

    if reindex_now:
        report = reindex(db, tenant_id, settings())
        out["reindexed"] = {"products": report.products, "seconds": round(report.seconds, 1)}
    if as_json:
        print_json(out)
        return
    if "model" in out:
        typer.echo(f"tenant {tenant_id} now embeds with {out['model']}")
    else:
        was = "" if out["dropped"] else " (it had no encoder of its own)"
        typer.echo(f"tenant {tenant_id} embeds with the deployment's model{was}")
    if reindex_now:
        done = out["reindexed"]
        typer.echo(f"re-embedded {done['products']} product(s) in {done['seconds']} s")
    else:
        typer.echo("the switch happens at the next `tradewinds search reindex`")


@app.command("show", help="The tenant's encoder (chosen and live), or describe a model folder.")
def show_cmd(
    folder: Path | None = typer.Argument(
        None, help="Model folder (default: the tenant's chosen encoder or `encoder fit` output)."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.core.errors import NotFound
    from tradewinds.models.fine_tune import read_meta
    from tradewinds.search import chosen_encoder, default_encoder_folder, live_encoder, open_index

    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    chosen = chosen_encoder(settings(), tenant_id)
    live = live_encoder(open_index(settings(), tenant_id))
    if folder is None:
        folder = Path(chosen) if chosen else default_encoder_folder(settings(), tenant_id)
    meta = read_meta(folder)
    if meta is None and not (chosen or live):
        raise NotFound(
            f"no fine-tuned model in {folder}; make one with `tradewinds search encoder fit`"
        )
    resolved = str(folder.expanduser().resolve())
    spec = settings().models.get("embed")
    deployment = str(Path(spec.model).expanduser().resolve()) if spec and spec.model else ""
    out: dict[str, Any] = {
        "tenant_id": tenant_id,
        "chosen": chosen or "deployment model",
        "live": live or "deployment model",
        "folder": resolved,
        "in_use": (live or deployment) == resolved,
        "pending_reindex": chosen != live,
        **(meta or {}),
    }
    if as_json:
        print_json(out)
        return
    for key, value in out.items():
        typer.echo(f"{key}: {value}")
