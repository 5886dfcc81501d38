"""Store policies (returns, shipping, warranty) answered by BM25 retrieval over the
tenant's Markdown or text files in ``<home>/policies/<tenant slug>/``.

Documents are split at Markdown headings (and at blank lines within long sections), so a
passage is a small self-contained rule the answer can quote and cite.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from tradewinds.assistant.facts import PolicyPassage
from tradewinds.core.settings import Settings

_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "if",
        "in",
        "is",
        "it",
        "my",
        "of",
        "on",
        "or",
        "the",
        "to",
        "we",
        "what",
        "when",
        "where",
        "which",
        "will",
        "with",
        "you",
        "your",
    ]
)
MAX_PASSAGE_CHARS = 600


def policy_directory(settings: Settings, tenant_slug: str) -> Path:
    """Where a tenant's policy documents live."""
    return settings.home / "policies" / tenant_slug


@lru_cache(maxsize=1)
def _stop_tokens() -> frozenset[str]:
    from tradewinds.search import analyse

    return frozenset(token for word in _STOP for token in analyse(word))


def _tokens(text: str) -> list[str]:
    """Search's analyser (Snowball stems, jieba for Chinese, units) minus question words."""
    from tradewinds.search import analyse

    stop = _stop_tokens()
    return [token for token in analyse(text) if token not in stop]


def _passages(path: Path) -> list[tuple[str, str]]:
    heading = path.stem
    lines: list[str] = []
    found: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^#{1,6}\s+(.*)$", line)
        if match:
            if "".join(lines).strip():
                found.append((heading, "\n".join(lines).strip()))
            heading, lines = match.group(1).strip(), []
        else:
            lines.append(line)
    if "".join(lines).strip():
        found.append((heading, "\n".join(lines).strip()))
    split: list[tuple[str, str]] = []
    for head, body in found:
        if len(body) <= MAX_PASSAGE_CHARS:
            split.append((head, body))
        else:
            split += [(head, p.strip()) for p in re.split(r"\n\s*\n", body) if p.strip()]
    return split


def search_policies(
    directory: Path, question: str, *, limit: int = 2, k1: float = 1.2, b: float = 0.75
) -> list[PolicyPassage]:
    """The passages of the policy files in ``directory`` that best answer ``question``
    (Okapi BM25 over passage text plus heading; passages scoring 0 are left out)."""
    if not directory.is_dir():
        return []
    docs: list[tuple[str, str, str, list[str]]] = []
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() in {".md", ".markdown", ".txt"} and path.is_file():
            for heading, body in _passages(path):
                docs.append((path.name, heading, body, _tokens(f"{heading} {heading} {body}")))
    if not docs:
        return []
    terms = set(_tokens(question))
    avg = sum(len(d[3]) for d in docs) / len(docs)
    df = Counter(t for d in docs for t in set(d[3]) if t in terms)
    scored: list[PolicyPassage] = []
    for name, heading, body, tokens in docs:
        tf = Counter(t for t in tokens if t in terms)
        score = 0.0
        for term, freq in tf.items():
            idf = math.log(1 + (len(docs) - df[term] + 0.5) / (df[term] + 0.5))
            score += idf * freq * (k1 + 1) / (freq + k1 * (1 - b + b * len(tokens) / avg))
        if score > 0:
            scored.append(PolicyPassage(name, heading, " ".join(body.split()), round(score, 4)))
    scored.sort(key=lambda p: (-p.score, p.document, p.heading))
    # A passage far weaker than the best one answers a different question.
    return [p for p in scored[:limit] if p.score >= scored[0].score * 0.6]
