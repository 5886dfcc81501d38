"""Tool schemas, argument validation and reading tool calls out of model replies."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewinds.assistant.toolcalls import (
    TOOL_SCHEMAS,
    ToolCallError,
    parse_reply,
    tool_definitions,
    validate_arguments,
)
from tradewinds.models import ChatRequest, ChatResult, ToolCall, Usage


def _result(text: str = "", calls: list[ToolCall] | None = None, reasoning: str = "") -> ChatResult:
    return ChatResult(text=text, finish_reason="tool_calls" if calls else "stop", usage=Usage(),
                      backend="openai", model="qwen3", tool_calls=calls or [],
                      reasoning=reasoning)  # fmt: skip


def test_every_tool_has_a_schema_and_a_request_accepts_them() -> None:
    names = {"search_products", "product_details", "compare_products", "check_stock",
             "order_status", "delivery_promise", "store_policies",
             "recommend_products", "answer_product_question", "rank_products"}  # fmt: skip
    assert names == set(TOOL_SCHEMAS)
    definitions = tool_definitions()
    assert [t.function.name for t in definitions] == list(TOOL_SCHEMAS)
    request = ChatRequest.from_prompt("hi", tools=definitions, tool_choice="auto")
    sent = request.tools[0].to_openai()
    assert sent["type"] == "function" and sent["function"]["parameters"]["required"] == ["query"]
    for name, schema in TOOL_SCHEMAS.items():
        assert schema["parameters"]["additionalProperties"] is False, name
    # The model cannot name a customer: no order tool has such a parameter.
    for name in ("order_status", "delivery_promise"):
        assert set(TOOL_SCHEMAS[name]["parameters"]["properties"]) == {"order_ref"}


def test_native_tool_calls() -> None:
    reply = parse_reply(_result(calls=[
        ToolCall(id="c1", name="search_products", arguments='{"query": "jacket", "max_price": 80}'),
        ToolCall(id="c2", name="check_stock", arguments='{"product_id": 4}'),
    ]))  # fmt: skip
    assert reply.form == "native" and reply.text == ""
    assert [(c.id, c.name, c.arguments) for c in reply.calls] == [
        ("c1", "search_products", {"query": "jacket", "max_price": 80}),
        ("c2", "check_stock", {"product_id": 4}),
    ]
    assert all(c.error is None for c in reply.calls)


def test_native_call_with_bad_json_carries_the_error() -> None:
    reply = parse_reply(_result(calls=[ToolCall(id="c1", name="check_stock", arguments="{id: 4")]))
    (call,) = reply.calls
    assert call.error is not None and "arguments of check_stock: not valid JSON" in call.error
    assert call.raw_arguments == "{id: 4" and call.arguments == {}


def test_hermes_text_calls_around_thinking_and_prose() -> None:
    text = (
        "<think>The shopper wants a jacket; I should search.</think>\n"
        "Let me check.\n"
        '<tool_call>\n{"name": "search_products", "arguments": {"query": "rain jacket"}}\n'
        "</tool_call>\n"
        '<tool_call>\n```json\n{"name": "store_policies", "arguments": '
        '"{\\"question\\": \\"returns\\"}"}\n```\n</tool_call>'
    )
    reply = parse_reply(_result(text))
    assert reply.form == "text"
    assert reply.text == "Let me check."
    assert reply.reasoning == "The shopper wants a jacket; I should search."
    assert [(c.name, c.arguments, c.error) for c in reply.calls] == [
        ("search_products", {"query": "rain jacket"}, None),
        ("store_policies", {"question": "returns"}, None),  # double-encoded arguments
    ]
    assert [c.id for c in reply.calls] == ["call_1", "call_2"]


def test_thinking_opened_by_the_template_or_cut_off() -> None:
    opened = parse_reply(
        _result("I think they want the blue one.</think>\n\nIt costs 79.00 USD [1].")
    )
    assert opened.text == "It costs 79.00 USD [1]." and "blue one" in opened.reasoning
    cut = parse_reply(_result("Sure.<think>still thinking about"))
    assert cut.text == "Sure." and cut.reasoning == "still thinking about"
    server = parse_reply(_result("Done [1].", reasoning="parsed by the server"))
    assert server.reasoning == "parsed by the server" and server.calls == []


def test_unclosed_and_slightly_broken_calls() -> None:
    # Cut off before </tool_call> (a stop sequence ate it), and a stray closing brace.
    unclosed = parse_reply(
        _result('<tool_call>{"name": "check_stock", "arguments": {"product_id": 2}}')
    )
    assert unclosed.calls[0].arguments == {"product_id": 2} and unclosed.calls[0].error is None
    stray = parse_reply(
        _result('<tool_call>{"name": "check_stock", "arguments": {"product_id": 2}}}</tool_call>')
    )
    assert stray.calls[0].error is None


@pytest.mark.parametrize(
    ("body", "expected_name", "message"),
    [
        ('{"name": "search_products", "arguments": {"query": "mug"', "search_products",
         "the <tool_call> body: not valid JSON"),
        ('["search_products"]', "", "not a JSON object"),
        ('{"arguments": {"query": "mug"}}', "", 'has no "name"'),
        ('{"name": "check_stock", "arguments": [4]}', "check_stock",
         '"arguments" must be a JSON object'),
    ],
)  # fmt: skip
def test_malformed_text_calls_name_the_problem_and_the_format(
    body: str, expected_name: str, message: str
) -> None:
    reply = parse_reply(_result(f"<tool_call>{body}</tool_call>"))
    (call,) = reply.calls
    assert call.name == expected_name
    assert call.error is not None and message in call.error
    assert '<tool_call>{"name": "<tool>", "arguments": {...}}</tool_call>' in call.error


def test_plain_answer_has_no_calls() -> None:
    reply = parse_reply(_result("**Enamel Camp Mug** costs 12.00 USD [1]."))
    assert reply.form == "none" and reply.calls == []
    assert reply.text == "**Enamel Camp Mug** costs 12.00 USD [1]."


@given(st.text(alphabet=st.sampled_from(list('<>/{}":, abtoolcalthink_[]\n')), max_size=80))
def test_any_text_parses_without_raising(text: str) -> None:
    reply = parse_reply(_result(text))
    assert "<tool_call>" not in reply.text
    assert all((c.error is None) == isinstance(c.arguments, dict) for c in reply.calls)


def test_validation_converts_quoted_values_and_drops_nulls() -> None:
    arguments = {"query": " rain jacket ", "max_price": "80", "min_price": 20.5,
                 "in_stock": "true", "colour": None}  # fmt: skip
    checked = validate_arguments("search_products", arguments)
    assert checked == {"query": "rain jacket", "max_price": 80, "min_price": 20.5, "in_stock": True}
    assert validate_arguments("compare_products", {"product_ids": ["2", 3.0]}) == {
        "product_ids": [2, 3]
    }
    assert validate_arguments("order_status", {}) == {}


@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("get_weather", {}, "there is no tool 'get_weather' (tools: search_products,"),
        ("search_products", {}, "search_products: missing required argument(s) query"),
        ("search_products", {"query": "  "}, "search_products: query must not be empty"),
        ("search_products", {"query": "x", "max_price": "cheap"},
         'max_price must be a number, got "cheap"'),
        ("search_products", {"query": "x", "max_price": -5}, "max_price must be at least 0"),
        ("search_products", {"query": "x", "in_stock": 1}, "in_stock must be a boolean"),
        ("product_details", {"product_id": True}, "product_id must be an integer, got true"),
        ("product_details", {"product_id": 2.5}, "product_id must be an integer"),
        ("compare_products", {"product_ids": [1]}, "product_ids needs 2 to 5 items, got 1"),
        ("compare_products", {"product_ids": [1, "x"]}, "product_ids[1] must be an integer"),
        ("order_status", {"order_ref": "#1002", "customer_id": 7},
         "order_status: unknown argument(s) customer_id (it takes: order_ref)"),
        ("store_policies", {"question": "x" * 501}, "question is longer than 500 characters"),
    ],
)  # fmt: skip
def test_validation_errors_name_the_tool_and_the_argument(
    name: str, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(ToolCallError) as caught:
        validate_arguments(name, arguments)
    assert message in str(caught.value)
    json.dumps(str(caught.value))  # it goes back to the model as JSON text
