"""How close two texts are in meaning: the cosine of their embedding vectors, cached per
text. When the model cannot be used the answer is None and callers decide by words alone.

Two models: the ``embed`` purpose (the model search uses; MiniLM reads English), and, for
callers that ask for it with ``multilingual=True`` when a text is Chinese, the
``embed_multilingual`` purpose (multilingual-e5-small), which places a Chinese question
next to an English rule or a Chinese passage. Its cosines are rescaled to the English
model's range (see :data:`FLOORS`), so one threshold serves both.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

from tradewinds.core.errors import TradewindsError
from tradewinds.core.lru import TimedLRU
from tradewinds.core.settings import Settings
from tradewinds.text.script import has_chinese

log = logging.getLogger(__name__)
_cache: TimedLRU[tuple[str, str], list[float]] = TimedLRU(20_000)

ENGLISH = "embed"
MULTILINGUAL = "embed_multilingual"
# The cosine of two unrelated texts under a model, where it is far from 0: e5 models are
# trained with a low temperature, so their cosines crowd into 0.7-1.0 (the model card says
# so); measured here, unrelated shop rules sit at 0.78-0.84 under a question, the answer at
# 0.84-0.90. Rescaling (c - floor) / (1 - floor) puts them near MiniLM's 0.2-0.6.
FLOORS = {"multilingual-e5-small": 0.7}


def _vectors(
    settings: Settings, purpose: str, texts: Sequence[str]
) -> tuple[list[list[float]], float]:
    from tradewinds.models import get_embedding_model

    model = get_embedding_model(purpose, settings)
    floor = FLOORS.get(model.model_name.rsplit("/", 1)[-1].lower(), 0.0)
    found = {t: v for t in dict.fromkeys(texts) if (v := _cache.get((purpose, t))) is not None}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        fresh = model.embed(missing)
        for text, vector in zip(missing, fresh, strict=True):
            _cache.put((purpose, text), vector)
            found[text] = vector
    return [found[t] for t in texts], floor


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def _under(settings: Settings, purpose: str, query: str, texts: Sequence[str]) -> list[float]:
    vectors, floor = _vectors(settings, purpose, [query, *texts])
    return [(_cosine(vectors[0], v) - floor) / (1 - floor) for v in vectors[1:]]


def similarities(
    settings: Settings, query: str, texts: Sequence[str], *, multilingual: bool = False
) -> list[float] | None:
    """The cosine similarity of ``query`` to each of ``texts``; None when an embedding
    model is unavailable (logged once per failure).

    With ``multilingual`` (and the model configured), a text is compared under the
    multilingual model when it or the query is Chinese, and under the ``embed`` model when
    both are English (MiniLM reads English better than e5 does: "restocking fee" found
    the rule on pickup charges under e5)."""
    if not texts:
        return []
    wanted = multilingual and MULTILINGUAL in settings.models
    if wanted and has_chinese(query):
        groups = {MULTILINGUAL: list(range(len(texts)))}
    elif wanted:
        chinese = [i for i, t in enumerate(texts) if has_chinese(t)]
        english = [i for i, t in enumerate(texts) if not has_chinese(t)]
        groups = {ENGLISH: english, MULTILINGUAL: chinese}
    else:
        groups = {ENGLISH: list(range(len(texts)))}
    found = [0.0] * len(texts)
    for purpose, indexes in groups.items():
        if not indexes:
            continue
        try:
            values = _under(settings, purpose, query, [texts[i] for i in indexes])
        except TradewindsError as exc:
            log.warning("embedding model %r unavailable for the assistant: %s", purpose, exc)
            return None
        for i, value in zip(indexes, values, strict=True):
            found[i] = value
    return found
