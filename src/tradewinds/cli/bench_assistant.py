"""``tradewinds bench assistant`` (stable interface) and ``bench assistant-score``.

    tradewinds bench assistant --catalog PRODUCTS.csv [--orders ORDERS.csv]
        [--policies DIR] --tasks TASKS.jsonl --out RESULTS.jsonl [--understand parser]
    tradewinds bench assistant-score --tasks TASKS.jsonl --results RESULTS.jsonl
        --catalog PRODUCTS.csv [--orders ORDERS.csv] [--policies DIR]

The first writes one result line per task and prints a JSON summary (store build times,
latency); the second prints the score (task success, hallucinations, leaks, latency).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import typer

from tradewinds.cli._common import print_json, settings

_CATALOG = typer.Option(..., "--catalog", help="Shopify product CSV export.")
_ORDERS = typer.Option(None, "--orders", help="Shopify orders CSV (creates the customers).")
_POLICIES = typer.Option(None, "--policies", help="Folder of policy .md/.txt files.")
_TASKS = typer.Option(..., "--tasks", help='JSONL lines {"id", "customer_email"?, "turns"}.')
_CURRENCY = typer.Option("USD", "--currency", help="The store's currency (CSV prices are in it).")


def assistant(
    catalog: Path = _CATALOG,
    tasks: Path = _TASKS,
    out: Path = typer.Option(..., "--out", help="Where to write RESULTS.jsonl."),
    orders: Path | None = _ORDERS,
    policies: Path | None = _POLICIES,
    understand: str = typer.Option(
        "parser", "--understand", help="Passed to ask(): parser (the embedded default) or model."
    ),
    currency: str = _CURRENCY,
) -> None:
    """Build a fresh temporary store, run every task as one conversation, write one result
    line per task and print a JSON summary."""
    from tradewinds.assistant import (
        UNDERSTAND_MODES,
        bench_store,
        build_index,
        check_customers,
        latency,
        load_average,
        read_tasks,
        run_tasks,
        warm_up,
    )
    from tradewinds.core.errors import InvalidInput
    from tradewinds.core.threads import limit_torch_threads

    if understand not in UNDERSTAND_MODES:
        raise InvalidInput(
            f"--understand {understand!r}: expected one of {', '.join(UNDERSTAND_MODES)}"
        )
    task_list = read_tasks(tasks)
    if not out.parent.is_dir():
        raise InvalidInput(f"--out {out}: the folder {out.parent} does not exist")
    limit_torch_threads()  # as the server does: answers are timed as a server gives them
    load_before = load_average()
    started = time.perf_counter()
    with bench_store(catalog, settings(), orders=orders, policies=policies,
                     currency=currency) as store:  # fmt: skip
        customers = check_customers(store, task_list, tasks)
        build_index(store)
        warm_ms = warm_up(store, understand)
        with out.open("w", encoding="utf-8") as handle:

            def write(result: dict[str, Any]) -> None:
                handle.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
                handle.flush()

            results = run_tasks(store, task_list, customers, understand=understand,
                                on_result=write)  # fmt: skip
    turns = [t for r in results for t in r["turns"]]
    timed = [t for t in turns if t.get("first_token_ms") is not None]
    print_json(
        {
            "tasks": len(results),
            "turns": len(turns),
            "errors": sum(1 for t in turns if t.get("error")),
            "understand": understand,
            "store": {**store.counts, **{k: round(v, 2) for k, v in store.timings.items()}},
            "warm_up_ms": round(warm_ms, 1),
            "first_token_ms": latency([t["first_token_ms"] for t in timed]),
            "total_ms": latency([t["total_ms"] for t in timed]),
            "seconds": round(time.perf_counter() - started, 1),
            "load_average": {"before": load_before, "after": load_average()},
            "out": str(out),
        }
    )


def assistant_score(
    tasks: Path = _TASKS,
    results: Path = typer.Option(..., "--results", help="RESULTS.jsonl of bench assistant."),
    catalog: Path = _CATALOG,
    orders: Path | None = _ORDERS,
    policies: Path | None = _POLICIES,
    currency: str = _CURRENCY,
    fail_under: float | None = typer.Option(
        None, "--fail-under", min=0.0, max=1.0, help="Exit 1 when the success rate is lower."
    ),
) -> None:
    """Score results against the tasks' expectations and the input files; print JSON
    (success rate, hallucinations and leaks with every finding, latency, failures)."""
    from tradewinds.assistant import read_reference, read_results, read_tasks, score

    reference = read_reference(catalog, orders, policies, currency)
    summary = score(reference, read_tasks(tasks), read_results(results))
    print_json(summary)
    rate = summary["success_rate"]
    if fail_under is not None and (rate is None or rate < fail_under):
        raise typer.Exit(1)
