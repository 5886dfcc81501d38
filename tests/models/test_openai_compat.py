"""The ``openai`` backend against a real OpenAI-compatible server (llama_cpp.server + SmolLM2)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel, Field

from tests.models.conftest import free_port, openai_spec, settings_with
from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.models import (
    ChatModel,
    ChatRequest,
    collect_stream,
    get_chat_model,
    get_embedding_model,
)
from tradewinds.models.openai_compat import OpenAIChat

pytestmark = pytest.mark.slow

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


class Answer(BaseModel):
    city: str = Field(max_length=30)
    sunny: bool


def _model(base_url: str, **options: object) -> ChatModel:
    return get_chat_model("chat", settings_with(chat=openai_spec(base_url, **options)))


def _request(**fields: object) -> ChatRequest:
    defaults: dict[str, Any] = {"max_tokens": 12, "temperature": 0, "seed": 3}
    return ChatRequest.from_prompt("Say hello to the shop.", **{**defaults, **fields})


def test_chat_returns_text_and_server_usage(llama_server: str) -> None:
    result = _model(llama_server).chat(_request())
    assert result.text.strip() and result.backend == "openai"
    assert result.usage.prompt_tokens > 5 and not result.usage.estimated
    assert 0 < result.usage.completion_tokens <= 12


def test_stream_matches_chat_and_estimates_missing_usage(llama_server: str) -> None:
    model = _model(llama_server)
    whole = model.chat(_request())
    chunks = list(model.stream(_request()))
    pieces = [c for c in chunks if c.text]
    assert len(pieces) > 2 and chunks[-1].is_final
    streamed = collect_stream(chunks)
    assert streamed.text == whole.text
    # llama_cpp.server ignores stream_options.include_usage: we count the pieces instead.
    assert streamed.usage.estimated and streamed.usage.completion_tokens == len(pieces)


def test_json_schema_answer_validates(llama_server: str) -> None:
    request = ChatRequest.from_prompt(
        "Is it sunny in Oslo? Answer as JSON.",
        max_tokens=60,
        temperature=0,
        json_schema=Answer.model_json_schema(),
    )
    result = _model(llama_server).chat(request)
    assert result.finish_reason == "stop", result.text
    assert isinstance(Answer.model_validate(result.json()).sunny, bool)


def test_forced_tool_call_is_parsed(llama_server: str) -> None:
    request = ChatRequest.from_prompt(
        "What is the weather in Oslo?",
        tools=[WEATHER],
        tool_choice="get_weather",
        max_tokens=40,
        temperature=0,
    )
    model = _model(llama_server)
    result = model.chat(request)
    assert result.finish_reason == "tool_calls"
    assert [c.name for c in result.tool_calls] == ["get_weather"]
    assert isinstance(result.tool_calls[0].parsed_arguments()["city"], str)
    streamed = collect_stream(model.stream(request))
    assert [c.name for c in streamed.tool_calls] == ["get_weather"]
    assert streamed.tool_calls[0].parsed_arguments() == result.tool_calls[0].parsed_arguments()


def test_qwen_thinking_switch_goes_in_chat_template_kwargs(llama_server: str) -> None:
    model = _model(llama_server, enable_thinking=False, extra_body={"top_k": 20})
    assert isinstance(model, OpenAIChat)
    params = model.build_params(_request(), model._request_options(_request()))
    assert params["extra_body"] == {"top_k": 20, "chat_template_kwargs": {"enable_thinking": False}}
    on = _request(options={"enable_thinking": True})
    assert model.build_params(on, model._request_options(on))["extra_body"][
        "chat_template_kwargs"
    ] == {"enable_thinking": True}
    assert model.chat(_request()).text  # the server accepts the extra fields


def test_schema_format_json_schema_is_openai_shaped(llama_server: str) -> None:
    model = _model(llama_server, schema_format="json_schema")
    assert isinstance(model, OpenAIChat)
    request = _request(json_schema={"type": "object"})
    params = model.build_params(request, model._request_options(request))
    assert params["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True},
    }
    # llama_cpp.server only knows json_object: its HTTP 500 becomes ModelUnavailable.
    with pytest.raises(ModelUnavailable, match="HTTP 500"):
        model.chat(request)


def test_server_side_context_overflow_is_invalid_input(llama_server: str) -> None:
    with pytest.raises(InvalidInput, match="rejected the request"):
        _model(llama_server).chat(ChatRequest.from_prompt("tent " * 3000, max_tokens=8))


def test_check_lists_served_models(llama_server: str) -> None:
    _model(llama_server).check()
    spec = {**openai_spec(llama_server), "model": "qwen3-32b"}
    wrong = get_chat_model("chat", settings_with(chat=spec))
    with pytest.raises(ModelUnavailable, match=r"does not serve model 'qwen3-32b'.*smollm2"):
        wrong.check()


def test_closed_port_is_model_unavailable() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    model = _model(url)
    with pytest.raises(ModelUnavailable, match=r"cannot reach .*is the server running"):
        model.chat(_request())
    with pytest.raises(ModelUnavailable, match="cannot reach"):
        next(model.stream(_request()))
    with pytest.raises(ModelUnavailable, match="cannot reach"):
        model.check()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A port that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/v1"


def test_timeout_is_model_unavailable(silent_server: str) -> None:
    spec = {**openai_spec(silent_server), "timeout_s": 0.5}
    model = get_chat_model("chat", settings_with(chat=spec))
    with pytest.raises(ModelUnavailable, match=r"did not answer within 0.5s"):
        model.chat(_request())


def test_embeddings_endpoint(llama_server: str) -> None:
    spec = {
        "backend": "openai",
        "model": "smollm2",
        "base_url": llama_server,
        "options": {"batch_size": 2, "max_retries": 0},
    }
    model = get_embedding_model("embed", settings_with(embed=spec))
    texts = ["red tent", "blue tent", "garden hose"]
    result = model.embed_result(texts)
    assert len(result.vectors) == 3 and result.dims == 576 == model.dims
    assert result.usage.prompt_tokens >= 3 and result.backend == "openai"
    one = model.embed(["garden hose"])[0]
    assert one == pytest.approx(result.vectors[2], abs=1e-4)  # batching keeps the order
    model.check()
