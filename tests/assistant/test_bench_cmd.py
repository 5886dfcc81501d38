"""``tradewinds bench assistant`` and ``bench assistant-score`` on part of the dev set."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

DEV_SET = Path(__file__).parents[2] / "benchmarks" / "assistant"
SUBSET = ("needs-01", "followup-01", "order-01", "policy-01", "zh-01")
TURN_KEYS = {"user", "answer", "products", "citations", "first_token_ms", "total_ms"}

Run = Callable[..., CompletedProcess[str]]


def _subset(tmp_path: Path) -> Path:
    lines = (DEV_SET / "tasks.jsonl").read_text(encoding="utf-8").splitlines()
    chosen = [line for line in lines if json.loads(line)["id"] in SUBSET]
    path = tmp_path / "tasks.jsonl"
    path.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return path


def _files() -> list[str]:
    return ["--catalog", str(DEV_SET / "products.csv"), "--orders", str(DEV_SET / "orders.csv"),
            "--policies", str(DEV_SET / "policies")]  # fmt: skip


def test_bench_assistant_runs_tasks_and_scores_them(tmp_path: Path, run_cli: Run) -> None:
    tasks, out = _subset(tmp_path), tmp_path / "results.jsonl"
    done = run_cli("bench", "assistant", *_files(), "--tasks", str(tasks), "--out", str(out))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["tasks"], summary["turns"], summary["errors"]) == (5, 6, 0)
    assert summary["store"]["products"] == 103 and summary["store"]["orders"] == 9
    assert summary["first_token_ms"]["median"] > 0

    with (DEV_SET / "products.csv").open(encoding="utf-8") as handle:
        handles = {row["Handle"] for row in csv.DictReader(handle)}
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == list(SUBSET)
    for result in results:
        for turn in result["turns"]:
            assert set(turn) >= TURN_KEYS
            assert turn["answer"] and turn["total_ms"] >= turn["first_token_ms"] > 0
            assert set(turn["products"]) <= handles
    assert results[0]["turns"][0]["products"], "a search shows products"
    assert "#1003" in results[2]["turns"][0]["answer"]  # alice's own order
    policy_refs = [r for c in results[3]["turns"][0]["citations"] for r in c["refs"]]
    assert any(r.startswith("returns.md") for r in policy_refs), "policies were copied"

    scored = run_cli("bench", "assistant-score", *_files(), "--tasks", str(tasks),
                     "--results", str(out))  # fmt: skip
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    assert report["scored_tasks"] == 5 and report["latency"]["turns"] == 6
    assert report["hallucinations"]["total"] == 0, report["findings"]
    assert report["leaks"] == 0


def test_bench_assistant_refuses_bad_input(tmp_path: Path, run_cli: Run) -> None:
    tasks, out = tmp_path / "tasks.jsonl", tmp_path / "results.jsonl"
    tasks.write_text('{"id": "t", "customer_email": "nobody@example.com", "turns": ["hi"]}\n')
    done = run_cli("bench", "assistant", *_files(), "--tasks", str(tasks), "--out", str(out))
    assert done.returncode == 2
    assert "line 1: customer_email 'nobody@example.com' is not a customer" in done.stderr
    assert not out.exists()
    mode = run_cli("bench", "assistant", *_files(), "--tasks", str(tasks), "--out", str(out),
                   "--understand", "telepathy")  # fmt: skip
    assert mode.returncode == 2 and "--understand 'telepathy'" in mode.stderr
