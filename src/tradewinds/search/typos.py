"""Typo tolerance: map a query word missing from the index to indexed words one edit away.

A symmetric-delete dictionary (as in SymSpell): every indexed word of four or more
characters is stored under itself and each one-character deletion of it; a query word's
deletions are looked up the same way, which finds every word within one insertion,
deletion, substitution or adjacent transposition, without scanning the vocabulary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

MIN_LENGTH = 4  # shorter words have too many one-edit neighbours to guess safely


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def _within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class TypoCorrector:
    """Suggests indexed words for unknown query words, most frequent first."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.frequency = dict(vocabulary)
        self._by_delete: dict[str, list[str]] = defaultdict(list)
        self.add(vocabulary)

    def add(self, words: Iterable[str]) -> None:
        """Index more words (after products were added)."""
        for word in words:
            if len(word) >= MIN_LENGTH and not word[0].isdigit() and word.isalpha():
                self.frequency.setdefault(word, 1)
                for key in _deletes(word):
                    self._by_delete[key].append(word)

    def corrections(self, word: str, limit: int = 3) -> list[str]:
        """Indexed words one edit from ``word``; empty if ``word`` is indexed or too short."""
        if word in self.frequency or len(word) < MIN_LENGTH or not word.isalpha():
            return []
        found = {
            candidate
            for key in _deletes(word)
            for candidate in self._by_delete.get(key, ())
            if _within_one_edit(word, candidate)
        }
        return sorted(found, key=lambda w: (-self.frequency.get(w, 0), w))[:limit]
