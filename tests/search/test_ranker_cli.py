"""``tradewinds search ranker ...`` and ``bench search --ranker-cv/--ranker-model`` as a
user runs them (subprocesses, real MiniLM and LightGBM)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from tests.search.test_ranker import TOPICS

Run = Callable[..., CompletedProcess[str]]


def test_ranker_commands_explain_what_is_missing(acme_cli: Run, tmp_path: Path) -> None:
    cli = acme_cli
    shown = cli("search", "ranker", "show")
    assert shown.returncode != 0 and "no ranker for this tenant" in shown.stderr
    (tmp_path / "q.tsv").write_text("qid\tquery\n1\tjacket\n", encoding="utf-8")
    (tmp_path / "r.tsv").write_text("qid\tproduct_id\trelevance\n1\t1\t3\n", encoding="utf-8")
    few = cli("search", "ranker", "fit", "--queries", "q.tsv", "--qrels", "r.tsv")
    assert few.returncode == 2
    assert "only 0 judged queries" in few.stderr and "at least 20" in few.stderr
    (tmp_path / "r.tsv").write_text("qid\tproduct_id\trelevance\n1\t1\tgood\n", encoding="utf-8")
    bad = cli("search", "ranker", "fit", "--queries", "q.tsv", "--qrels", "r.tsv")
    assert bad.returncode == 2 and "r.tsv line 2: relevance 'good' is not a number" in bad.stderr
    neither = cli("search", "ranker", "fit")
    assert neither.returncode == 2 and "--from-clicks" in neither.stderr
    assert cli("search", "ranker", "remove").stdout.strip() == "there was no ranker"


def _dataset(folder: Path) -> None:
    """The synthetic catalogue of test_ranker.py as benchmark files: the relevant product
    names the topic only in its description."""
    products, queries, qrels = ["product_uid\tproduct_title\tproduct_description"], [], []
    for n, topic in enumerate(TOPICS):
        products += [f"p{n}\t{topic} replacement part\ta spare piece",
                     f"c{n}\t{topic} cleaning cloth\tsoft microfibre",
                     f"g{n}\tDeluxe gift set number {n}\ta boxed {topic} with a card"]  # fmt: skip
        queries.append(f"q{n}\t{topic}")
        qrels += [f"q{n}\tg{n}\t3", f"q{n}\tp{n}\t1", f"q{n}\tc{n}\t1"]
    folder.mkdir()
    (folder / "p.tsv").write_text("\n".join(products) + "\n", encoding="utf-8")
    (folder / "q.tsv").write_text("qid\tquery\n" + "\n".join(queries) + "\n", encoding="utf-8")
    (folder / "r.tsv").write_text(
        "qid\tproduct_uid\trelevance\n" + "\n".join(qrels) + "\n", encoding="utf-8"
    )


def test_bench_ranker_cross_validates_by_query_saves_and_applies(
    run_cli: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _dataset(data)
    files = ["--products", str(data / "p.tsv"), "--queries", str(data / "q.tsv"), "--qrels",
             str(data / "r.tsv"), "--run-out", str(tmp_path / "run.tsv")]  # fmt: skip
    done = run_cli("bench", "search", *files, "--ranker-cv", "4", "--ranker-save", "model")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    ranker = result["ranker"]
    assert ranker["folds"] == 4 and sum(ranker["fold_sizes"]) == len(TOPICS)
    hybrid, cv = result["metrics"]["hybrid"], ranker["metrics"]["ranker_cv4"]
    assert hybrid["mrr@10"] < 0.7  # fusion puts a title decoy first ...
    assert cv["mrr@10"] > 0.9  # ... models that never saw the query put the gift set first
    assert set(ranker["latency_ms_with_ranker"]) == {"p50", "p95", "p99"}
    assert (tmp_path / "run.ranker_cv4.tsv").read_text().startswith("qid\tproduct_uid\trank")
    applied = run_cli("bench", "search", *files, "--ranker-model", str(tmp_path / "model"))
    assert applied.returncode == 0, applied.stderr
    assert json.loads(applied.stdout)["ranker"]["metrics"]["ranker_model"]["mrr@10"] > 0.9
    refused = run_cli("bench", "search", *files[:4], "--run-out", "x.tsv", "--ranker-cv", "2")
    assert refused.returncode == 2 and "need --qrels" in refused.stderr
