"""Policy retrieval: BM25 over a tenant's Markdown and text files."""

from __future__ import annotations

from pathlib import Path

from tradewinds.assistant import search_policies


def _write(folder: Path) -> Path:
    folder.mkdir()
    (folder / "returns.md").write_text(
        "# Returns\n\nReturn unworn items within 30 days for a refund.\n\n"
        "# Exchanges\n\nSize exchanges are free.\n",
        encoding="utf-8",
    )
    (folder / "warranty.txt").write_text("Jackets have a two-year warranty.\n", encoding="utf-8")
    (folder / "notes.pdf").write_text("returns returns returns", encoding="utf-8")
    return folder


def test_the_best_passage_answers(tmp_path: Path) -> None:
    folder = _write(tmp_path / "policies")
    best = search_policies(folder, "How do I return something I bought?")[0]
    assert (best.document, best.heading) == ("returns.md", "Returns")
    assert "30 days" in best.text
    assert search_policies(folder, "warranty on jackets?")[0].document == "warranty.txt"


def test_no_match_and_no_folder_give_nothing(tmp_path: Path) -> None:
    folder = _write(tmp_path / "policies")
    assert search_policies(folder, "zebra") == []
    assert search_policies(tmp_path / "missing", "returns") == []
