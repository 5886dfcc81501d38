"""``tradewinds search "query"`` and ``search reindex|report|suggest|synonyms|rules``;
``bench_search`` is registered as ``tradewinds bench search``."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from tradewinds.cli import search_encoder_cmd, search_ranker_cmd
from tradewinds.cli._common import (
    JsonOption,
    TenantOption,
    open_db,
    print_json,
    settings,
    tenant_for,
)
from tradewinds.cli._server import ServerOption, call_server, server_url


class _QueryByDefault(TyperGroup):
    """``search WORDS...`` runs the ``query`` command unless WORDS starts with a subcommand."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["query", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_QueryByDefault,
    help='Search the catalogue: tradewinds search "red running shoes under $80" [--explain].',
    no_args_is_help=True,
)


@app.command("query", help="Search (the default: `tradewinds search WORDS` runs this).")
def query_cmd(
    words: list[str] = typer.Argument(None, help="The query (empty: popular products)."),
    explain: bool = typer.Option(False, "--explain", help="Show how each result was ranked."),
    category: str | None = typer.Option(None, help="Only this category (or below it)."),
    brand: str | None = typer.Option(None, help="Only this brand (vendor)."),
    min_price: str | None = typer.Option(None, help="Lowest price, e.g. 10."),
    max_price: str | None = typer.Option(None, help="Highest price, e.g. 79.99."),
    in_stock: bool | None = typer.Option(None, "--in-stock/--any-stock", help="Stock filter."),
    attr: list[str] = typer.Option([], help="Attribute filter KEY=VALUE (repeatable)."),
    sort: str = typer.Option(
        "relevance", help="relevance, price_asc, price_desc, newest, popularity."
    ),
    page: int = typer.Option(1, min=1),
    per_page: int = typer.Option(10, min=1, max=100),
    semantic_ratio: float = typer.Option(0.5, help="0 = keywords only, 1 = meaning only."),
    understand: str = typer.Option("parser", help="parser, model or off."),
    drop: list[str] = typer.Option([], help="Ignore an understood constraint (max_price...)."),
    server: str | None = ServerOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.core.errors import InvalidInput

    attributes = {}
    for item in attr:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"--attr {item!r}: expected KEY=VALUE, e.g. --attr color=red")
        attributes[key.strip()] = value.strip()
    base = server_url(server)
    if base is not None:
        given: dict[str, Any] = {
            "q": " ".join(words or []), "category": category, "brand": brand,
            "min_price": min_price, "max_price": max_price, "in_stock": in_stock,
            "sort": sort, "page": page, "per_page": per_page,
            "semantic_ratio": semantic_ratio, "understand": understand, "explain": explain,
        }  # fmt: skip
        params = [(k, _param(v)) for k, v in given.items() if v is not None]
        params += [(f"attr.{k}", v) for k, v in attributes.items()]
        params += [("drop", d) for d in drop]
        answer = call_server(base, "GET", "/api/v1/search", tenant=tenant, params=params)
        if answer is not None:
            _show(answer, explain, as_json)
            return
    from tradewinds.search import SearchRequest, search_products  # the models load here

    db = open_db()
    request = SearchRequest(
        query=" ".join(words or []),
        category=category,
        brand=brand,
        min_price=min_price,
        max_price=max_price,
        in_stock=in_stock,
        attributes=attributes,
        sort=sort,
        page=page,
        per_page=per_page,
        semantic_ratio=semantic_ratio,
        understand=understand,
        drop=drop,
        explain=explain,
        source="cli",
    )
    _show(search_products(db, tenant_for(db, tenant), request, settings()), explain, as_json)


def _param(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _show(body: dict[str, Any], explain: bool, as_json: bool) -> None:
    if as_json:
        print_json(body)
        return
    _render(body, explain)


def _render(body: dict[str, Any], explain: bool) -> None:
    understood = body["understanding"]
    typer.echo(f"{body['total']} result(s) for {body['query']!r} in {body['latency_ms']} ms")
    if body.get("note"):
        typer.echo(body["note"])
    for item in understood["understood"]:
        typer.echo(
            f"  understood {item['kind']} {item['field']}={item['value']}  (--drop {item['field']})"
        )
    for n, r in enumerate(body["results"], start=body["offset"] + 1):
        low, high = r["price"], r["max_price"]
        price = "no price" if low is None else f"{low['amount']} {low['currency']}"
        if low is not None and high is not None and high["minor"] != low["minor"]:
            price = f"{low['amount']}-{high['amount']} {low['currency']}"
        stock = "" if r["in_stock"] else "  [sold out]"
        typer.echo(f"{n:>3}. {r['title']}  {price}  #{r['id']}{stock}")
        if explain:
            typer.echo(f"       {json.dumps(r['explain'], ensure_ascii=False)}")
    if explain and "explain" in body:
        typer.echo("explain: " + json.dumps(body["explain"], ensure_ascii=False))


@app.command("reindex", help="Rebuild the tenant's search index (atomic: searches keep working).")
def reindex_cmd(tenant: str | None = TenantOption) -> None:
    from tradewinds.search import reindex

    db = open_db()
    report = reindex(db, tenant_for(db, tenant).id, settings())
    typer.echo(
        f"indexed {report.products} product(s) in {report.seconds:.1f} s "
        f"({report.per_second:.0f}/s) into {report.directory}"
    )


@app.command("report", help="Top queries, zero-result queries and click-through rate.")
def report_cmd(
    days: int = typer.Option(30, min=1),
    limit: int = typer.Option(20, min=1),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    from tradewinds.search import search_report
    from tradewinds.store import tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        report = search_report(session, days=days, limit=limit)
    if as_json:
        print_json(report)
        return
    typer.echo(
        f"{report['searches']} search(es) since {report['since'][:10]}, "
        f"CTR {report['click_through_rate']:.1%}, avg {report['avg_latency_ms']} ms"
    )
    for title, key in (
        ("Top queries", "top_queries"),
        ("Zero-result queries", "zero_result_queries"),
    ):
        typer.echo(f"\n{title}:")
        for row in report[key] or [{"query": "(none)", "searches": 0, "ctr": 0}]:
            typer.echo(f"  {row['searches']:>5}  {row['query']}  CTR {row['ctr']:.0%}")


@app.command("suggest", help="Autocomplete suggestions for a prefix.")
def suggest_cmd(prefix: str, tenant: str | None = TenantOption) -> None:
    from tradewinds.search import catch_up, open_index, suggest
    from tradewinds.store import tenant_session

    db = open_db()
    tenant_row = tenant_for(db, tenant)
    catch_up(db, tenant_row.id, settings())
    with tenant_session(db, tenant_row.id) as session:
        for item in suggest(session, open_index(settings(), tenant_row.id), prefix):
            typer.echo(f"{item['kind']:<8} {item['text']}")


synonyms_app = typer.Typer(help="Per-tenant synonyms.", no_args_is_help=True)
app.add_typer(synonyms_app, name="synonyms")


@synonyms_app.command("import", help="Replace the synonyms with FILE ('a, b' or 'a => b' lines).")
def synonyms_import(path: Path, tenant: str | None = TenantOption) -> None:
    from tradewinds.core.errors import InvalidInput
    from tradewinds.search import import_synonyms
    from tradewinds.store import tenant_session

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {path} as UTF-8 text: {exc}") from None
    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        rules = import_synonyms(session, text, str(path))
    typer.echo(f"imported {len(rules)} synonym rule(s)")


@synonyms_app.command("list", help="Show the synonyms.")
def synonyms_list(tenant: str | None = TenantOption) -> None:
    from tradewinds.search import list_synonyms
    from tradewinds.store import tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        for line in list_synonyms(session):
            typer.echo(line)


app.add_typer(search_ranker_cmd.app, name="ranker")  # learned ranker: fit, show, remove
app.add_typer(search_encoder_cmd.app, name="encoder")  # fine-tuned embeddings: fit, use, drop, show
rules_app = typer.Typer(help="Merchandising rules: pin, hide, boost, bury.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("add", help="Add a rule, e.g. `rules add boost --field brand --value Acme`.")
def rules_add(
    action: str = typer.Argument(..., help="pin, hide, boost or bury."),
    product: int | None = typer.Option(None, help="Product id."),
    field: str | None = typer.Option(None, help="brand, category, tag or an attribute key."),
    value: str | None = typer.Option(None),
    query: str = typer.Option("", help="Only for searches containing these words."),
    position: int | None = typer.Option(None, help="Pin: the 1-based slot."),
    weight: float = typer.Option(2.0, help="Boost/bury factor."),
    starts: datetime | None = typer.Option(None, help="Start (UTC), e.g. 2025-11-28T00:00."),
    ends: datetime | None = typer.Option(None, help="End (UTC)."),
    tenant: str | None = TenantOption,
) -> None:
    from datetime import UTC

    from tradewinds.search import add_rule
    from tradewinds.store import tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        rule = add_rule(
            session, action, product_id=product, field=field, value=value, query=query,
            position=position, weight=weight,
            starts_at=starts.replace(tzinfo=UTC) if starts else None,
            ends_at=ends.replace(tzinfo=UTC) if ends else None,
        )  # fmt: skip
        typer.echo(f"added rule {rule.id}")


@rules_app.command("list", help="Show the merchandising rules.")
def rules_list(tenant: str | None = TenantOption) -> None:
    from sqlalchemy import select

    from tradewinds.store import tenant_session
    from tradewinds.store.tables import MerchandisingRule

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        for r in session.scalars(select(MerchandisingRule).order_by(MerchandisingRule.id)):
            target = f"product {r.product_id}" if r.product_id else f"{r.field}={r.value}"
            window = f" {r.starts_at or ''}..{r.ends_at or ''}" if r.starts_at or r.ends_at else ""
            typer.echo(f"{r.id:>4} {r.action.value:<6} {target} query={r.query!r}{window}")


def bench_search(
    products: Path = typer.Option(
        ..., "--products", help="PRODUCTS.tsv (product_uid, product_title[, product_description])."
    ),
    queries: Path = typer.Option(..., "--queries", help="QUERIES.tsv (qid, query)."),
    run_out: Path = typer.Option(..., "--run-out", help="Where to write RUN.tsv."),
    qrels: Path | None = typer.Option(None, "--qrels", help="QRELS.tsv for nDCG/MRR/recall."),
    k: int = typer.Option(100, "--k", min=1, max=1000, help="Results written per query."),
    semantic_ratio: float = typer.Option(0.5, "--semantic-ratio", min=0.0, max=1.0),
    embedding_cache: Path | None = typer.Option(
        None, "--embedding-cache", help="Reuse product embeddings from this folder."
    ),
    limit_queries: int | None = typer.Option(None, "--limit-queries", min=1),
    torch_threads: int = typer.Option(1, "--torch-threads", min=0, help="0 = torch default."),
    fusion: str = typer.Option("score", "--fusion", help="score or rrf."),
    sweep: bool = typer.Option(
        False, "--sweep", help="Also re-fuse at other ratios (needs --qrels)."
    ),
    common_share: float = typer.Option(
        0.2,
        "--common-share",
        min=0.01,
        max=1.0,
        help="Leave terms in more than this share of products out of the match (1 = never).",
    ),
    ranker_cv: int | None = typer.Option(
        None, "--ranker-cv", min=2, help="Cross-validate the learned ranker, K folds by query."
    ),
    ranker_model: Path | None = typer.Option(
        None, "--ranker-model", help="Apply a ranker saved in this folder (e.g. other data)."
    ),
    ranker_save: Path | None = typer.Option(
        None, "--ranker-save", help="Fit a ranker on every judged query; save it here."
    ),
) -> None:
    """Build a fresh index, run every query, write the run, print timings (and metrics) as JSON."""
    from tradewinds.search import run_benchmark

    result = run_benchmark(
        products, queries, run_out, qrels, k=k, semantic_ratio=semantic_ratio,
        embedding_cache=embedding_cache, limit_queries=limit_queries, fusion=fusion, sweep=sweep,
        torch_threads=torch_threads or None, common_share=common_share, ranker_cv=ranker_cv,
        ranker_model=ranker_model, ranker_save=ranker_save,
    )  # fmt: skip
    print_json(result)


def register(root: typer.Typer) -> None:
    """Add ``search`` to the root app."""
    root.add_typer(app, name="search")
