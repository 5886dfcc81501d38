# ruff: noqa: RUF001, RUF002, RUF003 - Chinese text is written with full-width punctuation
"""Sentences of a text (English or Chinese), for answers that quote the one sentence
that says something rather than the whole paragraph."""

from __future__ import annotations

import html
import re

# A sentence ends at . ! ? (then a space and not a decimal point or an abbreviation such
# as "e.g."), at 。！？；, or at a line break.
_END = re.compile(
    r"(?<=[.!?])(?<!\b[a-z]\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=[^a-z\s])|(?<=[。！？；])|\n+"
)
_TAG = re.compile(r"<[^>]+>")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (plain text or HTML), stripped, in order.

    >>> split_sentences("<p>Machine washable. Dries in 2 h.</p><p>Made in Portugal!</p>")
    ['Machine washable.', 'Dries in 2 h.', 'Made in Portugal!']
    >>> split_sentences("可机洗。续航8小时！")
    ['可机洗。', '续航8小时！']
    """
    plain = _TAG.sub("\n", text) if "<" in text else text
    plain = html.unescape(plain)
    sentences = []
    for piece in _END.split(plain):
        piece = " ".join(piece.split())
        if piece:
            sentences.append(piece)
    return sentences
