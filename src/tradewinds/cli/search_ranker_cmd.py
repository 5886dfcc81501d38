"""``tradewinds search ranker fit|show|remove``: the tenant's learned ranker."""

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

# Where training data comes from; shared with `search encoder fit`.
QueriesOption = typer.Option(None, "--queries", help="QUERIES.tsv (qid, query).")
QrelsOption = typer.Option(None, "--qrels", help="QRELS.tsv (qid, product id or handle, label).")
FromClicksOption = typer.Option(
    False, "--from-clicks", help="Learn from the tenant's search clicks instead."
)
DaysOption = typer.Option(90, "--days", min=1, help="With --from-clicks: days of clicks.")

app = typer.Typer(
    help="The learned ranker that re-orders the top search candidates.", no_args_is_help=True
)


@app.command("fit", help="Fit the ranker from judgements (--queries, --qrels) or from clicks.")
def fit_cmd(
    queries: Path | None = QueriesOption,
    qrels: Path | None = QrelsOption,
    from_clicks: bool = FromClicksOption,
    days: int = DaysOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.search import fit_ranker

    db = open_db()
    ranker = fit_ranker(
        db, tenant_for(db, tenant).id, settings(), queries=queries, qrels=qrels,
        from_clicks=from_clicks, days=days,
    )  # fmt: skip
    described = {k: v for k, v in ranker.to_dict().items() if k != "features"}
    if as_json:
        print_json(described)
        return
    typer.echo(
        f"fitted a {described['kind']} ranker on {described['queries']} quer(ies), "
        f"{described['rows']} candidate(s), from {described['source']}; it re-orders the top "
        f"{described['top_n']} results of every search"
    )


@app.command("show", help="Describe the tenant's ranker.")
def show_cmd(tenant: str | None = TenantOption, as_json: bool = JsonOption) -> None:
    from tradewinds.core.errors import NotFound
    from tradewinds.search import ranker_directory, tenant_ranker

    db = open_db()
    tenant_id = tenant_for(db, tenant).id
    ranker = tenant_ranker(settings(), tenant_id)
    if ranker is None:
        raise NotFound(
            f"no ranker for this tenant (in {ranker_directory(settings(), tenant_id)}); "
            "fit one with `tradewinds search ranker fit`"
        )
    described = ranker.to_dict()
    if as_json:
        print_json(described)
        return
    for key, value in described.items():
        shown = ", ".join(value) if key == "features" else value
        typer.echo(f"{key}: {shown}")


@app.command("remove", help="Delete the tenant's ranker (searches use the fused order again).")
def remove_cmd(tenant: str | None = TenantOption) -> None:
    from tradewinds.search import remove_ranker

    db = open_db()
    removed = remove_ranker(settings(), tenant_for(db, tenant).id)
    typer.echo("removed the ranker" if removed else "there was no ranker")
