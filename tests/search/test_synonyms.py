from __future__ import annotations

import pytest

from tradewinds.core.errors import ImportFileError
from tradewinds.search.synonyms import SynonymSet, parse_synonyms


def test_equivalences_and_one_way_rules() -> None:
    rules = parse_synonyms("# shop synonyms\nsofa, couch, settee\ntv => television  # one way\n")
    assert [r.line for r in rules] == [2, 3]
    assert not rules[0].one_way and rules[1].one_way
    expanded = SynonymSet(rules).expand(["tv", "stand"])
    assert expanded == [(("tv",), ("televis",))]
    assert SynonymSet(rules).expand(["televis"]) == []  # one way only
    assert {alt for _, alt in SynonymSet(rules).expand(["couch"])} == {("sofa",), ("sette",)}


def test_multi_word_terms_match_as_sequences() -> None:
    rules = parse_synonyms("running shoes, trainers")
    assert SynonymSet(rules).expand(["run", "shoe", "red"]) == [(("run", "shoe"), ("trainer",))]
    assert SynonymSet(rules).expand(["shoe", "run"]) == []


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("sofa, couch\njust one word\n", 2, "is not a rule"),
        ("ab, cd\n\nsofa, , couch", 3, "empty term"),
        ("tv => => television", 1, "more than one '=>'"),
        ("ok, fine\n => television", 2, "empty term"),
        ("x, y\n!!!, ???", 2, "no searchable words"),
    ],
)
def test_malformed_lines_are_named(text: str, line: int, needle: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        parse_synonyms(text, "syn.txt")
    assert f"syn.txt line {line}:" in caught.value.message
    assert needle in caught.value.message
    assert caught.value.problems[0].line == line
