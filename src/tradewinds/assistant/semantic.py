"""How close two texts are in meaning: the cosine of their ``embed`` model vectors (the
model search uses), cached per text. When the model cannot be used the answer is None and
callers decide by words alone."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

from tradewinds.core.errors import TradewindsError
from tradewinds.core.lru import TimedLRU
from tradewinds.core.settings import Settings

log = logging.getLogger(__name__)
_cache: TimedLRU[str, list[float]] = TimedLRU(20_000)


def _vectors(settings: Settings, texts: Sequence[str]) -> list[list[float]]:
    from tradewinds.models import get_embedding_model

    found = {t: v for t in dict.fromkeys(texts) if (v := _cache.get(t)) is not None}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        fresh = get_embedding_model("embed", settings).embed(missing)
        for text, vector in zip(missing, fresh, strict=True):
            _cache.put(text, vector)
            found[text] = vector
    return [found[t] for t in texts]


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def similarities(settings: Settings, query: str, texts: Sequence[str]) -> list[float] | None:
    """The cosine similarity of ``query`` to each of ``texts``; None when the embedding
    model is unavailable (logged once per failure)."""
    if not texts:
        return []
    try:
        vectors = _vectors(settings, [query, *texts])
    except TradewindsError as exc:
        log.warning("embedding model unavailable for the assistant: %s", exc)
        return None
    return [_cosine(vectors[0], v) for v in vectors[1:]]
