# ruff: noqa: RUF001 - Chinese punctuation in clause marks
"""Listing copy from templates: the product's points arranged in one language, with a
tone and a length, every sentence checked against the product's facts before it is kept.

The templates only label and arrange what the product states (see ``_source.py``); a
piece the fact checker would block on its own (a description sentence naming a price,
say) is left out, so the assembled copy repeats nothing the checker refuses.
"""

from __future__ import annotations

from types import ModuleType
from typing import Literal, get_args

from tradewinds.core.errors import InvalidInput
from tradewinds.merchant import _copy_en, _copy_zh
from tradewinds.merchant._source import CopySource, Point
from tradewinds.merchant.checker import check_copy
from tradewinds.merchant.listing import (
    BULLETS_MAX,
    BULLETS_MIN,
    META_DESCRIPTION_MAX,
    SEO_TITLE_MAX,
    ListingCopy,
)

Tone = Literal["neutral", "friendly", "premium"]
Length = Literal["short", "medium", "long"]
TONES: tuple[str, ...] = get_args(Tone)
LENGTHS: tuple[str, ...] = get_args(Length)

TEMPLATE_LANGUAGES = ("en", "zh")
"""Languages with attribute templates (the embedded model's copy is written in these)."""

_TEMPLATES: dict[str, ModuleType] = {"en": _copy_en, "zh": _copy_zh}
# Bullets and description sentences (beyond the opening one) per length.
_SIZES = {"short": (3, 1), "medium": (4, 3), "long": (5, 8)}
GENERIC_NOTE = "generic draft: the product states no attributes, options or description"


def check_style(tone: str, length: str) -> None:
    """Raise ``InvalidInput`` naming the parameter when tone or length is unknown."""
    if tone not in TONES:
        raise InvalidInput(f"tone {tone!r}: expected one of {', '.join(TONES)}")
    if length not in LENGTHS:
        raise InvalidInput(f"length {length!r}: expected one of {', '.join(LENGTHS)}")


def _cut(text: str, limit: int, marks: str) -> str:
    """``text`` cut to ``limit`` characters at the last clause mark or space before it."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = max(head.rfind(mark) for mark in marks)
    return (head[:cut] if cut > 0 else head).rstrip(" ,;:，；、：|")


def fit(parts: list[str], limit: int, separator: str, marks: str) -> str:
    """The longest run of whole ``parts`` within ``limit`` characters (the first part
    cut at a clause mark or space when it is too long alone)."""
    text = ""
    for part in parts:
        joined = f"{text}{separator}{part}" if text else part
        if len(joined) > limit:
            break
        text = joined
    return text or (_cut(parts[0], limit, marks) if parts else "")


def first_fitting(candidates: list[str], limit: int, marks: str) -> str:
    """The first candidate within ``limit`` characters, else the last one cut to fit."""
    for candidate in candidates:
        if len(candidate) <= limit:
            return candidate
    return _cut(candidates[-1], limit, marks) if candidates else ""


def _safe(source: CopySource, texts: list[str], language: str) -> list[str]:
    """The texts the checker lets through on their own (no blocking finding): all of
    them when it passes them together (one reading, the usual case), else one by one."""
    if check_copy(source.facts, "\n".join(texts), language).verdict == "ok":
        return texts
    return [t for t in texts if check_copy(source.facts, t, language).verdict == "ok"]


def compose_copy(
    source: CopySource,
    language: str = "en",
    *,
    tone: str = "neutral",
    length: str = "medium",
    intro_variant: int = 0,
) -> ListingCopy:
    """Listing copy for ``source`` from the templates of ``language`` (``en`` or ``zh``).

    Parameters
    ----------
    source
        The product (:class:`CopySource`).
    language
        One of :data:`TEMPLATE_LANGUAGES`.
    tone, length
        ``neutral|friendly|premium``; ``short|medium|long`` (3, 4 or 5 bullets).
    intro_variant
        Which of the tone's opening sentences to use (a model may choose it).

    Returns
    -------
    ListingCopy
        ``origin="template"``; ``generic=True`` when the product states no facts.
    """
    check_style(tone, length)
    if language not in _TEMPLATES:
        raise InvalidInput(
            f"no templates for language {language!r} (templates: {', '.join(TEMPLATE_LANGUAGES)})"
        )
    words = _TEMPLATES[language]
    points = source.points()
    if not points:
        return _generic(source, words, language)
    bullet_count, sentence_count = _SIZES[length]
    candidates: list[tuple[Point, str]] = []
    for point in points:
        naming = point.kind == "naming" and point.language == language
        text = point.value if naming else words.bullet(point, tone)
        if text:
            candidates.append((point, text))
    opening = words.intro(source, tone, intro_variant)
    fillers = words.fillers(source)
    summary = words.details([p for p, _ in candidates if p.kind == "attribute"], tone)
    extra = [summary] if summary and length != "short" else []
    safe = set(_safe(source, [text for _, text in candidates] + fillers + extra, language))
    said = [(point, text) for point, text in candidates if text in safe]
    listed = [(p, text) for p, text in said if p.kind != "naming"][:bullet_count]
    bullets = [text for _, text in listed]
    if len(bullets) < BULLETS_MIN:
        bullets += [b for b in fillers if b in safe][: BULLETS_MIN - len(bullets)]
    rest = [pair for pair in said if pair not in listed]
    kinds = ("sentence", "naming") if length == "long" else ("sentence",)
    sentences = [text for point, text in rest if point.kind in kinds][:sentence_count]
    described = [opening, *sentences, *(t for t in extra if t in safe)]
    notes: list[str] = []
    if len(bullets) < BULLETS_MIN:
        notes.append(f"no bullets: the product states too little for {BULLETS_MIN}")
        bullets = []
    stop = "." if language == "en" else "。"
    meta_parts = [opening, *(f"{b.rstrip('.。')}{stop}" for b in bullets)]
    return ListingCopy(
        language=language,
        title=source.name,
        bullets=tuple(bullets[:BULLETS_MAX]),
        description=words.SEPARATOR.join(described),
        seo_title=first_fitting(words.seo_parts(source), SEO_TITLE_MAX, words.CLAUSE_MARKS),
        meta_description=fit(meta_parts, META_DESCRIPTION_MAX, words.SEPARATOR, words.CLAUSE_MARKS),
        origin="template",
        notes=tuple(notes),
    )


def _generic(source: CopySource, words: ModuleType, language: str) -> ListingCopy:
    sentence = words.generic(source)
    return ListingCopy(
        language=language,
        title=source.name,
        description=sentence,
        seo_title=first_fitting(words.seo_parts(source), SEO_TITLE_MAX, words.CLAUSE_MARKS),
        meta_description=fit([sentence], META_DESCRIPTION_MAX, "", words.CLAUSE_MARKS),
        origin="template",
        generic=True,
        notes=(GENERIC_NOTE,),
    )
