"""Reading COPIES files (errors name the line) and checking a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.merchant._products import KETTLE
from tradewinds.core.errors import InvalidInput
from tradewinds.merchant import check_copies, read_copies, write_verdicts


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "copies.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps({"id": "a", "handle": "pour-kettle", "language": "en", "text": "Copper!"})


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
        ('{"id": "b", "handle": "x", "text": "t"}', "line 2: missing language"),
        ('{"id": "b", "handle": "x", "language": "fr", "text": "t"}', "line 2: language 'fr'"),
        ('{"id": "b", "handle": "", "language": "en", "text": "t"}', "line 2: handle must be"),
        (GOOD, "line 2: id 'a' already used on line 1"),
    ],
)
def test_an_invalid_line_is_named(tmp_path: Path, bad: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        read_copies(_write(tmp_path, GOOD, bad))


def test_a_batch_is_checked_and_written(tmp_path: Path) -> None:
    items = read_copies(
        _write(tmp_path, GOOD, "", GOOD.replace('"a"', '"b"').replace("Copper", "Steel"))
    )
    results = check_copies({KETTLE.handle: KETTLE}, items)
    out = tmp_path / "verdicts.jsonl"
    assert write_verdicts(out, results) == 2
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["verdict"]) for r in rows] == [("a", "contradiction"), ("b", "ok")]
    assert rows[0]["findings"][0]["kind"] == "material"


def test_an_unknown_handle_is_named(tmp_path: Path) -> None:
    items = read_copies(_write(tmp_path, GOOD.replace("pour-kettle", "nope")))
    with pytest.raises(InvalidInput, match="line 1: handle 'nope' is not in the catalogue"):
        check_copies({KETTLE.handle: KETTLE}, items)
