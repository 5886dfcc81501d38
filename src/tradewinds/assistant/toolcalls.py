"""The assistant's tools as a capable model sees them, and the calls it makes read back.

:data:`TOOL_SCHEMAS` describes every tool in OpenAI function format (JSON Schema
parameters). :func:`parse_reply` reads the calls out of a model's reply: native
``tool_calls`` from an OpenAI-compatible server, or Qwen/Hermes-style text

.. code-block:: text

    <tool_call>
    {"name": "search_products", "arguments": {"query": "rain jacket", "max_price": 80}}
    </tool_call>

when the server did not parse them (several per reply, around ``<think>`` blocks and
prose). :func:`validate_arguments` checks a call against its schema. Nothing here raises
on bad model output: a call that cannot be read or fails its schema carries an ``error``,
which the agent sends back to the model as that call's result.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from tradewinds.assistant.intents import tool_schemas
from tradewinds.models import ChatResult, FunctionSpec, Tool

# Every native tool, as the intent registry defines it.
TOOL_SCHEMAS: dict[str, dict[str, Any]] = tool_schemas()


def tool_definitions(names: list[str] | None = None) -> list[Tool]:
    """The tools (all, or those named) in the form ``ChatRequest.tools`` takes."""
    chosen = list(TOOL_SCHEMAS) if names is None else names
    return [
        Tool(function=FunctionSpec(name=name, **TOOL_SCHEMAS[name]))  # KeyError: a bug of ours
        for name in chosen
    ]


class ToolCallError(ValueError):
    """A tool call that cannot be run: unknown tool, bad JSON, arguments off the schema."""


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _coerce(value: Any, kind: str) -> Any:
    """Models often quote numbers and booleans ("80", "true"); those are accepted."""
    if isinstance(value, str):
        text = value.strip()
        if kind == "integer" and re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        if kind == "number" and re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
            return float(text) if "." in text else int(text)
        if kind == "boolean" and text.lower() in ("true", "false"):
            return text.lower() == "true"
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _check(value: Any, schema: dict[str, Any], where: str) -> Any:
    kind = schema.get("type", "string")
    value = _coerce(value, kind)
    if (isinstance(value, bool) and kind != "boolean") or not isinstance(value, _TYPES[kind]):
        raise ToolCallError(
            f"{where} must be {'an' if kind[0] in 'aeiou' else 'a'} {kind}, "
            f"got {json.dumps(value)[:60]}"
        )
    if kind in ("integer", "number") and "minimum" in schema and value < schema["minimum"]:
        raise ToolCallError(f"{where} must be at least {schema['minimum']}, got {value}")
    if kind == "string":
        value = str(value).strip()
        if len(value) < schema.get("minLength", 0):
            raise ToolCallError(f"{where} must not be empty")
        if len(value) > schema.get("maxLength", 10_000):
            raise ToolCallError(f"{where} is longer than {schema['maxLength']} characters")
    if kind == "array":
        low, high = schema.get("minItems", 0), schema.get("maxItems", 100)
        if not low <= len(value) <= high:
            raise ToolCallError(f"{where} needs {low} to {high} items, got {len(value)}")
        value = [_check(v, schema["items"], f"{where}[{i}]") for i, v in enumerate(value)]
    return value


def validate_arguments(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """``arguments`` checked against the schema of tool ``name``, with quoted numbers and
    booleans converted and ``null`` optional arguments left out.

    Raises
    ------
    ToolCallError
        Unknown tool, unknown or missing argument, wrong type, out-of-range value; the
        message names the tool and the argument, for the model to correct.
    """
    if name not in TOOL_SCHEMAS:
        raise ToolCallError(f"there is no tool {name!r} (tools: {', '.join(TOOL_SCHEMAS)})")
    schema = TOOL_SCHEMAS[name]["parameters"]
    properties: dict[str, Any] = schema["properties"]
    unknown = sorted(set(arguments) - set(properties))
    if unknown:
        raise ToolCallError(
            f"{name}: unknown argument(s) {', '.join(unknown)} "
            f"(it takes: {', '.join(properties) or 'nothing'})"
        )
    checked: dict[str, Any] = {}
    for key, value in arguments.items():
        if value is not None:
            checked[key] = _check(value, properties[key], f"{name}: {key}")
    missing = [key for key in schema.get("required", []) if key not in checked]
    if missing:
        raise ToolCallError(f"{name}: missing required argument(s) {', '.join(missing)}")
    return checked


@dataclass(frozen=True)
class ParsedCall:
    """One tool call read from a reply. ``error`` is set when it cannot be run as written."""

    id: str
    name: str
    arguments: dict[str, Any]
    raw_arguments: str = "{}"
    error: str | None = None


@dataclass(frozen=True)
class Reply:
    """A model reply split into the text meant for the shopper and the calls it makes."""

    text: str
    calls: list[ParsedCall]
    form: Literal["native", "text", "none"]
    reasoning: str = ""


_THINK = re.compile(r"<think>(.*?)</think>", re.S)
_CALL = re.compile(r"<tool_call>(.*?)(?:</tool_call>|\Z)", re.S)
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")
_NAME = re.compile(r'"name"\s*:\s*"([^"]{1,64})"')
HERMES_FORMAT = '<tool_call>{"name": "<tool>", "arguments": {...}}</tool_call>'


def _without_thinking(text: str) -> tuple[str, str]:
    """Text with ``<think>`` blocks removed, and the reasoning they held."""
    reasoning = [m.strip() for m in _THINK.findall(text)]
    text = _THINK.sub("", text)
    if "</think>" in text:  # the template opened the block in the prompt
        head, text = text.rsplit("</think>", 1)
        reasoning.insert(0, head.strip())
    if "<think>" in text:  # cut off while thinking: nothing after it is an answer
        text, tail = text.split("<think>", 1)
        reasoning.append(tail.strip())
    return text, "\n".join(r for r in reasoning if r)


def _loads_object(raw: str, what: str, *, prefix: bool = False) -> dict[str, Any]:
    """``raw`` as a JSON object; with ``prefix``, text after the object is ignored (a stray
    closing brace, a call cut off before ``</tool_call>`` and followed by prose)."""
    try:
        value = json.JSONDecoder().raw_decode(raw)[0] if prefix else json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ToolCallError(f"{what}: not valid JSON ({exc.msg} at position {exc.pos})") from None
    if not isinstance(value, dict):
        raise ToolCallError(f"{what}: not a JSON object but {json.dumps(value)[:60]}")
    return value


def _text_call(index: int, body: str) -> ParsedCall:
    raw = _FENCE.sub("", body.strip())
    call_id = f"call_{index}"
    try:
        data = _loads_object(raw, "the <tool_call> body", prefix=True)
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise ToolCallError('the <tool_call> body has no "name"')
        arguments = data.get("arguments", data.get("parameters", {}))
        if isinstance(arguments, str):  # some models double-encode the arguments
            arguments = _loads_object(arguments, f"the arguments of {name}") if arguments else {}
        if not isinstance(arguments, dict):
            raise ToolCallError(f'{name}: "arguments" must be a JSON object')
    except ToolCallError as exc:
        guess = _NAME.search(raw)
        return ParsedCall(
            call_id,
            guess.group(1) if guess else "",
            {},
            raw[:500],
            f"{exc}; write each call as {HERMES_FORMAT}",
        )
    return ParsedCall(call_id, name, arguments, json.dumps(arguments, ensure_ascii=False))


def parse_reply(result: ChatResult) -> Reply:
    """The shopper-facing text and the tool calls of one model reply.

    Native ``tool_calls`` win; otherwise ``<tool_call>`` blocks are read from the text
    (after ``<think>`` blocks are removed). A call whose JSON cannot be read is returned
    with ``error`` set, so the model can be told what to fix.
    """
    text, reasoning = _without_thinking(result.text)
    reasoning = "\n".join(r for r in (result.reasoning, reasoning) if r)
    if result.tool_calls:
        calls = []
        for i, call in enumerate(result.tool_calls, start=1):
            call_id = call.id or f"call_{i}"  # some servers send no ids
            try:
                arguments = _loads_object(call.arguments or "{}", f"the arguments of {call.name}")
                calls.append(ParsedCall(call_id, call.name, arguments, call.arguments))
            except ToolCallError as exc:
                calls.append(ParsedCall(call_id, call.name, {}, call.arguments, str(exc)))
        return Reply(_CALL.sub("", text).strip(), calls, "native", reasoning)
    bodies = _CALL.findall(text)
    if not bodies:
        return Reply(text.strip(), [], "none", reasoning)
    calls = [_text_call(i, body) for i, body in enumerate(bodies, start=1)]
    return Reply(_CALL.sub("", text).strip(), calls, "text", reasoning)
