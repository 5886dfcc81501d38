# ruff: noqa: RUF001 - Chinese listings are written with full-width punctuation
"""Follow-ups that filter by a property the listings state ("能进洗碗机的", "不要涂层的",
"without a cord"): read from the answering attribute or sentence, denials included."""

from __future__ import annotations

import pytest

from tradewinds.assistant.facts import ProductCard, ProductDetails
from tradewinds.assistant.product_qa import _denies, states
from tradewinds.core.settings import Settings


def _details(title: str, sentences: tuple[str, ...], **attributes: str) -> ProductDetails:
    card = ProductCard(id=1, handle="p", title=title, price_minor=100, currency="CNY",
                       stock=1, url="/products/p")  # fmt: skip
    return ProductDetails(card=card, vendor="", category="", summary="", attributes=attributes,
                          variants=[], sentences=sentences)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "asked", "denied"),
    [
        ("传统手工锻打，无涂层。", "涂层", True),
        ("麦饭石色不粘涂层，少油少烟。", "涂层", False),  # 不粘 (non-stick) is a property
        ("316不锈钢锅身，可以放进洗碗机。", "进洗碗机", False),  # 不锈钢 is stainless
        ("请勿放入洗碗机。", "洗碗机", True),
        ("支持无线充电。", "充电", False),  # 无线 is wireless
        ("Not dishwasher safe.", "dishwasher safe", True),
        ("Works without the cord.", "cord", True),
    ],
)
def test_a_denial_is_read_only_right_before_the_property(
    text: str, asked: str, denied: bool
) -> None:
    assert _denies(text, asked) is denied


def test_states_reads_yes_no_and_denied_wishes(settings: Settings) -> None:
    iron = _details("手工铁锅 32cm", ("传统手工锻打，无涂层。", "不可以放进洗碗机。"))
    coated = _details("不粘炒锅 30cm", ("麦饭石色不粘涂层。",))
    assert states(settings, iron, "不要涂层") is True
    assert states(settings, coated, "不要涂层") is False
    assert states(settings, iron, "能进洗碗机") is False
    lamp = _details("Desk Lamp", (), rechargeable="Yes")
    assert states(settings, lamp, "rechargeable") is True
    assert states(settings, lamp, "waterproof") is None  # the listing does not say


def test_a_question_is_answered_by_the_sentence_that_says_it(settings: Settings) -> None:
    from tradewinds.assistant.product_qa import answer_from_listing

    ring = _details(
        "Teething Ring", ("Food-grade silicone.", "Chill it in the fridge; do not freeze.")
    )
    # "freezer" and "freeze" stem apart ("freezer", "freez"): one word all the same
    found = answer_from_listing(settings, ring, "can i put the teething ring in the freezer?")
    assert found.text == "Chill it in the fridge; do not freeze."
    kit = _details(
        "Roadside Kit", ("A zip bag.", "Includes jumper cables, a tow strap and a triangle.")
    )
    # what comes with it: the sentence listing what it includes, whatever words it uses
    found = answer_from_listing(settings, kit, "what all comes in the roadside kit")
    assert found.text.startswith("Includes jumper cables")
    erhu = _details("初学者二胡", ("红木琴杆，适合初学者。", "附带琴弓、松香和琴盒。"))
    assert (
        answer_from_listing(settings, erhu, "二胡都配了哪些东西？").text == "附带琴弓、松香和琴盒。"
    )
    assert not answer_from_listing(settings, kit, "is it waterproof?").found


def test_a_care_question_is_answered_by_the_care_sentence(settings: Settings) -> None:
    from tradewinds.assistant.product_qa import answer_from_listing

    covers = _details("Seat Covers", ("Waterproof neoprene.", "Hand wash only."))
    # "clean" and "wash" share no word: the question and the sentence are both about care
    assert answer_from_listing(settings, covers, "how do i clean them").text == "Hand wash only."
