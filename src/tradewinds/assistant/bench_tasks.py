"""The assistant benchmark's files: task lines (with optional expectations) and result lines.

A task line is ``{"id", "customer_email"?, "category"?, "notes"?, "turns": [...]}``; each
turn is either the shopper's message (a string) or ``{"user": "...", "expect": {...}}``.
Unknown task keys are ignored, so plain task files from elsewhere run unchanged; unknown
expectation keys are refused, because a misspelt expectation would silently pass.
The expectation keys are documented in ``docs/assistant.md`` ("Evaluation").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tradewinds.core.errors import InvalidInput

LANGUAGES = ("en", "zh")
_LIST_KEYS = ("products_any", "products_all", "products_none", "cites_any", "not_facts")
_INT_KEYS = ("products_min", "products_max")
EXPECT_KEYS = frozenset([*_LIST_KEYS, *_INT_KEYS, "facts", "language", "intent", "refuses"])


@dataclass(frozen=True)
class TaskTurn:
    """One shopper message and what a good answer must satisfy (empty: not scored)."""

    user: str
    expect: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BenchTask:
    """One conversation: its turns run in one session, as ``customer_email`` if given."""

    id: str
    turns: list[TaskTurn]
    customer_email: str | None = None
    category: str = ""
    line: int = 0

    @property
    def scored(self) -> bool:
        """Whether any turn carries expectations."""
        return any(turn.expect for turn in self.turns)


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"{where}: expected a list of strings")
    return list(value)


def check_expect(expect: Any, where: str) -> dict[str, Any]:
    """Validate one turn's ``expect`` object; the message names the line and the key.

    Raises
    ------
    InvalidInput
        Not an object, an unknown key, or a value of the wrong type.
    """
    if not isinstance(expect, dict):
        raise InvalidInput(f"{where}: 'expect' must be an object")
    unknown = sorted(set(expect) - EXPECT_KEYS)
    if unknown:
        raise InvalidInput(
            f"{where}: unknown expectation {', '.join(map(repr, unknown))} "
            f"(expected some of {', '.join(sorted(EXPECT_KEYS))})"
        )
    for key in _LIST_KEYS:
        if key in expect:
            _strings(expect[key], f"{where}: {key}")
    for key in _INT_KEYS:
        if key in expect and (type(expect[key]) is not int or expect[key] < 0):
            raise InvalidInput(f"{where}: {key} must be a whole number >= 0")
    facts = expect.get("facts", [])
    if not isinstance(facts, list) or not all(
        isinstance(item, str) or (isinstance(item, list) and item and
                                  all(isinstance(x, str) for x in item))
        for item in facts
    ):  # fmt: skip
        raise InvalidInput(f"{where}: facts must be a list of strings or lists of alternatives")
    if "language" in expect and expect["language"] not in LANGUAGES:
        raise InvalidInput(f"{where}: language must be one of {', '.join(LANGUAGES)}")
    if "refuses" in expect and not isinstance(expect["refuses"], bool):
        raise InvalidInput(f"{where}: refuses must be true or false")
    if "intent" in expect and not isinstance(expect["intent"], str):
        raise InvalidInput(f"{where}: intent must be a string")
    return dict(expect)


def _turn(raw: Any, where: str) -> TaskTurn:
    if isinstance(raw, str):
        return TaskTurn(user=raw)
    if isinstance(raw, dict) and isinstance(raw.get("user"), str):
        unknown = sorted(set(raw) - {"user", "expect"})
        if unknown:
            raise InvalidInput(f"{where}: unknown turn key(s) {', '.join(map(repr, unknown))}")
        return TaskTurn(user=raw["user"], expect=check_expect(raw.get("expect", {}), where))
    raise InvalidInput(f'{where}: a turn is a message string or {{"user": ..., "expect": ...}}')


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: not UTF-8 text") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{path} line {number}: not JSON ({exc.msg})") from None


def read_tasks(path: Path) -> list[BenchTask]:
    """Read and validate a tasks file (JSON Lines).

    Raises
    ------
    InvalidInput
        Unreadable file, a line that is not a task, a repeated id, or a bad expectation;
        the message names the line.
    """
    tasks: list[BenchTask] = []
    seen: set[str] = set()
    for number, record in _json_lines(path):
        where = f"{path} line {number}"
        if not isinstance(record, dict) or not isinstance(record.get("id"), (str, int)):
            raise InvalidInput(f"{where}: expected an object with an 'id' and 'turns'")
        ident = str(record["id"])
        if ident in seen:
            raise InvalidInput(f"{where}: task id {ident!r} is repeated")
        seen.add(ident)
        turns = record.get("turns")
        if not isinstance(turns, list) or not turns:
            raise InvalidInput(f"{where}: 'turns' must be a non-empty list of messages")
        email = record.get("customer_email")
        if email is not None and (not isinstance(email, str) or "@" not in email):
            raise InvalidInput(f"{where}: customer_email must be an e-mail address or absent")
        tasks.append(
            BenchTask(
                id=ident,
                turns=[_turn(t, f"{where} turn {i}") for i, t in enumerate(turns, 1)],
                customer_email=email,
                category=str(record.get("category") or ""),
                line=number,
            )
        )
    if not tasks:
        raise InvalidInput(f"{path}: no tasks (expected one JSON object per line)")
    return tasks


def read_results(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read a results file: task id → its turns, as ``bench assistant`` wrote them.

    Raises
    ------
    InvalidInput
        Unreadable file or a line without ``id`` and a ``turns`` list of objects.
    """
    results: dict[str, list[dict[str, Any]]] = {}
    for number, record in _json_lines(path):
        turns = record.get("turns") if isinstance(record, dict) else None
        if (
            not isinstance(record, dict)
            or "id" not in record
            or not isinstance(turns, list)
            or not all(isinstance(t, dict) for t in turns)
        ):
            raise InvalidInput(f'{path} line {number}: expected {{"id", "turns": [{{...}}]}}')
        results[str(record["id"])] = turns
    return results
