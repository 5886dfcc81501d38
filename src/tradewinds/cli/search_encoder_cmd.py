"""``tradewinds search encoder fit|show``: an embedding model adapted to the shop."""

from __future__ import annotations

from pathlib import Path

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
    from tradewinds.search.encoder_training import fit_encoder

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
    typer.echo(
        f"fine-tuned on {meta['pairs']} pair(s) from {meta['queries']} quer(ies) "
        f"({meta['source']}) in {meta['seconds']} s; saved to {meta['out']}\n"
        f"use it: set models.embed.model to that folder (e.g. "
        f"TRADEWINDS_MODELS__EMBED__MODEL={meta['out']}) and run `tradewinds search reindex`"
    )


@app.command("show", help="Describe a fine-tuned model folder.")
def show_cmd(
    folder: Path | None = typer.Argument(
        None, help="Model folder (default: the tenant's default output)."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.core.errors import NotFound
    from tradewinds.models.fine_tune import read_meta
    from tradewinds.search.encoder_training import default_output

    if folder is None:
        db = open_db()
        folder = default_output(settings(), tenant_for(db, tenant).id)
    meta = read_meta(folder)
    if meta is None:
        raise NotFound(
            f"no fine-tuned model in {folder}; make one with `tradewinds search encoder fit`"
        )
    configured = settings().models.get("embed")
    meta["in_use"] = bool(
        configured
        and Path(configured.model).expanduser().resolve() == folder.expanduser().resolve()
    )
    if as_json:
        print_json(meta)
        return
    for key, value in meta.items():
        typer.echo(f"{key}: {value}")
