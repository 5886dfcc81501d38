"""``tradewinds search`` and ``tradewinds bench search`` as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Run = Callable[..., CompletedProcess[str]]


def test_reindex_search_explain_and_synonym_errors(acme_cli: Run, tmp_path: Path) -> None:
    cli = acme_cli
    done = cli("search", "reindex")
    assert done.returncode == 0, done.stderr
    assert "indexed 2 product(s)" in done.stdout  # the third is a draft
    found = cli("search", "waterproof jacket for running", "--explain")
    assert found.returncode == 0, found.stderr
    assert "Trail Runner Jacket" in found.stdout.splitlines()[1]
    assert "bm25_rank" in found.stdout
    bad = tmp_path / "synonyms.txt"
    bad.write_text("jacket, coat\nshell\n", encoding="utf-8")
    refused = cli("search", "synonyms", "import", str(bad))
    assert refused.returncode == 2
    assert "synonyms.txt line 2" in refused.stderr


def test_bench_search_writes_a_run_and_metrics(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "p.tsv").write_text(
        "product_uid\tproduct_title\n1\tcordless drill\n2\tcopper pipe 3/4 in.\n3\tgarden hose\n",
        encoding="utf-8",
    )
    (tmp_path / "q.tsv").write_text('qid\tquery\nq1\tdrill\nq2\t3/4" copper\n', encoding="utf-8")
    (tmp_path / "r.tsv").write_text(
        "qid\tproduct_uid\trelevance\nq1\t1\t3\nq1\t3\t1\nq2\t2\t3\n", encoding="utf-8"
    )
    done = run_cli(
        "bench", "search", "--products", str(tmp_path / "p.tsv"), "--queries",
        str(tmp_path / "q.tsv"), "--run-out", str(tmp_path / "run.tsv"), "--qrels",
        str(tmp_path / "r.tsv"), "--k", "2",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["products"] == 3 and set(result["latency_ms"]) == {"p50", "p95", "p99"}
    assert result["metrics"]["hybrid"]["ndcg@10"] == 1.0
    lines = (tmp_path / "run.tsv").read_text().splitlines()
    assert lines[0] == "qid\tproduct_uid\trank\tscore"
    assert lines[1].startswith("q1\t1\t1\t") and len(lines) == 5
