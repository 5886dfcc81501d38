"""``tradewinds search encoder fit|show`` as a user runs them (subprocesses)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Run = Callable[..., CompletedProcess[str]]


def test_encoder_commands_explain_what_is_missing(acme_cli: Run, tmp_path: Path) -> None:
    cli = acme_cli
    shown = cli("search", "encoder", "show")
    assert shown.returncode != 0 and "no fine-tuned model in" in shown.stderr
    assert "search-encoder-tenant-" in shown.stderr
    neither = cli("search", "encoder", "fit")
    assert neither.returncode == 2 and "--from-clicks" in neither.stderr
    (tmp_path / "q.tsv").write_text("qid\tquery\n1\tjacket\n", encoding="utf-8")
    (tmp_path / "r.tsv").write_text("qid\thandle\trelevance\n1\tnope\t3\n", encoding="utf-8")
    few = cli("search", "encoder", "fit", "--queries", "q.tsv", "--qrels", "r.tsv")
    assert few.returncode == 2
    assert "only 0 queries have a judged relevant product; at least 20" in few.stderr
    bad = cli("search", "encoder", "fit", "--from-clicks", "--epochs", "0")
    assert bad.returncode == 2 and "epochs" in bad.stderr


def test_show_describes_a_fine_tuned_folder(acme_cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "enc"
    folder.mkdir()
    meta = {"pairs": 40, "source": "clicks", "queries": 21}
    (folder / "tradewinds-fine-tune.json").write_text(json.dumps(meta), encoding="utf-8")
    shown = acme_cli("search", "encoder", "show", str(folder), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {**meta, "in_use": False}
