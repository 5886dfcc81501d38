# ruff: noqa: RUF001
from __future__ import annotations

from pathlib import Path

from tradewinds.assistant.policies import policy_coverage, search_policies
from tradewinds.assistant.policy_answers import answering_sentences, has_asked_figure
from tradewinds.core.settings import load_settings

RETURNS = (
    "# Returns\n\nUnopened items can be returned within 30 days of delivery. Opened items "
    "can be returned within 14 days and carry a 15% restocking fee. Refunds reach your "
    "card within 7 business days.\n\n# Shipping\n\nStandard shipping costs $5.99. Orders "
    "over $49 ship free. Express delivery takes 1 to 2 business days.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "returns.md").write_text(RETURNS, encoding="utf-8")
    return folder


def test_a_figure_question_gets_the_sentence_with_that_figure(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    settings = load_settings()
    for question, wanted in [
        ("how many days do I have to return something I opened?", "14 days"),
        ("how long until my refund arrives?", "7 business days"),
        ("how much is standard shipping?", "$5.99"),
    ]:
        passages = search_policies(folder, question, limit=4)
        (best, *_) = answering_sentences(settings, passages, question)
        assert wanted in best.text, (question, best.text)
        assert best.document == "returns.md"


def test_a_broad_question_keeps_whole_passages(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    passages = search_policies(folder, "what is your return policy?", limit=4)
    chosen = answering_sentences(load_settings(), passages, "what is your return policy?")
    assert chosen and "30 days" in chosen[0].text and "14 days" in chosen[0].text


def test_policy_coverage_measures_the_shops_own_words(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert policy_coverage(folder, "is there a restocking fee if I opened it?") >= 0.6
    assert policy_coverage(folder, "red waterproof hiking boots") < 0.5


def test_coverage_reads_a_passage_with_its_files_name(tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "price-match.md").write_text(
        "# When to ask\n\nAsk before you order, or within 14 days after your purchase.\n",
        encoding="utf-8",
    )
    question = "how long after buying can i ask for a price match?"
    assert policy_coverage(folder, question) >= 0.5
    (folder / "price-match.md").rename(folder / "rules.md")
    assert policy_coverage(folder, question) < 0.5  # the same words without the title


def test_an_english_question_finds_a_chinese_rule(tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "rules.md").write_text(
        "# 配送说明\n\n我们目前只配送中国大陆地区, 暂不支持港澳台及海外地址。\n\n"
        "# 退货\n\n商品签收后 7 天内可以申请退货。\n\n"
        "# 保修\n\n电器保修一年。\n",
        encoding="utf-8",
    )
    (best, *_) = search_policies(folder, "do you deliver to hong kong?", limit=3)
    assert best.heading == "配送说明"
    (best, *_) = search_policies(folder, "can I return it?", limit=3)
    assert best.heading == "退货"


FREIGHT = (
    "# Freight items\n\nSofas and wardrobes travel by freight and take 7-10 business days. "
    "In-room delivery and assembly is available for an extra $149.\n\n"
    "# Restocking\n\nReturned sofas and wardrobes carry a 15% restocking fee.\n\n"
    "# Batteries\n\nProducts with large lithium batteries ship by ground only, so they "
    "cannot be sent by next-day delivery.\n"
)


def _freight(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "shipping.md").write_text(FREIGHT, encoding="utf-8")
    (folder / "zh.md").write_text("# 运费\n\n沙发和衣柜采用货运，每单收取 99 美元。\n", "utf-8")
    return folder


def test_meaning_finds_a_rule_worded_unlike_the_question(tmp_path: Path) -> None:
    folder = _freight(tmp_path)
    question = "will the men bring the sofa upstairs and put it together for me?"
    with_meaning = search_policies(folder, question, settings=load_settings())
    assert with_meaning[0].heading == "Freight items"


def test_the_kind_of_the_named_product_finds_its_rule(tmp_path: Path) -> None:
    folder = _freight(tmp_path)
    question = "can I get the PowerMax 2000 overnighted?"
    found = search_policies(folder, question, about="PowerMax 2000 Lithium Battery Pack")
    assert found[0].heading == "Batteries"


def test_a_period_asked_in_chinese_is_looked_for_in_either_language(tmp_path: Path) -> None:
    folder = _freight(tmp_path)
    question = "沙发多久能送到？"
    assert not has_asked_figure(question, ["沙发和衣柜采用货运，每单收取 99 美元。"])
    either = search_policies(folder, question, own_language_first=False, limit=4)
    sentences = answering_sentences(load_settings(), either, question)
    assert has_asked_figure(question, [p.text for p in sentences])
    assert any("7-10 business days" in p.text for p in sentences)
    assert has_asked_figure("退款多久到账", ["我们会在3个工作日内退款。"])
