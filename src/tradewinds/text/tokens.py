"""Text analysis shared by indexing and querying: one function, so both sides agree.

``analyse`` lower-cases and NFKC-normalises, rewrites numbers and units (``units``), cuts
Chinese runs into words with jieba (search mode: "蓝牙无线耳机" → 蓝牙 / 无线 / 耳机), splits
the rest into words, drops English stop words and stems with the Snowball English
stemmer ("running" → "run"). Hyphenated and camel-cased words also yield their joined
form ("strong-tie" → strong, tie, strongti).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

from tradewinds.text.script import CJK_CLASS
from tradewinds.text.units import canonical_unit_word, normalise_units

_CJK = re.compile(CJK_CLASS + "+")
_WORD = re.compile(
    r"\d+(?:\.\d+)?x\d+(?:\.\d+)?|\d+(?:\.\d+)?[a-z]*|[a-z]+(?:[-'][a-z]+)*|[^\W\d_]+", re.UNICODE
)
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
    ]
)
_jieba_lock = threading.Lock()
_jieba: Any = None
_stemmer: Any = None


def _jieba_module() -> Any:
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba  # type: ignore[import-untyped]

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    return _jieba


def _stem(word: str) -> str:
    global _stemmer
    if _stemmer is None:
        import Stemmer  # type: ignore[import-not-found]

        _stemmer = Stemmer.Stemmer("english")
    return str(_stemmer.stemWord(word))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball English stem of a lower-case word; numbers and units pass unchanged."""
    if word[0].isdigit():
        return word
    return _stem(canonical_unit_word(word))


def _latin_tokens(chunk: str, out: list[str]) -> None:
    for match in _WORD.finditer(chunk):
        word = match[0]
        if "-" in word or "'" in word:
            parts = [p for p in re.split(r"[-']", word) if p]
            if word.endswith("'s") and len(parts) == 2:  # "men's" -> men
                parts = parts[:1]
            else:
                out.extend(stem(p) for p in parts if p not in STOP_WORDS)
                word = "".join(parts)
        if word in STOP_WORDS:
            continue
        out.append(stem(word))


def analyse(text: str) -> list[str]:
    """The index tokens of ``text``, in order (duplicates kept: they count for BM25).

    >>> analyse("Running Shoes for Kids")
    ['run', 'shoe', 'kid']
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = normalise_units(text)
    tokens: list[str] = []
    position = 0
    for match in _CJK.finditer(text):
        _latin_tokens(text[position : match.start()], tokens)
        jieba = _jieba_module()
        tokens.extend(w for w in jieba.cut_for_search(match[0]) if w.strip())
        position = match.end()
    _latin_tokens(text[position:], tokens)
    return tokens


def cut_words(text: str) -> list[str]:
    """``text`` cut into words by jieba (accurate mode), blanks left out: for rules that
    read a Chinese sentence word by word (the index uses :func:`analyse`).

    >>> cut_words("我想买一个保温杯")
    ['我', '想', '买', '一个', '保温杯']
    """
    return [w for w in _jieba_module().lcut(text) if w.strip()]
