"""Reading S3-Rec sequences and item attributes; bad lines are named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradewinds.core.errors import ImportFileError
from tradewinds.recommend import read_item_attributes, read_sequences


def test_sequences_keep_time_order_and_skip_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "seq.txt"
    path.write_text("1 5 3 9\n\n2 3\tx7\n")
    assert read_sequences(path) == {"1": ["5", "3", "9"], "2": ["3", "x7"]}


def test_a_user_without_items_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "seq.txt"
    path.write_text("1 5 3\n2 4\n3\n")
    with pytest.raises(ImportFileError) as caught:
        read_sequences(path)
    assert f"{path} line 3" in caught.value.message
    assert caught.value.details["problems"][0]["line"] == 3


def test_a_repeated_user_names_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "seq.txt"
    path.write_text("1 5 3\n2 4 4\n1 6\n")
    with pytest.raises(ImportFileError, match=r"line 3: user: user '1' already appeared on line 1"):
        read_sequences(path)


def test_attributes_are_read_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "attrs.json"
    path.write_text(json.dumps({"4": [1, 2], "83": ["brand:x"]}))
    assert read_item_attributes(path) == {"4": ["1", "2"], "83": ["brand:x"]}


def test_invalid_attribute_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "attrs.json"
    path.write_text('{\n"4": [1, 2],\n"5": [3,,]\n}')
    with pytest.raises(ImportFileError, match=r"line 3: json"):
        read_item_attributes(path)


def test_an_attribute_value_that_is_not_a_list_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "attrs.json"
    path.write_text('{\n"4": [1, 2],\n"5": {"a": 1}\n}')
    with pytest.raises(ImportFileError, match=r"line 3: item 5: expected a list"):
        read_item_attributes(path)
