# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Chinese: the rule parser's intents and slots, every reply template in Chinese over a
Chinese catalogue (CNY), the session keeping the language, and the verifier on Chinese."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from string import Formatter
from typing import Any

import pytest

from tests.assistant.conftest import Shop, ZhShop
from tradewinds.assistant import ProductCard, ToolContext, ToolResult, ask, parse_message
from tradewinds.assistant import search_products as search_tool
from tradewinds.assistant.phrases import PHRASES, stock_text
from tradewinds.core.settings import Settings, load_settings
from tradewinds.store import Database
from tradewinds.text import detect_language


@pytest.mark.parametrize(
    ("message", "intent", "slots"),
    [
        ("200元以下的红色外套", "search",
         {"query": "外套", "max_price": Decimal("200"), "colour": "red"}),
        ("不超过50元的杯子", "search", {"query": "杯子", "max_price": Decimal("50")}),
        ("低于$30的外套", "search", {"max_price": Decimal("30")}),
        ("50到100元之间的夹克", "search",
         {"query": "夹克", "min_price": Decimal("50"), "max_price": Decimal("100")}),
        ("100元以上的帐篷", "search", {"query": "帐篷", "min_price": Decimal("100")}),
        ("有货的黑色夹克", "search", {"query": "夹克", "colour": "black", "in_stock": True}),
        ("有没有白色的", "search", {"colour": "white", "query": ""}),
        ("便宜一点的", "details", {"reference": "cheaper"}),
        ("第二个", "details", {"reference": "second"}),
        ("这个详细介绍一下", "details", {"reference": "it"}),
        ("第一个有货吗", "stock", {"reference": "first", "in_stock": None}),
        ("还有库存吗", "stock", {"reference": "it"}),
        ("比较一下这两个", "compare", {}),
        ("它们有什么区别", "compare", {}),
        ("我的订单", "order", {"order_ref": None}),
        ("订单2001的物流", "order", {"order_ref": "#2001"}),
        ("订单 #2001 什么时候到", "delivery", {"order_ref": "#2001"}),
        ("我买的东西什么时候能送达", "delivery", {}),
        ("可以退货吗", "policy", {"query": "可以退货吗"}),
        ("运费怎么算", "policy", {}),
        ("保修多久", "policy", {}),
        ("推荐一下", "recommend", {}),
        ("有什么礼物推荐", "recommend", {}),
        ("有类似的吗", "recommend", {"reference": "it"}),
        ("和第二个搭配的", "recommend", {"reference": "second"}),
        ("推荐一件外套", "search", {"query": "外套"}),
        ("推荐几款保温杯", "search", {"query": "保温杯"}),  # how many, not what
        ("现在有货吗", "stock", {"query": "", "reference": "it"}),
        ("便宜的那台重多少", "ask", {"reference": "cheaper", "query": "重"}),
        ("你好", "help", {}),
    ],
)  # fmt: skip
def test_chinese_intents_and_slots(message: str, intent: str, slots: dict[str, object]) -> None:
    plan = parse_message(message)
    assert (plan.intent, plan.language) == (intent, "zh")
    for name, value in slots.items():
        assert getattr(plan, name) == value, name


def test_language_detection_and_english_recommend_rules() -> None:
    assert [detect_language(t) for t in ("便宜一点的", "tell me about 红茶", "#1001", "$30")] == [
        "zh", "en", None, None,
    ]  # fmt: skip
    assert parse_message("#1001").language is None  # the session decides
    assert parse_message("what do you recommend?").intent == "recommend"
    assert parse_message("something similar to the second one").reference == "second"
    needs = parse_message("can you recommend a rain jacket under $80")
    assert (needs.intent, needs.query, needs.max_price) == ("search", "rain jacket", Decimal("80"))


def test_every_template_exists_in_both_languages_with_the_same_slots() -> None:
    slots = {
        lang: {
            key: {f for _, f, _, _ in Formatter().parse(text) if f} for key, text in table.items()
        }
        for lang, table in PHRASES.items()
    }
    assert slots["en"] == slots["zh"]
    same = [k for k in PHRASES["en"] if PHRASES["en"][k] == PHRASES["zh"][k]]
    assert same == ["what_query"]  # “{query}” reads the same in both
    assert stock_text("zh", 0, "red") == "红色缺货"
    assert stock_text("zh", 3, "红色") == "红色库存 3 件"
    assert stock_text("en", 3, "红色") == "3 in stock in red"


@pytest.fixture
def chat(db: Database, zh_shop: ZhShop, settings: Settings) -> Any:
    return partial(ask, db, zh_shop.tenant, settings=settings, semantic_ratio=0.0)


def test_search_replies_in_chinese(chat: Any, zh_shop: ZhShop) -> None:
    red = chat("有没有红色的外套")
    assert red.language == "zh" and red.label["explicit"] == "由人工智能生成"
    assert red.text == (
        "为您找到“外套”（红色）的商品：\n- **红色防水冲锋衣**：199.00 CNY，库存 5 件 [1]。"
    )
    budget = chat("200元以下的外套")
    assert budget.text.startswith("为您找到“外套”（200.00 CNY 以下）的商品：")
    assert {p.handle for p in budget.products} == {"red-shell", "blue-jacket"}
    closest = chat("不超过50元的保温杯")
    assert closest.text == (
        "没有符合“保温杯”（50.00 CNY 以下）的商品。最接近的替代品：\n"
        "- **不锈钢保温杯**：59.00 CNY，库存 20 件（最接近的替代品） [2]。"
    )
    assert chat("潜水艇").text == "没有找到“潜水艇”相关的商品。"
    assert chat("你好").text.startswith("我可以帮您找商品")
    assert chat("黑色夹克").text.endswith("- **黑色加绒夹克**：259.00 CNY，缺货 [1]。")


def test_follow_ups_keep_chinese(chat: Any, zh_shop: ZhShop) -> None:
    first = chat("外套")
    assert len(first.products) == 3
    session = partial(chat, session_id=first.session_id)
    table = session("比较一下")
    assert table.text.startswith("对比如下 [1]：\n| | **")
    assert "| 价格 | " in table.text and "| 颜色 | " in table.text
    assert table.text.endswith("**蓝色轻薄夹克** 最便宜，售价 159.00 CNY [1]。")
    stock = session("第二个有货吗")
    assert stock.text == (  # sold out: in-stock products like it follow
        "**黑色加绒夹克** 目前缺货 [1]。\n有货的相似商品：\n"
        "- **蓝色轻薄夹克**：159.00 CNY，库存 3 件（替代品） [2]。"
    )
    cheaper = chat("便宜一点的", session_id=chat("外套").session_id)
    assert cheaper.text.split("\n")[:3] == [
        "**蓝色轻薄夹克** 售价 159.00 CNY，库存 3 件 [1]。",
        "类别：服装 > 外套，品牌：山峰 [1]。",
        "详细参数：颜色：蓝色 [1]。",
    ]
    unsure = session("#2001")  # no words to tell the language by: the session's stays
    assert (unsure.language, unsure.text) == ("zh", "请先登录，我才能查询您的订单。")
    english = session("tell me about it")  # an English message gets an English reply
    assert english.language == "en"
    assert english.text.startswith("**黑色加绒夹克** costs 259.00 CNY and is out of stock [1].")


def test_orders_delivery_policy_and_recommendations_in_chinese(chat: Any, zh_shop: ZhShop) -> None:
    li = partial(chat, customer_id=zh_shop.li)
    assert li("我的订单").text == (
        "订单 #2001：已付款，总额 64.00 CNY，下单日期 2024年1月1日，"
        "商品：1 x 不锈钢保温杯 (59.00 CNY) [1]。\n"
        "尚未发货 [1]。"
    )
    assert li("订单2001什么时候到").text == (
        "订单 #2001（已付款）预计在 1月3日 至 1月8日 之间送达，依据本店的标准配送时效 [1]。"
    )
    assert li("订单2002的物流").text == (  # 韩梅梅's
        "抱歉，您的账户中没有找到订单 #2002，我只能查询您本人的订单。"
    )
    shipping = chat("运费多少")
    assert shipping.text == "运费：订单满 99 元包邮，不满 99 元收取运费 10 元。[1]"
    assert shipping.repairs == []  # amounts a cited policy states are grounded
    english = chat("is shipping free over 99?")  # the rule is quoted as written, and said so
    assert english.text.startswith("Our policy (in Chinese), 运费: “订单满 99 元包邮")
    assert english.citations[0]["tool"] == "store_policies"
    assert chat("可以退货吗").citations[0]["refs"] == ["售后.md#退货"]
    recs = li("推荐一下")
    assert recs.text == (
        "根据您的订单和浏览记录，为您推荐：\n"  # the learned sequence rows lead
        "- **户外露营灯**：89.00 CNY，库存 8 件，常在您买过的「餐具」之后选购 [1]。\n"
        "- **蓝色轻薄夹克**：159.00 CNY，库存 3 件，与您买过的「餐具」相似 [1]。\n"
        "- **红色防水冲锋衣**：199.00 CNY，库存 5 件，与您买过的「餐具」相似 [1]。"
    )
    assert "韩" not in recs.text and "#2002" not in recs.text
    popular = chat("有什么热门的推荐")
    assert popular.text.startswith("本店当前的热门商品：\n- **不锈钢保温杯**：59.00 CNY")
    assert popular.text.endswith("店内人气商品 [1]。")
    flask = chat("保温杯")
    goes = chat("有什么搭配的", session_id=flask.session_id)
    assert goes.text == (
        "与「不锈钢保温杯」搭配或相似的商品：\n"
        "- **户外露营灯**：89.00 CNY，库存 8 件，常与「不锈钢保温杯」一起购买 [1]。\n"
        "- **蓝色轻薄夹克**：159.00 CNY，库存 3 件，与「不锈钢保温杯」相似 [1]。\n"
        "- **红色防水冲锋衣**：199.00 CNY，库存 5 件，与「不锈钢保温杯」相似 [1]。"
    )
    long = chat("外套" * 600)
    assert long.notices == ["您的消息有 1200 个字符，只读取了前 1000 个"]


def test_sign_in_request_and_model_down_notice_in_chinese(db: Database, zh_shop: ZhShop) -> None:
    down = {"backend": "openai", "model": "m", "base_url": "http://127.0.0.1:9/v1",
            "timeout_s": 2, "options": {"max_retries": 0}}  # fmt: skip
    # A generous deadline: this test is about a refused connection, and loading the input
    # moderation encoder on a busy machine can take longer than the 3 s default.
    settings = load_settings(models={"extract": down}, assistant={"model_deadline_s": 120})
    answer = ask(db, zh_shop.tenant, "我的订单", settings, understand="model")
    assert answer.text == "请先登录，我才能查询您的订单。"
    assert answer.notices[0].startswith("语言模型不可用，已按规则理解您的消息（")


def test_colours_match_in_either_language(ctx: ToolContext, shop: Shop, db: Database,
                                          zh_shop: ZhShop, settings: Settings) -> None:  # fmt: skip
    zh = ToolContext(db=db, tenant=zh_shop.tenant, settings=settings, semantic_ratio=0.0)
    assert [c.handle for c in search_tool(zh, "外套", colour="red")] == ["red-shell"]
    assert [c.handle for c in search_tool(zh, "外套", colour="红色")] == ["red-shell"]
    assert [c.handle for c in search_tool(ctx, "rain jacket", colour="红色")] == ["rain-jacket-red"]
    english = ask(db, zh_shop.tenant, "red jacket", settings, semantic_ratio=0.0)
    assert english.language == "en" and english.label["explicit"] == "AI-generated"


def test_the_verifier_reads_chinese_sentences() -> None:
    from tradewinds.assistant import verify_answer

    jacket = ProductCard(1, "j", "冲锋衣", 19900, "CNY", 5, "/products/j")
    results = [ToolResult(n=1, tool="search_products", arguments={}, products=[jacket])]
    fixed = verify_answer("**冲锋衣** 售价 99.00 CNY，库存 50 件 [1]。", results)
    assert fixed.text == "**冲锋衣** 售价 199.00 CNY，库存 5 件 [1]。"
    text = "**冲锋衣** 售价 199.00 CNY [1]。**金帐篷** 只要 5.00 CNY [1]。今天全场 1 元 [1]。"
    kept = verify_answer(text, results)
    assert kept.text == "**冲锋衣** 售价 199.00 CNY [1]。"
    assert kept.repairs == [
        "dropped: unknown product '金帐篷'",
        "dropped: unsupported amount '1 元'",
    ]
    assert verify_answer("只要 ¥199 [1]。", results).text == "只要 ¥199 [1]。"
    assert verify_answer("只要 199 美元 [1]。", results).text == ""  # USD, not the CNY price


@pytest.mark.parametrize(
    ("message", "age", "query"),
    [
        ("适合5岁孩子的积木", (5, 5), "积木"),
        ("3-6岁的玩具", (3, 6), "玩具"),
        ("8岁以上的科学套装", (8, 99), "科学套装"),
        ("送给新生儿的礼物", (0, 1), ""),
        ("防水登山鞋", None, "防水登山鞋"),
    ],
)
def test_chinese_ages(message: str, age: tuple[int, int] | None, query: str) -> None:
    plan = parse_chinese_age(message)
    assert plan.age == age
    assert query in plan.query and "岁" not in plan.query


def parse_chinese_age(message: str) -> Any:
    plan = parse_message(message)
    assert plan.language == "zh" and plan.intent == "search"
    return plan


def test_chinese_age_constraint_is_named_in_the_answer() -> None:
    from tradewinds.assistant.phrases import constraint_text

    plan = parse_message("适合5岁孩子的积木")
    assert constraint_text("zh", "CNY", plan) == "（适合5岁）"
    plan.age = (8, 99)
    assert constraint_text("en", "USD", plan) == "for ages 8 and up"
