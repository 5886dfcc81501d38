from __future__ import annotations

from pathlib import Path

from tradewinds.assistant.policies import search_policies
from tradewinds.demo import write_demo_policies


def test_demo_policies_are_written_once_and_answer_questions(tmp_path: Path) -> None:
    target = tmp_path / "policies" / "demo"
    written = write_demo_policies(target)
    assert {p.name for p in written} >= {"returns.md", "shipping.md", "warranty.md"}
    passages = search_policies(target, "what's your return policy for opened electronics?")
    assert passages and "14 days" in " ".join(p.text for p in passages)


def test_a_shops_own_policies_are_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "policies"
    target.mkdir()
    (target / "returns.md").write_text("# Returns\n\nNo returns.\n", encoding="utf-8")
    assert write_demo_policies(target) == []
    assert (target / "returns.md").read_text(encoding="utf-8") == "# Returns\n\nNo returns.\n"
