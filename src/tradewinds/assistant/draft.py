"""An answer being composed: its sentences, the tool results they cite, the cards shown,
and the session state to keep. The planner and the tool-calling agent both fill one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tradewinds.assistant.facts import ProductCard, ToolResult
from tradewinds.assistant.language import DEFAULT_LANGUAGE
from tradewinds.assistant.phrases import say, stock_text
from tradewinds.core.money import Money


@dataclass
class Draft:
    """An answer before verification: sentences, the tool results they cite, new state."""

    sentences: list[str] = field(default_factory=list)
    results: list[ToolResult] = field(default_factory=list)
    cards: list[ProductCard] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    budget: list[Money] = field(default_factory=list)  # amounts the shopper named
    echoed_orders: list[str] = field(default_factory=list)  # order names the shopper typed
    language: str = DEFAULT_LANGUAGE

    def say(self, key: str, **values: Any) -> str:
        """The template ``key`` in the answer's language."""
        return say(self.language, key, **values)

    def call(self, tool: str, **arguments: Any) -> ToolResult:
        result = ToolResult(n=len(self.results) + 1, tool=tool, arguments=arguments)
        self.results.append(result)
        return result

    def show(self, cards: list[ProductCard]) -> None:
        for card in cards:
            if all(c.id != card.id for c in self.cards):
                self.cards.append(card)


def product_line(draft: Draft, card: ProductCard, n: int, label: str = "") -> str:
    """One product as an answer line: title, price and stock, citing tool result ``n``."""
    stock = stock_text(draft.language, card.stock, card.colour)
    return draft.say("line", title=card.title, price=card.price, stock=stock, label=label, n=n)
