"""The local CPU moderation classifier: MiniLM features plus a small linear head.

Texts are encoded by the packaged ``all-MiniLM-L6-v2`` model (mean of several layers, see
:mod:`tradewinds.compliance._encoder`; no downloads) and scored by logistic regressions
stored as plain NumPy arrays in ``data/moderation_head.npz`` (tens of kilobytes): one that
says whether a text is unsafe at all (``any``) and one per category that says which.
A category's score is ``any * (its probability / the top category's probability)``, so the
highest category score is the ``any`` score, whose bias is set so that 0.5 flags at most
~4% of benign texts in cross-validation. Fitted by ``python -m tradewinds.compliance.training``.

The encoder is named in the head file, not taken from ``models.embed``: a head only works
with the model it was fitted on.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewinds.compliance._encoder import LayerMeanEncoder
from tradewinds.compliance.heads import KernelScorer, LinearHead

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from tradewinds.core.settings import Settings

DATA_DIR = Path(__file__).parent / "data"
SHIPPED_HEAD = DATA_DIR / "moderation_head.npz"
ANY = "any"
# Longer texts are scored in windows of this many characters (MiniLM reads ~256 tokens).
WINDOW_CHARS = 900
#: Windows whose scores are remembered (a conversation's input repeats its earlier turns).
CACHE_WINDOWS = 4096

__all__ = ["ANY", "SHIPPED_HEAD", "ClassifierModerator", "KernelScorer", "LinearHead", "windows"]


def windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """``text`` in overlapping windows of ``size`` characters (one window if short)."""
    if len(text) <= size:
        return [text]
    step = size * 3 // 4
    return [text[i : i + size] for i in range(0, len(text) - size // 4, step)]


class ClassifierModerator:
    """The ``classifier`` moderator: :class:`LayerMeanEncoder` + :class:`LinearHead`."""

    name = "classifier"
    _shared: dict[Path, ClassifierModerator] = {}
    _shared_lock = threading.Lock()

    def __init__(self, head: LinearHead, *, cache_size: int = CACHE_WINDOWS) -> None:
        if head.categories[-1] != ANY:
            raise ValueError(f"head's last output must be {ANY!r}, got {head.categories[-1]!r}")
        self.head = head
        self.encoder = LayerMeanEncoder(head.embedding_model, head.layers, quantize=head.quantized)
        self.cache_size = cache_size
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._cache_lock = threading.Lock()

    @classmethod
    def shipped(
        cls, settings: Settings | None = None, path: Path = SHIPPED_HEAD
    ) -> ClassifierModerator:
        """The shipped head, loaded once per process."""
        with cls._shared_lock:
            if path not in cls._shared:
                cls._shared[path] = cls(LinearHead.load(path))
            return cls._shared[path]

    def probabilities(self, texts: list[str]) -> NDArray[np.float32]:
        """Raw head outputs per text (categories, then ``any``); a long text: worst window.

        Window scores are kept in a bounded LRU (``cache_size`` windows): chat inputs carry
        the whole conversation, so each turn would otherwise re-encode the earlier ones.
        """
        pieces: list[str] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            for piece in windows(text):
                pieces.append(piece)
                owner.append(i)
        rows = self._cached(pieces)
        missing = sorted({p for p, row in zip(pieces, rows, strict=True) if row is None})
        if missing:
            fresh = dict(zip(missing, self.head.predict(self.encoder.encode(missing)), strict=True))
            self._remember(fresh)
            rows = [fresh[p] if row is None else row for p, row in zip(pieces, rows, strict=True)]
        worst = np.zeros((len(texts), len(self.head.categories)), dtype=np.float32)
        np.maximum.at(worst, np.array(owner), np.stack([r for r in rows if r is not None]))
        return worst

    def _cached(self, pieces: list[str]) -> list[NDArray[np.float32] | None]:
        if self.cache_size <= 0:
            return [None] * len(pieces)
        with self._cache_lock:
            found = []
            for piece in pieces:
                row = self._cache.get(piece)
                if row is not None:
                    self._cache.move_to_end(piece)
                found.append(row)
            return found

    def _remember(self, rows: dict[str, NDArray[np.float32]]) -> None:
        if self.cache_size <= 0:
            return
        with self._cache_lock:
            for piece, row in rows.items():
                self._cache[piece] = row
                self._cache.move_to_end(piece)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        """Scores per category (see the module docstring for how they combine)."""
        if not texts:
            return []
        names = self.head.categories[:-1]
        results = []
        for row in self.probabilities(texts):
            top = float(row[:-1].max()) or 1.0
            unsafe = float(row[-1])
            results.append({c: unsafe * float(row[j]) / top for j, c in enumerate(names)})
        return results
