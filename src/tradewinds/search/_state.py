"""Per-index state kept in memory between searches, refreshed when the index changes.

The typo dictionary and the known category and brand names are derived from the index;
they are rebuilt lazily after its change sequence moves. Query embeddings are cached
(most recent 1,000 queries) because shoppers repeat queries.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.settings import Settings
from tradewinds.search.index import ProductIndex
from tradewinds.search.synonyms import SynonymSet, parse_synonyms
from tradewinds.search.typos import TypoCorrector
from tradewinds.store.tables import SearchSynonym

_EMBED_CACHE = 1000


@dataclass
class IndexState:
    index: ProductIndex
    seq: str = ""
    corrector: TypoCorrector | None = None
    values: dict[str, list[str]] = field(default_factory=dict)
    embeddings: OrderedDict[str, list[float]] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def refresh(self) -> None:
        seq = self.index.meta("seq", "0")
        if seq == self.seq and self.corrector is not None:
            return
        with self.lock:
            self.corrector = TypoCorrector(self.index.vocabulary())
            self.values = {
                "category": [
                    str(r[0])
                    for r in self.index.query("SELECT DISTINCT category FROM docs")
                    if r[0]
                ],
                "brand": [
                    str(r[0]) for r in self.index.query("SELECT DISTINCT brand FROM docs") if r[0]
                ],
            }
            self.seq = seq

    def known_values(self) -> dict[str, list[str]]:
        self.refresh()
        return self.values

    def embed(self, text: str, settings: Settings) -> list[float]:
        from tradewinds.models import get_embedding_model

        with self.lock:
            if text in self.embeddings:
                self.embeddings.move_to_end(text)
                return self.embeddings[text]
        vector = get_embedding_model("embed", settings).embed([text])[0]
        with self.lock:
            self.embeddings[text] = vector
            while len(self.embeddings) > _EMBED_CACHE:
                self.embeddings.popitem(last=False)
        return vector


_states: dict[int, IndexState] = {}
_states_lock = threading.Lock()
_synonyms: dict[int, tuple[tuple[str, ...], SynonymSet]] = {}


def for_index(index: ProductIndex) -> IndexState:
    """The state of this open index (a new one after the index object changed)."""
    with _states_lock:
        state = _states.get(id(index))
        if state is None or state.index is not index:
            state = IndexState(index)
            _states[id(index)] = state
    state.refresh()
    return state


def synonyms(session: Session, tenant_id: int) -> SynonymSet:
    """The tenant's synonym rules, compiled (cached until the rules change)."""
    lines = tuple(session.scalars(select(SearchSynonym.rule).order_by(SearchSynonym.id)))
    cached = _synonyms.get(tenant_id)
    if cached is not None and cached[0] == lines:
        return cached[1]
    compiled = SynonymSet(parse_synonyms("\n".join(lines), "stored synonyms"))
    _synonyms[tenant_id] = (lines, compiled)
    return compiled


def clear() -> None:
    """Forget all cached state (tests)."""
    with _states_lock:
        _states.clear()
        _synonyms.clear()
