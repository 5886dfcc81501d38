# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Near-duplicates: a copy that is another product's text is flagged; copies that only
share a template, or that are their own product's description, are not."""

from __future__ import annotations

from tradewinds.merchant import KINDS, CopyPolicy, DuplicateIndex, ProductFacts, check_copy

STOVE = ProductFacts(
    "camp-stove",
    "Camp Stove",
    description="A compact two-burner stove that folds flat, lights with one push and "
    "simmers gently for slow mornings at the campsite with friends.",
)
LANTERN = ProductFacts(
    "lantern",
    "Camp Lantern",
    description="A warm lantern with three light modes that hangs from any tent loop and "
    "glows through the night on one charge.",
)


def _index() -> DuplicateIndex:
    index = DuplicateIndex()
    for product in (STOVE, LANTERN):
        index.add(product.handle, product.description, "description")
    return index


def test_another_products_description_is_a_near_duplicate() -> None:
    copied = LANTERN.description.replace("warm", "cosy")
    result = check_copy(STOVE, copied, duplicates=_index())
    (finding,) = [f for f in result.findings if f.kind == "near_duplicate"]
    assert finding.source == "product lantern description"
    assert finding.severity == "warn"  # the default policy only warns
    strict = check_copy(STOVE, copied, duplicates=_index(), policy=CopyPolicy(frozenset(KINDS)))
    assert strict.verdict == "contradiction"


def test_own_description_and_new_words_are_not_duplicates() -> None:
    assert check_copy(STOVE, STOVE.description, duplicates=_index()).findings == ()
    fresh = "Two burners, one push to light, and a gentle simmer for slow camp breakfasts."
    assert check_copy(STOVE, fresh, duplicates=_index()).findings == ()


def test_chinese_copy_is_compared_by_characters() -> None:
    index = DuplicateIndex()
    index.add("a", "这款户外折叠椅轻便结实，收纳后只有雨伞大小，适合露营和钓鱼。", "description")
    facts = ProductFacts("b", "保温杯", description="双层真空保温杯。")
    text = "这款户外折叠椅轻便结实，收纳后只有雨伞大小，适合露营钓鱼。"
    assert [f.kind for f in check_copy(facts, text, duplicates=index).findings] == [
        "near_duplicate"
    ]
