"""Per-tenant synonyms: the file format, its parser, and query expansion.

One rule per line; ``#`` starts a comment::

    sofa, couch, settee          # equivalent: any of them finds all of them
    tv => television, telly      # one-way: "tv" also finds television and telly

Terms may be several words ("running shoes, trainers"). A malformed line is an
``ImportFileError`` naming the line, and nothing is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tradewinds.core.errors import ImportFileError, ProblemCollector
from tradewinds.text import analyse

MAX_TERMS = 50
MAX_TERM_LENGTH = 100


@dataclass(frozen=True)
class SynonymRule:
    """``sources`` find ``targets``; for an equivalence both are all the terms."""

    line: int
    sources: tuple[str, ...]
    targets: tuple[str, ...]

    @property
    def one_way(self) -> bool:
        return self.sources != self.targets

    def to_line(self) -> str:
        if self.one_way:
            return f"{', '.join(self.sources)} => {', '.join(self.targets)}"
        return ", ".join(self.sources)


def _terms(text: str, side: str, line: int, problems: ProblemCollector) -> tuple[str, ...]:
    terms = tuple(t.strip() for t in text.split(","))
    if any(not t for t in terms):
        problems.add(line, side, "empty term (expected words between the commas)")
    elif len(terms) > MAX_TERMS:
        problems.add(line, side, f"{len(terms)} terms; at most {MAX_TERMS} per line")
    else:
        for term in terms:
            if len(term) > MAX_TERM_LENGTH:
                problems.add(line, side, f"term longer than {MAX_TERM_LENGTH} characters")
            elif not analyse(term):
                problems.add(line, side, f"{term!r} has no searchable words")
    return terms


def parse_synonyms(text: str, path: str = "synonyms.txt") -> list[SynonymRule]:
    """Parse a synonym file.

    Raises
    ------
    ImportFileError
        Naming every bad line, e.g. "synonyms.txt line 3: rule: expected 'a, b' or 'a => b'".
    """
    rules: list[SynonymRule] = []
    problems = ProblemCollector()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "\x00" in line:
            problems.add(number, "rule", "binary data (expected UTF-8 text)")
            continue
        if "=>" in line:
            left, _, right = line.partition("=>")
            if "=>" in right:
                problems.add(number, "rule", "more than one '=>' (expected 'a => b, c')")
                continue
            sources = _terms(left, "left side", number, problems)
            targets = _terms(right, "right side", number, problems)
            rules.append(SynonymRule(number, sources, targets))
        elif "," in line:
            terms = _terms(line, "rule", number, problems)
            rules.append(SynonymRule(number, terms, terms))
        else:
            problems.add(
                number,
                "rule",
                f"{line[:60]!r} is not a rule (expected 'sofa, couch' or 'tv => television')",
            )
    if problems:
        raise ImportFileError(path, problems.problems)
    return rules


class SynonymSet:
    """Rules compiled to token sequences, for expanding analysed queries."""

    def __init__(self, rules: Iterable[SynonymRule] = ()) -> None:
        self._expansions: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for rule in rules:
            targets = [tuple(analyse(t)) for t in rule.targets]
            for source in rule.sources:
                key = tuple(analyse(source))
                bucket = self._expansions.setdefault(key, set())
                bucket.update(t for t in targets if t and t != key)

    def __bool__(self) -> bool:
        return bool(self._expansions)

    def expand(self, tokens: Sequence[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """(matched source, alternative) pairs for every rule whose source is in ``tokens``."""
        found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        for source, alternatives in self._expansions.items():
            n = len(source)
            if any(tuple(tokens[i : i + n]) == source for i in range(len(tokens) - n + 1)):
                found.extend((source, alt) for alt in sorted(alternatives))
        return found
