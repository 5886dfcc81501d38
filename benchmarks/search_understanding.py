# ruff: noqa: E501 - one labelled case per line
"""Query understanding: the deterministic parser against the ``extract`` model (SmolLM2).

A small hand-labelled set of shop queries with the constraints a person reads in them.
Score: a query is right when every labelled constraint is found with the right value and
nothing else is (category and brand are left out: they depend on a catalogue). Reports
exact-match accuracy, per-field precision/recall and latency for each reader.

    python benchmarks/search_understanding.py [--no-model]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable

from tradewinds.search.understanding import Understanding, extract_query, parse_query

CASES: list[tuple[str, dict[str, str]]] = [
    ("red running shoes under $80 for kids", {"max_price": "80", "colour": "red", "audience": "kids"}),
    ("blue women's rain jacket", {"colour": "blue", "audience": "women"}),
    ("tent", {}),
    ("camping stove below 50 dollars", {"max_price": "50"}),
    ("men's hiking boots over $100", {"min_price": "100", "audience": "men"}),
    ("black leather wallet between $20 and $40", {"min_price": "20", "max_price": "40", "colour": "black"}),
    ("baby blanket", {"audience": "baby"}),
    ("green tea", {"colour": "green"}),  # ambiguous on purpose: a colour word in a name
    ("wireless earbuds in stock", {"in_stock": "true"}),
    ("cheap coffee grinder", {}),
    ("girls pink bike helmet under 35", {"audience": "kids", "colour": "pink", "max_price": "35"}),
    ("3/4 in copper pipe", {}),
    ("white paint 1 gallon less than $30", {"colour": "white", "max_price": "30"}),
    ("toddler shoes size 5", {"audience": "kids"}),
    ("gift for dad under 25", {"max_price": "25"}),
    ("grey sofa", {"colour": "grey"}),
    ("organic dark roast coffee beans", {}),
    ("yellow kids raincoat available now", {"colour": "yellow", "audience": "kids", "in_stock": "true"}),
    ("waterproof hiking socks at most $15", {"max_price": "15"}),
    ("蓝牙无线耳机 under 30", {"max_price": "30"}),
]  # fmt: skip
FIELDS = ("max_price", "min_price", "in_stock", "colour", "audience")


def score(reader: Callable[[str], Understanding]) -> dict[str, object]:
    exact, latencies = 0, []
    tp = dict.fromkeys(FIELDS, 0)
    fp = dict.fromkeys(FIELDS, 0)
    fn = dict.fromkeys(FIELDS, 0)
    notes = set()
    for query, expected in CASES:
        started = time.perf_counter()
        got = reader(query)
        latencies.append((time.perf_counter() - started) * 1000)
        if got.note:
            notes.add(got.note[:160])
        found = {k: v for k, v in got.constraints.items() if k in FIELDS}
        exact += found == expected
        for field in FIELDS:
            if field in found and found[field] == expected.get(field):
                tp[field] += 1
            else:
                fp[field] += field in found
                fn[field] += field in expected
    return {
        "exact_match": round(exact / len(CASES), 3),
        "per_field": {
            f: {
                "precision": round(tp[f] / (tp[f] + fp[f]), 3) if tp[f] + fp[f] else None,
                "recall": round(tp[f] / (tp[f] + fn[f]), 3) if tp[f] + fn[f] else None,
            }
            for f in FIELDS
        },
        "latency_ms_median": round(statistics.median(latencies), 1),
        "latency_ms_max": round(max(latencies), 1),
        "notes": sorted(notes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parse_query("蓝牙 warm up")  # load jieba's dictionary outside the timings
    result = {"cases": len(CASES), "parser": score(parse_query)}
    if not args.no_model:
        extract_query("warm up")  # load the model outside the timings
        result["model"] = score(extract_query)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
