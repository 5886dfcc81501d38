"""The protocol's data: messages, requests, results and streams."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tradewinds.models import (
    ChatRequest,
    ChatResult,
    InvalidModelOutput,
    Message,
    StreamChunk,
    Tool,
    ToolCall,
    Usage,
    collect_stream,
)
from tradewinds.models.types import normalise_finish_reason

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


def test_tool_message_needs_the_call_id() -> None:
    with pytest.raises(ValidationError, match="tool_call_id"):
        Message(role="tool", content="sunny")
    assert Message.tool("call_1", "sunny").to_openai() == {
        "role": "tool",
        "content": "sunny",
        "tool_call_id": "call_1",
    }


def test_user_message_needs_content_and_only_assistants_call_tools() -> None:
    with pytest.raises(ValidationError, match="needs content"):
        Message(role="user")
    with pytest.raises(ValidationError, match="only 'assistant'"):
        Message(role="user", content="x", tool_calls=[ToolCall(id="1", name="f")])


def test_assistant_tool_calls_serialise_in_openai_format() -> None:
    message = Message.assistant(None, [ToolCall(id="c1", name="f", arguments='{"a": 1}')])
    assert message.to_openai()["tool_calls"] == [
        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}}
    ]


def test_request_rejects_unknown_fields_and_bad_values() -> None:
    with pytest.raises(ValidationError, match="max_tokenz"):
        ChatRequest.model_validate(
            {"messages": [{"role": "user", "content": "x"}], "max_tokenz": 5}
        )
    with pytest.raises(ValidationError, match="max_tokens"):
        ChatRequest.from_prompt("x", max_tokens=0)
    with pytest.raises(ValidationError, match="messages"):
        ChatRequest(messages=[])


def test_tools_take_openai_function_format_and_tool_choice_must_name_one() -> None:
    request = ChatRequest.from_prompt("weather?", tools=[WEATHER], tool_choice="get_weather")
    assert request.tools[0] == Tool.model_validate(WEATHER)
    assert request.tools[0].to_openai()["function"]["name"] == "get_weather"
    with pytest.raises(ValidationError, match="tool_choice='nope'"):
        ChatRequest.from_prompt("weather?", tools=[WEATHER], tool_choice="nope")
    with pytest.raises(ValidationError, match="type"):
        ChatRequest.from_prompt("x", tools=[{"type": "retrieval", "function": {"name": "f"}}])


def test_from_prompt_puts_the_system_message_first() -> None:
    request = ChatRequest.from_prompt("hi", system="be brief")
    assert [m.role for m in request.messages] == ["system", "user"]


def test_result_json_explains_a_cut_off_answer() -> None:
    result = ChatResult('{"name": "Tent', "length", Usage(5, 8), "llamacpp", "smollm2")
    with pytest.raises(InvalidModelOutput, match="raise max_tokens"):
        result.json()
    ok = ChatResult('{"name": "Tent"}', "stop", Usage(5, 8), "llamacpp", "smollm2")
    assert ok.json() == {"name": "Tent"}
    assert ok.message() == Message.assistant('{"name": "Tent"}')


def test_tool_call_arguments_must_be_a_json_object() -> None:
    assert ToolCall(id="1", name="f", arguments='{"city": "Oslo"}').parsed_arguments() == {
        "city": "Oslo"
    }
    with pytest.raises(InvalidModelOutput, match="not valid JSON"):
        ToolCall(id="1", name="f", arguments='{"city": ').parsed_arguments()
    with pytest.raises(InvalidModelOutput, match="JSON object"):
        ToolCall(id="1", name="f", arguments="[1]").parsed_arguments()


def test_collect_stream_joins_text_and_keeps_final_usage() -> None:
    chunks = [
        StreamChunk("Hel", backend="b", model="m"),
        StreamChunk("lo", backend="b", model="m"),
        StreamChunk(finish_reason="stop", usage=Usage(3, 2), backend="b", model="m"),
    ]
    result = collect_stream(chunks)
    assert (result.text, result.finish_reason, result.usage.total_tokens) == ("Hello", "stop", 5)
    with pytest.raises(InvalidModelOutput, match="without a final chunk"):
        collect_stream(chunks[:2])


def test_finish_reasons_are_normalised() -> None:
    assert normalise_finish_reason("function_call") == "tool_calls"
    assert normalise_finish_reason("length") == "length"
    assert normalise_finish_reason(None) == "stop"
    assert normalise_finish_reason("eos") == "stop"


def test_usage_dict_has_total() -> None:
    assert Usage(2, 3).to_dict() == {
        "prompt_tokens": 2,
        "completion_tokens": 3,
        "estimated": False,
        "total_tokens": 5,
    }
