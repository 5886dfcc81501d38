"""Policy answers at sentence level: of the passages that answer a question, the one
sentence that does ("Opened items can be returned within 14 days."), so the figure the
shopper asked for is quoted instead of the paragraph around it."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from tradewinds.assistant.facts import PolicyPassage
from tradewinds.assistant.policies import policy_tokens, policy_wording
from tradewinds.assistant.semantic import similarities
from tradewinds.core.settings import Settings
from tradewinds.text import split_sentences

# A question after a figure: how long, how much, a minimum, a fee (any shop's wording).
_ASKS_FIGURE = re.compile(
    r"\bhow\s+(?:long|many|much|soon|far|late|early)\b|\b(?:minimum|maximum|threshold|"
    r"deadline|fee|fees|cost|costs|charge|price|days?|weeks?|months?|years?|percent|"
    r"amount|limit|free)\b|多久|几天|多少|多长|费用|运费|门槛|期限|几个月|几年|免费",
    re.I,
)
_FIGURE = re.compile(r"\d")
# Which kind of figure: an amount of money or a period of time (any shop's wording).
_ASKS_MONEY = re.compile(
    r"\bhow\s+much\b|\b(?:cost|costs|fee|fees|charge|charges|price|minimum|threshold|free)\b|"
    r"多少钱|费用|运费|邮费|门槛|免费|收费",
    re.I,
)
_ASKS_TIME = re.compile(
    r"\bhow\s+(?:long|soon|many\s+(?:days|weeks|months|years))\b|\bdeadline\b|\bwithin\b|"
    r"多久|几天|多长时间|期限|几个月|几年",
    re.I,
)
_MONEY = re.compile(r"[$¥€£]\s?\d|\d+\.\d{2}\b|\d\s*(?:元|美元|dollars?|usd|eur|cny)", re.I)
_TIME = re.compile(
    r"\d+\s*(?:-|to|到|至)?\s*\d*\s*个?\s*(?:business\s+|working\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|天|周|个月|月|年|工作日|小时)",
    re.I,
)


def asks_for_figure(question: str) -> bool:
    """Whether the question wants a number (a period, an amount, a threshold)."""
    return _ASKS_FIGURE.search(question) is not None


def _figure_fit(question: str, sentence: str) -> float:
    """How well the sentence's figures fit what the question asks: 1 for the kind asked
    (money for "how much", a period for "how long"), 0.5 for any number, else 0."""
    if not asks_for_figure(question) or not _FIGURE.search(sentence):
        return 0.0
    kinds = [(_ASKS_MONEY, _MONEY), (_ASKS_TIME, _TIME)]
    asked = [found for asks, found in kinds if asks.search(question)]
    if any(found.search(sentence) for found in asked):
        return 1.0
    return 0.5 if not asked else 0.25


def has_asked_figure(question: str, sentences: list[str]) -> bool:
    """Whether one of ``sentences`` has a figure of the kind ``question`` asks for (a
    period for "多久", an amount for "how much"); True when it asks for none."""
    return not asks_for_figure(question) or any(_figure_fit(question, s) == 1.0 for s in sentences)


CLOSE_SECOND = 0.85  # a second sentence this close to the best answers too ("…? …?")


def answering_sentences(
    settings: Settings, passages: list[PolicyPassage], question: str, *, limit: int = 2
) -> list[PolicyPassage]:
    """The sentences of ``passages`` that best answer ``question``, each as a passage of
    its own (document and heading kept): scored by the question's words (weighted by
    rarity among the sentences), its meaning, its passage's score and, when the question
    asks for a figure, whether the sentence has one of the kind asked. The best, and up
    to ``limit`` - 1 more scoring within ``CLOSE_SECOND`` of it. A question that asks for
    no figure ("what is your return policy?") gets the best passages whole, as before."""
    if not asks_for_figure(question):
        return passages[:2]
    pieces = [(p, s) for p in passages for s in split_sentences(p.text)]
    if not pieces:
        return []
    terms = set(policy_tokens(policy_wording(question, (s for _, s in pieces))))
    tokens = [set(policy_tokens(f"{p.heading} {s}")) for p, s in pieces]
    df = Counter(t for ts in tokens for t in ts if t in terms)
    idf = {t: math.log(1 + len(pieces) / (1 + df[t])) for t in terms}
    total = sum(idf.values()) or 1.0
    best_passage = max(p.score for p in passages) or 1.0
    meaning = similarities(settings, question, [s for _, s in pieces], multilingual=True)
    scored = []
    for i, (passage, sentence) in enumerate(pieces):
        words = sum(idf[t] for t in terms if t in tokens[i]) / total
        score = 0.45 * words + 0.25 * passage.score / best_passage
        score += 0.3 * meaning[i] if meaning is not None else 0.0
        score += 0.25 * _figure_fit(question, sentence)
        scored.append((score, i))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    top = scored[0][0]
    chosen = [i for score, i in scored[:limit] if score >= CLOSE_SECOND * top]  # best first
    return [replace(pieces[i][0], text=pieces[i][1], score=round(scored[0][0], 4)) for i in chosen]
