"""Per-index state kept in memory between searches, refreshed when the index changes.

The typo dictionary, the terms' document frequencies and the known category and brand
names are derived from the index and rebuilt after its change sequence moves: at once
for a small index, on a background thread for a large one (re-reading 55,000 products'
vocabulary takes ~0.3 s, which a search should not wait for after every stock change;
meanwhile searches use the previous state). Query embeddings are cached (most recent
1,000 queries) because shoppers repeat queries.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.settings import Settings
from tradewinds.search.encoders import embedding_model, live_encoder
from tradewinds.search.index import ProductIndex
from tradewinds.search.retrieval import TermStats
from tradewinds.search.synonyms import SynonymSet, parse_synonyms
from tradewinds.search.typos import TypoCorrector
from tradewinds.store.tables import SearchSynonym

log = logging.getLogger(__name__)

_EMBED_CACHE = 1000
_BACKGROUND_REFRESH_DOCS = 5000  # indexes this large refresh their state in the background


@dataclass
class IndexState:
    index: ProductIndex
    seq: str = ""
    corrector: TypoCorrector | None = None
    stats: TermStats | None = None
    values: dict[str, list[str]] = field(default_factory=dict)
    embeddings: OrderedDict[str, list[float]] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    refreshing: bool = False

    def refresh(self) -> None:
        """Rebuild the derived state if the index changed (see the module docstring)."""
        seq = self.index.meta("seq", "0")
        if seq == self.seq and self.corrector is not None:
            return
        if self.stats is None or self.stats.documents < _BACKGROUND_REFRESH_DOCS:
            self._rebuild(seq)
            return
        with self.lock:
            if self.refreshing:
                return
            self.refreshing = True
        threading.Thread(
            target=self._rebuild_quietly, args=(seq,), name="search-state", daemon=True
        ).start()

    def _rebuild(self, seq: str) -> None:
        vocabulary = self.index.vocabulary()
        corrector = TypoCorrector(vocabulary)
        stats = TermStats(vocabulary, self.index.count())
        values = {
            name: [str(r[0]) for r in self.index.query(f"SELECT DISTINCT {name} FROM docs") if r[0]]
            for name in ("category", "brand")
        }
        with self.lock:
            self.corrector, self.stats, self.values, self.seq = corrector, stats, values, seq

    def _rebuild_quietly(self, seq: str) -> None:
        try:
            self._rebuild(seq)
        except Exception:  # the index was closed (a reindex replaced it): nothing to update
            log.debug("search state refresh skipped", exc_info=True)
        finally:
            with self.lock:
                self.refreshing = False

    def known_values(self) -> dict[str, list[str]]:
        self.refresh()
        return self.values

    def embed(self, text: str, settings: Settings) -> list[float]:
        """``text``'s vector by the encoder that embedded this index (see ``encoders``)."""
        with self.lock:
            if text in self.embeddings:
                self.embeddings.move_to_end(text)
                return self.embeddings[text]
        vector = embedding_model(settings, live_encoder(self.index)).embed([text])[0]
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
