"""``tradewinds search encoder fit|use|drop|show`` as a user runs them (subprocesses)."""

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
    described = json.loads(shown.stdout)
    assert {k: described[k] for k in meta} == meta
    assert described["folder"] == str(folder.resolve()) and described["in_use"] is False
    assert described["chosen"] == described["live"] == "deployment model"


def test_use_switches_the_tenant_at_the_reindex_and_drop_goes_back(
    acme_cli: Run, tmp_path: Path
) -> None:
    from tests.search.test_encoders import _copy_of_packaged

    copy = str(_copy_of_packaged(tmp_path / "enc").resolve())
    later = acme_cli("search", "encoder", "use", copy, "--no-reindex")
    assert later.returncode == 0, later.stderr
    assert f"now embeds with {copy}" in later.stdout and "next `tradewinds search reindex`" in (
        later.stdout
    )
    shown = json.loads(acme_cli("search", "encoder", "show", "--json").stdout)
    assert shown["chosen"] == copy and shown["live"] == "deployment model"
    assert shown["pending_reindex"] is True and shown["in_use"] is False
    used = acme_cli("search", "encoder", "use", copy, "--json")
    assert used.returncode == 0, used.stderr
    assert json.loads(used.stdout)["reindexed"]["products"] > 0
    shown = json.loads(acme_cli("search", "encoder", "show", "--json").stdout)
    assert shown["live"] == copy and shown["in_use"] is True and shown["pending_reindex"] is False
    found = acme_cli("search", "jacket", "--explain", "--json")
    assert json.loads(found.stdout)["explain"]["encoder"] == copy
    dropped = acme_cli("search", "encoder", "drop")
    assert dropped.returncode == 0, dropped.stderr
    assert "embeds with the deployment's model" in dropped.stdout
    assert "re-embedded" in dropped.stdout
    gone = acme_cli("search", "encoder", "show")
    assert gone.returncode != 0 and "no fine-tuned model in" in gone.stderr
    refused = acme_cli("search", "encoder", "use", str(tmp_path / "nothing"))
    assert refused.returncode == 2 and "nothing: no such model folder" in refused.stderr
