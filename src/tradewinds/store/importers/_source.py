"""Reading an input file: decoding, format detection, CSV rows and JSON lines with their
physical line numbers, and turning validation errors into :class:`RowProblem` s.

Every reader produces a :class:`ParseResult`: the valid records, each with the line it
started on and a ``locate`` function mapping a place in the record (``("variants", 1,
"price")``) back to the file (line 7, ``Variant Price``), plus the problems found.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from tradewinds.core.errors import InvalidInput, RowProblem
from tradewinds.store.importers.records import Loc

R = TypeVar("R", bound=BaseModel)
Locate = Callable[[Loc], tuple[int, str]]

FORMATS = ("auto", "shopify", "jsonl")
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_CSV_FIELD_LIMIT = 64 * 2**20  # Body (HTML) cells can be long; csv's default is 128 KiB.


@dataclass(slots=True)
class SourceItem(Generic[R]):
    """One valid record and where it came from."""

    record: R
    key: str  # the handle or order name
    line: int
    locate: Locate

    def problem(self, loc: Loc, message: str) -> RowProblem:
        line, field_name = self.locate(loc)
        return RowProblem(line, field_name, message)


@dataclass
class ParseResult(Generic[R]):
    """What a reader found: valid records and the problems, keyed by handle/name."""

    items: list[SourceItem[R]] = field(default_factory=list)
    problems: list[tuple[str | None, RowProblem]] = field(default_factory=list)
    absent: frozenset[str] = frozenset()
    """Stored columns the file cannot express; existing rows keep their values for these."""

    def add(self, key: str | None, problem: RowProblem) -> None:
        self.problems.append((key, problem))


def read_text(path: Path) -> str:
    """The file's text, BOM removed; clear errors for missing, binary or empty files."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a directory (expected a CSV or JSON Lines file)") from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the file ({exc.strerror})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{path} is UTF-16 text; save it as UTF-8 (e.g. Excel's 'CSV UTF-8')")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"{path} line {line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "Shopify exports are UTF-8, so save the file as UTF-8 (e.g. Excel's 'CSV UTF-8')"
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InvalidInput(f"{path} line {line}: contains a NUL byte (expected a text file)")
    if not text.strip():
        raise InvalidInput(f"{path} is empty (expected a header row and at least one row)")
    return text


def detect_format(path: Path, text: str, requested: str) -> str:
    """``shopify`` or ``jsonl``: as requested, else by file suffix, else by content."""
    if requested not in FORMATS:
        raise InvalidInput(f"unknown format {requested!r} (expected one of {', '.join(FORMATS)})")
    if requested != "auto":
        return requested
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".csv":
        return "shopify"
    return "jsonl" if text.lstrip().startswith("{") else "shopify"


@dataclass
class CsvTable:
    """A CSV file as a header and rows, each row with the physical line it starts on."""

    header: list[str]
    index: dict[str, int]
    rows: list[tuple[int, list[str]]]

    def cell(self, row: list[str], name: str) -> str:
        """The stripped cell of column ``name``; ``""`` when the column is absent."""
        i = self.index.get(name)
        return row[i].strip() if i is not None else ""

    def raw(self, row: list[str], name: str) -> str:
        """The cell exactly as written (for HTML bodies)."""
        i = self.index.get(name)
        return row[i] if i is not None else ""


def read_csv(path: Path, text: str, *, required: tuple[str, ...]) -> CsvTable:
    """Parse ``text`` as CSV; a missing required column or broken quoting raises."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    lines = _RecordingLines(text)
    reader = csv.reader(lines)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        header = [name.strip() for name in next(reader)]
        last_start, last_row = 1, lines.take()
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((start, row))
            last_start, last_row = start, lines.take()
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InvalidInput(
            f"{path} line {start}: not valid CSV ({exc}); check for an unclosed quote"
        ) from None
    if last_row.count('"') % 2:  # csv silently reads an unclosed quote up to the end
        raise InvalidInput(
            f"{path} line {last_start}: not valid CSV (a quoted cell is never "
            "closed); check for an unclosed quote"
        )
    missing = [name for name in required if name not in header]
    if missing:
        found = ", ".join(repr(name[:40]) for name in header[:8])
        hint = ""
        if len(header) == 1 and any(sep in header[0] for sep in ";\t"):
            hint = "; the file seems to use ';' or tabs between columns, Shopify CSV uses ','"
        raise InvalidInput(
            f"{path} line 1: required column(s) {', '.join(missing)} missing "
            f"(found {found}{', ...' if len(header) > 8 else ''}){hint}; "
            "expected a Shopify CSV export with its header row"
        )
    width = len(header)
    table_rows = []
    for line, row in rows:
        if len(row) < width:
            row = row + [""] * (width - len(row))
        table_rows.append((line, row))
    return CsvTable(header, {name: i for i, name in enumerate(header)}, table_rows)


class _RecordingLines:
    """The text's lines for ``csv.reader``, remembering those of the row being read."""

    def __init__(self, text: str) -> None:
        self._lines = iter(io.StringIO(text, newline=""))
        self._current: list[str] = []

    def __iter__(self) -> _RecordingLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._current.append(line)
        return line

    def take(self) -> str:
        """The text of the row just read; starts recording the next one."""
        text, self._current = "".join(self._current), []
        return text


def too_many_cells(table: CsvTable, row: list[str]) -> str | None:
    """The problem message when a row has more cells than the header, else ``None``."""
    extra = row[len(table.header) :]
    if any(cell.strip() for cell in extra):
        return (
            f"the row has {len(row)} cells but the header has {len(table.header)} "
            "(check quoting and commas)"
        )
    return None


CsvRows = list[tuple[int, list[str]]]


def group_rows(
    table: CsvTable, key_column: str, result: ParseResult[Any], example: str
) -> list[tuple[str, CsvRows]]:
    """Consecutive rows sharing ``key_column`` (a product's Handle, an order's Name).

    A row without the key, or with more cells than the header, is a problem on ``result``.
    """
    groups: list[tuple[str, CsvRows]] = []
    for line, row in table.rows:
        key = table.cell(row, key_column)
        if message := too_many_cells(table, row):
            result.add(key or None, RowProblem(line, "(row)", message))
        if not key:
            result.add(
                None,
                RowProblem(
                    line, key_column, f"is required on every row (it names the row's {example})"
                ),
            )
        elif groups and groups[-1][0] == key:
            groups[-1][1].append((line, row))
        else:
            groups.append((key, [(line, row)]))
    return groups


def json_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their 1-based numbers.

    Split on line feeds only: JSON strings may hold U+2028 or U+0085 unescaped, which
    ``str.splitlines`` would treat as line ends.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line.removesuffix("\r")


def load_json_object(line: str) -> dict[str, Any]:
    """Parse one JSON Lines line; raises ``ValueError`` with a readable message."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object per line, got {type(value).__name__}")
    return value


def unstorable_text(value: Any, loc: Loc = ()) -> Loc | None:
    """Where ``value`` holds a string no database can store (NUL, unpaired surrogate)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return loc
        return loc if "\x00" in value else None
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        found = unstorable_text(key, loc) if isinstance(key, str) else None
        found = found if found is not None else unstorable_text(item, (*loc, key))
        if found is not None:
            return found
    return None


def dotted(loc: Loc) -> str:
    """``("variants", 1, "price")`` -> ``"variants[1].price"``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part != "[key]":
            text += f".{part}" if text else part
    return text or "(line)"


def describe(error: ErrorDetails) -> str:
    """A pydantic error as a sentence that says what was expected."""
    kind = error["type"]
    if kind == "missing":
        return "is required"
    message = error["msg"]
    if kind == "value_error":
        return message.removeprefix("Value error, ")
    if kind == "extra_forbidden":
        return "is not a known field (see docs/formats.md)"
    value = error.get("input")
    if kind == "string_too_short" and isinstance(value, str) and not value.strip():
        return "is required (it is empty)"
    if kind == "bool_parsing":
        return f"{value!r} is not a yes/no value (expected TRUE or FALSE)"
    if isinstance(value, str | int | float | bool):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        return f"{message} (got {shown})"
    return message


def validate(
    model: type[R], data: dict[str, Any], context: dict[str, Any], locate: Locate
) -> tuple[R | None, list[RowProblem]]:
    """Validate ``data`` as ``model``; on failure, the problems located in the file."""
    try:
        return model.model_validate(data, context=context), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            line, field_name = locate(tuple(error["loc"]))
            problems.append(RowProblem(line, field_name, describe(error)))
        return None, problems


def flag_repeated_keys(result: ParseResult[R], what: str, hint: str = "") -> None:
    """Report a handle/name that appears on two records (the later one is the problem)."""
    first: dict[str, SourceItem[R]] = {}
    for item in result.items:
        seen = first.setdefault(item.key, item)
        if seen is not item:
            result.add(
                item.key,
                item.problem(
                    (),
                    f"{item.key!r} already appears on line "
                    f"{seen.line}; each {what} may appear once"
                    f"{hint}",
                ),
            )
