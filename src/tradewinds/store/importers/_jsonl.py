"""Reading our JSON Lines schema: one :class:`ProductRecord` or :class:`OrderRecord` per line."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tradewinds.core.errors import RowProblem
from tradewinds.store.importers._source import (
    ParseResult,
    R,
    SourceItem,
    dotted,
    flag_repeated_keys,
    json_lines,
    load_json_object,
    unstorable_text,
    validate,
)
from tradewinds.store.importers.records import (
    Loc,
    OrderRecord,
    ProductRecord,
    order_issues,
    product_issues,
)

_CURRENCY = re.compile(r"^[A-Za-z]{3}$")


def read_jsonl_products(path: Path, text: str, currency: str) -> ParseResult[ProductRecord]:
    """Parse product lines; prices are in ``currency`` (the tenant's)."""
    return _read(
        text,
        ProductRecord,
        product_issues,
        "handle",
        "product",
        lambda _obj: {"currency": currency},
    )


def read_jsonl_orders(path: Path, text: str, currency: str) -> ParseResult[OrderRecord]:
    """Parse order lines; each order's amounts are in its own ``currency`` field."""

    def context(obj: dict[str, Any]) -> dict[str, Any]:
        own = obj.get("currency")
        ok = isinstance(own, str) and _CURRENCY.match(own.strip())
        return {"currency": own.strip().upper() if ok and isinstance(own, str) else currency}

    return _read(text, OrderRecord, order_issues, "name", "order", context)


def _read(
    text: str,
    model: type[R],
    issues: Callable[[R], list[tuple[Loc, str]]],
    key_field: str,
    what: str,
    context: Callable[[dict[str, Any]], dict[str, Any]],
) -> ParseResult[R]:
    result: ParseResult[R] = ParseResult()
    for number, line in json_lines(text):

        def locate(loc: Loc, number: int = number) -> tuple[int, str]:
            return number, dotted(loc) if loc else key_field

        try:
            obj = load_json_object(line)
        except ValueError as exc:
            result.add(None, RowProblem(number, "(line)", str(exc)))
            continue
        raw_key = obj.get(key_field)
        key = raw_key.strip() if isinstance(raw_key, str) else None
        bad = unstorable_text(obj) if "\\u" in line else None  # only escapes can make them
        if bad is not None:
            result.add(
                key,
                RowProblem(
                    number,
                    dotted(bad) if bad else "(line)",
                    "contains a NUL or unpaired surrogate (\\u0000, "
                    "\\ud800), which cannot be stored",
                ),
            )
            continue
        record, problems = validate(model, obj, context(obj), locate)
        if record is not None:
            problems.extend(RowProblem(number, dotted(loc), msg) for loc, msg in issues(record))
        for problem in problems:
            result.add(key, problem)
        if record is not None and not problems:
            result.items.append(SourceItem(record, getattr(record, key_field), number, locate))
    flag_repeated_keys(result, what)
    return result
