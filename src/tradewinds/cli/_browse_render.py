"""Rich tables and JSON pages for ``tradewinds products|orders|customers``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tradewinds.cli._common import print_json

if TYPE_CHECKING:
    from pydantic import BaseModel
    from rich.console import Console
    from rich.table import Table

    from tradewinds.api.schemas import MoneyOut, OrderSummary
    from tradewinds.store.queries import Page


def new_console() -> Console:
    import sys

    from rich.console import Console

    # Store data is printed verbatim: a title like "[red]" must not become markup. Piped
    # output gets a wide page rather than rich's 80 columns.
    width = None if sys.stdout.isatty() else 160
    return Console(markup=False, highlight=False, emoji=False, width=width)


def new_table(*columns: str) -> Table:
    from rich.table import Column, Table

    # "fold" wraps a long handle or SKU instead of cutting it to "dome-te…".
    return Table(*(Column(c, overflow="fold") for c in columns), header_style="bold")


def orders_table(rows: Sequence[OrderSummary]) -> Table:
    table = new_table("ID", "Name", "Created", "Status", "E-mail", "Lines", "Total")
    for o in rows:
        table.add_row(
            str(o.id),
            o.name,
            when(o.created_at),
            o.status,
            o.email,
            str(o.line_count),
            money(o.total),
        )
    return table


def show_page(table: Table, page: Page[Any], noun: str) -> None:
    console = new_console()
    console.print(table)
    if page.total == 0:
        console.print(f"No {noun} match.")
        return
    first, last = page.offset + 1, page.offset + len(page.items)
    shown = f"{first}-{last}" if page.items else "none"
    hint = f"; next page: --offset {page.next_offset}" if page.next_offset is not None else ""
    console.print(f"{shown} of {page.total} {noun}{hint}")


def echo_facts(title: str, facts: dict[str, str]) -> None:
    from rich.text import Text

    console = new_console()
    console.print(Text(title, style="bold"))
    width = max(len(k) for k in facts)
    for key, value in facts.items():
        if value:
            console.print(f"  {key.ljust(width)}  {value}")


def print_page(rows: Sequence[BaseModel], page: Page[Any]) -> None:
    print_json(
        {
            "items": [r.model_dump(mode="json") for r in rows],
            "total": page.total,
            "limit": page.limit,
            "offset": page.offset,
            "next_offset": page.next_offset,
        }
    )


def money(m: MoneyOut | None) -> str:
    return "" if m is None else f"{m.amount} {m.currency}"


def money_range(low: MoneyOut | None, high: MoneyOut | None) -> str:
    if low is None or high is None or low.minor == high.minor:
        return money(low)
    return f"{low.amount}-{high.amount} {low.currency}"


def address(
    name: str,
    street: str,
    zip_code: str,
    city: str,
    country: str,
    lat: float | None,
    lon: float | None,
) -> str:
    parts = [x for x in (name, street, f"{zip_code} {city}".strip(), country) if x]
    return ", ".join(parts) + (f" ({lat}, {lon})" if lat is not None else "")


def when(at: datetime | None) -> str:
    return "" if at is None else at.strftime("%Y-%m-%d %H:%M UTC")


_TAGS = re.compile(r"<[^>]+>")


def plain_text(html: str, limit: int = 300) -> str:
    text = " ".join(_TAGS.sub(" ", html).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
