"""Keyword and regex blocklists that work for Chinese as well as for English.

Chinese has no spaces between words, so a Chinese (CJK) keyword matches as a plain substring,
after removing what people insert to dodge filters (spaces, punctuation, zero-width
characters: "杀 人", "杀.人", "杀\u200b人" all match 杀人). A Latin keyword matches only as a whole
word ("ass" does not match "class"). Text and keywords are NFKC-normalised and case-folded
first, so full-width letters match ASCII ones. Regexes run on the normalised text.

All keywords compile into one alternation per script, so matching costs one regex scan
whatever the list's length.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from tradewinds.core.errors import InvalidInput
from tradewinds.text import is_spaceless

EntryKind = Literal["keyword", "regex"]

MAX_PATTERN_CHARS = 500
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Separators people put between characters: whitespace, punctuation, symbols, underscores.
_SEPARATORS = re.compile(r"[\s\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """NFKC, case-folded, zero-width characters removed."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_ZERO_WIDTH)


def _collapse(text: str) -> str:
    return _SEPARATORS.sub("", normalize(text))


@dataclass(frozen=True)
class BlocklistEntry:
    """One entry: a keyword or a regex, and the category it counts towards."""

    pattern: str
    kind: EntryKind = "keyword"
    category: str = "blocklist"

    def __post_init__(self) -> None:
        if not self.pattern.strip():
            raise InvalidInput("a blocklist entry needs a non-empty pattern")
        if len(self.pattern) > MAX_PATTERN_CHARS:
            raise InvalidInput(
                f"blocklist pattern is {len(self.pattern)} characters "
                f"(expected at most {MAX_PATTERN_CHARS})"
            )
        if self.kind == "regex":
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise InvalidInput(
                    f"blocklist regex {self.pattern!r} is invalid: {exc} "
                    "(expected a Python regular expression, e.g. 'free\\s+money')"
                ) from None
        elif self.kind != "keyword":
            raise InvalidInput(f"blocklist kind {self.kind!r}: expected 'keyword' or 'regex'")


@dataclass(frozen=True)
class BlocklistHit:
    entry: BlocklistEntry
    matched: str


class Blocklist:
    """A compiled set of entries; ``first_hit`` scans a text once per script/regex group."""

    def __init__(self, entries: list[BlocklistEntry] | tuple[BlocklistEntry, ...] = ()) -> None:
        self.entries = tuple(entries)
        self._latin: dict[str, BlocklistEntry] = {}
        self._cjk: dict[str, BlocklistEntry] = {}
        self._regexes: list[tuple[re.Pattern[str], BlocklistEntry]] = []
        for entry in self.entries:
            if entry.kind == "regex":
                self._regexes.append((re.compile(entry.pattern, re.IGNORECASE), entry))
            elif is_spaceless(entry.pattern):
                self._cjk.setdefault(_collapse(entry.pattern), entry)
            else:
                self._latin.setdefault(" ".join(normalize(entry.pattern).split()), entry)
        self._latin_re = _alternation(self._latin, word=True)
        self._cjk_re = _alternation(self._cjk, word=False)

    def __len__(self) -> int:
        return len(self.entries)

    def first_hit(self, text: str) -> BlocklistHit | None:
        """The first entry that matches ``text``, or ``None``."""
        if not self.entries:
            return None
        norm = normalize(text)
        if self._latin_re is not None and (m := self._latin_re.search(norm)):
            key = re.sub(r"\s+", " ", m.group(1))
            return BlocklistHit(self._latin[key], m.group(1))
        if self._cjk_re is not None and (m := self._cjk_re.search(_SEPARATORS.sub("", norm))):
            return BlocklistHit(self._cjk[m.group(0)], m.group(0))
        for regex, entry in self._regexes:
            if m := regex.search(norm):
                return BlocklistHit(entry, m.group(0))
        return None


def _alternation(words: dict[str, BlocklistEntry], *, word: bool) -> re.Pattern[str] | None:
    if not words:
        return None
    # Longest first, so "kill you" wins over "kill" when both are listed.
    ordered = sorted(words, key=len, reverse=True)
    if word:
        # Inner spaces of a phrase match any run of whitespace.
        body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
        return re.compile(rf"(?<!\w)({body})(?!\w)")
    return re.compile("|".join(map(re.escape, ordered)))
