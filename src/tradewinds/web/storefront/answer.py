"""An assistant answer as the page shows it: text in lines of segments, cards, citations.

The assistant writes plain text with ``**bold**`` product names and ``[n]`` citation marks.
The page never inserts that text as HTML: it is cut into segments here (text, strong, a
citation mark) and the template writes each one escaped, so a product title holding
``<script>`` stays text wherever it appears.
"""

from __future__ import annotations

import re
from typing import Any

from tradewinds.assistant import Answer

_MARKS = re.compile(r"\*\*(.+?)\*\*|\[(\d{1,3})\]")


def answer_lines(text: str, cited: set[int] | None = None) -> list[list[dict[str, Any]]]:
    """``text`` as lines of segments: ``{"kind": "text"|"strong", "text"}`` or
    ``{"kind": "cite", "n"}`` (a ``[n]`` in ``cited``; other brackets stay text).

    >>> answer_lines("**Mug** costs 12.00 USD [1]", {1})[0][0]
    {'kind': 'strong', 'text': 'Mug'}
    """
    lines = []
    for line in text.split("\n"):
        segments: list[dict[str, Any]] = []
        position = 0
        for mark in _MARKS.finditer(line):
            n = int(mark.group(2)) if mark.group(2) else None
            if n is not None and n not in (cited or set()):
                continue
            if mark.start() > position:
                segments.append({"kind": "text", "text": line[position : mark.start()]})
            if n is None:
                segments.append({"kind": "strong", "text": mark.group(1)})
            else:
                segments.append({"kind": "cite", "n": n})
            position = mark.end()
        if position < len(line):
            segments.append({"kind": "text", "text": line[position:]})
        if segments:
            lines.append(segments)
    return lines


def plain_text(text: str) -> str:
    """The answer's text without the bold marks (what is streamed before the full answer)."""
    return text.replace("**", "")


def citation_rows(answer: Answer) -> list[dict[str, Any]]:
    """One row per tool call: its number, tool and what it found (product handles become
    links, titled as the cards title them; orders and policy passages stay text)."""
    titles = {card.handle: card.title for card in answer.products}
    rows = []
    for citation in answer.citations:
        refs = [
            {"handle": ref, "title": titles.get(ref, ref)}
            if "#" not in ref
            else {"handle": "", "title": ref}
            for ref in citation.get("refs", [])
        ]
        rows.append({"n": citation["n"], "tool": citation["tool"], "refs": refs})
    return rows


def answer_context(answer: Answer, prefix: str) -> dict[str, Any]:
    """What ``_answer.html`` shows of ``answer``; ``prefix`` keeps its ids unique on a page."""
    cited = {int(c["n"]) for c in answer.citations}
    return {
        "id": prefix,
        "lines": answer_lines(answer.text, cited),
        "products": answer.products,
        "citations": citation_rows(answer),
        "label": str(answer.label.get("explicit") or "AI-generated"),
        "notices": answer.notices,
        "language": answer.language,
    }
