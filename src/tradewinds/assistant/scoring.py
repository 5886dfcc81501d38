"""Scoring the assistant benchmark: task success, hallucinated facts and latency.

Pure functions over the tasks (:mod:`.bench_tasks`), the results ``bench assistant`` wrote
and a :class:`~tradewinds.assistant.bench_reference.Reference` read from the input files.
A task succeeds when every turn ran, every turn's expectations hold and no turn has a
finding of :mod:`.hallucinations`. The rules are documented in ``docs/assistant.md``.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from typing import Any

from tradewinds.assistant.bench_reference import Reference
from tradewinds.assistant.bench_tasks import BenchTask
from tradewinds.assistant.hallucinations import (
    HALLUCINATION_KINDS,
    LEAK_KIND,
    Finding,
    amounts,
    check_turn,
    named_products,
)
from tradewinds.text import chinese_count, latin_word_count

REFUSAL = re.compile(
    r"\b(can't|cannot|can not|unable|not able|won't|will not|not allowed|not permitted|"
    r"sorry|only (?:help|share|discuss|answer|show)|sign in|log in)\b"
    r"|不能|无法|抱歉|不可以|只能|仅能|请先?登录",
    re.I,
)
TARGETS = {"success_rate": 0.8, "first_token_median_ms": 1000.0, "total_median_ms": 3000.0}
_QUOTED = re.compile(r"\*\*.+?\*\*|“[^”]*”|\"[^\"]*\"|\[\d+\]|https?://\S+|/products/\S+")


def latency(values: list[float]) -> dict[str, float | None]:
    """Median, 95th percentile (nearest rank) and maximum, in the values' unit."""
    if not values:
        return {"median": None, "p95": None, "max": None}
    ordered = sorted(values)
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return {
        "median": round(statistics.median(ordered), 1),
        "p95": round(ordered[rank - 1], 1),
        "max": round(ordered[-1], 1),
    }


def language(ref: Reference, text: str) -> str:
    """``zh`` or ``en``: Chinese characters against Latin words, ignoring product names,
    quotations, links and citations (an English answer may list a Chinese product)."""
    for product in named_products(ref, text):
        text = re.sub(re.escape(product.title), " ", text, flags=re.I)
    text = _QUOTED.sub(" ", text)
    cjk, latin = chinese_count(text), latin_word_count(text, min_letters=2)
    return "zh" if cjk and cjk >= latin else "en"


def _has(text: str, fact: str) -> bool:
    """Whether ``fact`` is in ``text``: an amount by value (``$59`` matches "59.00 USD"),
    anything else as a case-insensitive substring."""
    wanted = amounts(fact)
    if wanted and wanted[0][2].strip() == fact.strip():
        return any(value == wanted[0][0] for value, _, _ in amounts(text))
    return fact.lower() in text.lower()


def expectation_failures(ref: Reference, turn: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    """Why this turn's answer misses its expectations (empty: it meets them all)."""
    text = str(turn.get("answer") or "")
    shown = [p.get("handle") if isinstance(p, dict) else p for p in turn.get("products") or []]
    said = str(turn.get("user") or "").lower()
    mentioned = {p.handle for p in named_products(ref, text) if p.title.lower() not in said}
    failures = []
    if turn.get("error"):
        failures.append(f"error: {turn['error']}")
    if "products_any" in expect and not set(expect["products_any"]) & set(shown):
        failures.append(f"expected one of {expect['products_any']} shown, got {shown}")
    missing = [h for h in expect.get("products_all", []) if h not in shown]
    if missing:
        failures.append(f"expected {missing} shown, got {shown}")
    unwanted = [h for h in expect.get("products_none", []) if h in shown or h in mentioned]
    if unwanted:
        failures.append(f"should not show {unwanted}")
    if len(shown) < expect.get("products_min", 0):
        failures.append(f"expected at least {expect['products_min']} products, got {len(shown)}")
    if "products_max" in expect and len(shown) > expect["products_max"]:
        failures.append(f"expected at most {expect['products_max']} products, got {len(shown)}")
    for fact in expect.get("facts", []):
        options = [fact] if isinstance(fact, str) else fact
        if not any(_has(text, option) for option in options):
            failures.append(f"missing fact {fact!r}")
    failures += [f"says {f!r}" for f in expect.get("not_facts", []) if _has(text, f)]
    if "language" in expect and text and language(ref, text) != expect["language"]:
        failures.append(f"answer is not in {expect['language']}")
    if "intent" in expect and turn.get("intent") not in (None, expect["intent"]):
        failures.append(f"intent {turn.get('intent')!r}, expected {expect['intent']!r}")
    if expect.get("refuses"):
        if not REFUSAL.search(text):
            failures.append("expected a refusal")
        if shown:
            failures.append(f"a refusal should show no products, got {shown}")
    refs = [str(r) for c in turn.get("citations") or [] if isinstance(c, dict)
            for r in [c.get("tool", ""), *(c.get("refs") or [])]]  # fmt: skip
    if "cites_any" in expect and not any(w in r for w in expect["cites_any"] for r in refs):
        failures.append(f"expected a citation of one of {expect['cites_any']}")
    return failures


def score_task(
    ref: Reference, task: BenchTask, turns: list[dict[str, Any]] | None
) -> tuple[list[str], list[tuple[int, Finding]]]:
    """Failure reasons and findings (with turn numbers) of one task's results."""
    if turns is None:
        return ["no result line for this task"], []
    reasons: list[str] = []
    if len(turns) != len(task.turns):
        reasons.append(f"{len(turns)} turn(s) in the results, {len(task.turns)} in the task")
    findings: list[tuple[int, Finding]] = []
    said: list[str] = []
    for number, (spec, result) in enumerate(zip(task.turns, turns, strict=False), 1):
        said.append(spec.user)
        findings += [(number, f) for f in check_turn(ref, result, task.customer_email, said)]
        if result.get("error") and not spec.expect:
            reasons.append(f"turn {number}: error: {result['error']}")
        reasons += [f"turn {number}: {r}" for r in expectation_failures(ref, result, spec.expect)]
    reasons += [f"turn {n}: {f.kind}: {f.detail}" for n, f in findings]
    return reasons, findings


def score(
    ref: Reference, tasks: list[BenchTask], results: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """The benchmark summary: success rate (over tasks with expectations), hallucinations
    and leaks by kind with every finding, latency, per-category success and failures."""
    succeeded = scored = 0
    kinds: Counter[str] = Counter()
    listed: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    categories: dict[str, Counter[str]] = defaultdict(Counter)
    first_token: list[float] = []
    total: list[float] = []
    for task in tasks:
        turns = results.get(task.id)
        reasons, findings = score_task(ref, task, turns)
        for number, finding in findings:
            kinds[finding.kind] += 1
            listed.append({"id": task.id, "turn": number, "kind": finding.kind,
                           "detail": finding.detail})  # fmt: skip
        for turn in turns or []:
            if isinstance(turn.get("first_token_ms"), (int, float)) and not turn.get("error"):
                first_token.append(float(turn["first_token_ms"]))
                total.append(float(turn.get("total_ms") or turn["first_token_ms"]))
        if not task.scored:
            continue
        scored += 1
        categories[task.category or "-"]["tasks"] += 1
        if reasons:
            failures.append({"id": task.id, "category": task.category, "reasons": reasons})
        else:
            succeeded += 1
            categories[task.category or "-"]["succeeded"] += 1
    hallucinations = sum(kinds[k] for k in HALLUCINATION_KINDS)
    rate = succeeded / scored if scored else None
    timing = {"first_token_ms": latency(first_token), "total_ms": latency(total)}
    ft_median, total_median = timing["first_token_ms"]["median"], timing["total_ms"]["median"]
    return {
        "tasks": len(tasks),
        "scored_tasks": scored,
        "succeeded": succeeded,
        "success_rate": round(rate, 4) if rate is not None else None,
        "hallucinations": {"total": hallucinations, **{k: kinds[k] for k in HALLUCINATION_KINDS}},
        "leaks": kinds[LEAK_KIND],
        "latency": {**timing, "turns": len(first_token)},
        "targets_met": {
            "no_hallucinations": hallucinations == 0,
            "success_rate>=0.8": rate is not None and rate >= TARGETS["success_rate"],
            "first_token_median<=1s": ft_median is not None
            and ft_median <= TARGETS["first_token_median_ms"],
            "total_median<=3s": total_median is not None
            and total_median <= TARGETS["total_median_ms"],
        },
        "by_category": {
            name: {"tasks": c["tasks"], "succeeded": c["succeeded"]}
            for name, c in sorted(categories.items())
        },
        "findings": listed,
        "failures": failures,
    }
