"""Reading interaction sequences and item attributes in the S3-Rec format.

Sequences: one customer a line, ``user item item ...`` in time order, separated by
whitespace. Attributes: a JSON object ``{"item": [attribute, ...], ...}``. Ids are kept as
the strings written in the file; callers that want integers convert them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from tradewinds.core.errors import ImportFileError, RowProblem

_MAX_PROBLEMS = 200


def read_sequences(path: str | Path) -> dict[str, list[str]]:
    """Read ``user item item ...`` lines into ``{user: [item, ...]}`` (time order kept).

    Blank lines are skipped. A line with a user but no item, or a user seen twice, is an
    error naming the file and line (:class:`~tradewinds.core.errors.ImportFileError`).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            str(path), [RowProblem(_line_at(path, exc.start), "text", "not UTF-8 text")]
        ) from None
    return parse_sequences(text.splitlines(), source=str(path))


def parse_sequences(lines: Iterable[str], *, source: str = "<sequences>") -> dict[str, list[str]]:
    """Parse sequence lines (see :func:`read_sequences`); ``source`` names them in errors."""
    sequences: dict[str, list[str]] = {}
    first_seen: dict[str, int] = {}
    problems: list[RowProblem] = []
    for number, line in enumerate(lines, start=1):
        tokens = line.split()
        if not tokens:
            continue
        user, items = tokens[0], tokens[1:]
        if not items:
            problems.append(
                RowProblem(
                    number, "items", f"user {user!r} has no items (expected 'user item item ...')"
                )
            )
        elif user in sequences:
            problems.append(
                RowProblem(
                    number,
                    "user",
                    f"user {user!r} already appeared on "
                    f"line {first_seen[user]} (one line per user)",
                )
            )
        else:
            sequences[user] = items
            first_seen[user] = number
        if len(problems) >= _MAX_PROBLEMS:
            break
    if problems:
        raise ImportFileError(source, problems)
    return sequences


def read_item_attributes(path: str | Path) -> dict[str, list[str]]:
    """Read an item-to-attributes JSON object into ``{item: [attribute, ...]}``.

    Attributes may be numbers or strings and are returned as strings. Invalid JSON, or an
    item whose value is not a list of numbers/strings, is an error naming the line.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = RowProblem(exc.lineno, "json", f"{exc.msg} (column {exc.colno})")
        raise ImportFileError(str(path), [problem]) from None
    if not isinstance(raw, Mapping):
        raise ImportFileError(
            str(path), [RowProblem(1, "json", 'expected an object {"item": [attribute, ...]}')]
        )
    attributes: dict[str, list[str]] = {}
    problems: list[RowProblem] = []
    for item, values in raw.items():
        if not _is_attribute_list(values):
            line = _line_of_key(text, item)
            problems.append(
                RowProblem(
                    line,
                    f"item {item}",
                    f"expected a list of attribute ids, got {json.dumps(values)[:60]}",
                )
            )
            continue
        attributes[str(item)] = [str(v) for v in values]
    if problems:
        raise ImportFileError(str(path), problems[:_MAX_PROBLEMS])
    return attributes


def _is_attribute_list(values: object) -> bool:
    if not isinstance(values, Sequence) or isinstance(values, str):
        return False
    return all(isinstance(v, int | str) and not isinstance(v, bool) for v in values)


def _line_of_key(text: str, key: str) -> int:
    at = text.find(json.dumps(key) + ":")
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _line_at(path: Path, offset: int) -> int:
    return path.read_bytes()[:offset].count(b"\n") + 1
