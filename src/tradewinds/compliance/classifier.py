"""The local CPU moderation classifier: MiniLM features plus small heads.

Texts are encoded by the packaged ``all-MiniLM-L6-v2`` model (mean of several layers, see
:mod:`tradewinds.compliance._encoder`; no downloads) and scored by the heads stored as plain
NumPy arrays in ``data/moderation_head.npz`` (see :mod:`tradewinds.compliance.heads`):
kernel SVMs say whether a text is unsafe at all (``any``), logistic regressions per
category say which. A category's score is ``any * (its probability / the top category's
probability)``, so the highest category score is the ``any`` score, calibrated so that 0.5
flags ~4-5% of benign texts in cross-validation. A text longer than ``WINDOW_CHARS`` is
scored by its worst window: the first ``WINDOW_CHARS`` characters, then shorter windows of
``LATER_WINDOW_CHARS``, which count with the head's margin. Short later windows keep
harmful text after a long benign start from being averaged away in one big window.
Fitted by ``python -m tradewinds.compliance.training``.

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
# A text's first window: this many characters (MiniLM reads ~256 tokens) ...
WINDOW_CHARS = 900
# ... the rest in windows of this many, each overlapping the one before by a quarter.
LATER_WINDOW_CHARS = 300
#: Windows whose scores are remembered (a conversation's input repeats its earlier turns).
CACHE_WINDOWS = 4096

__all__ = ["ANY", "SHIPPED_HEAD", "ClassifierModerator", "KernelScorer", "LinearHead", "windows"]


def windows(text: str, first: int = WINDOW_CHARS, size: int = LATER_WINDOW_CHARS) -> list[str]:
    """``text`` as its first ``first`` characters, then overlapping windows of ``size``
    characters (one window if the text is short)."""
    if len(text) <= first:
        return [text]
    overlap = size // 4
    later = range(first - overlap, len(text) - overlap, size - overlap)
    return [text[:first]] + [text[i : i + size] for i in later]


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
        # Keyed by (window after the first?, window text): later windows score lower.
        self._cache: OrderedDict[tuple[bool, str], NDArray[np.float32]] = OrderedDict()
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
        """Raw head outputs per text (categories, then ``any``); a long text: the worst of
        its windows, those after the first scored with the head's window margin.

        Window scores are kept in a bounded LRU (``cache_size`` windows): chat inputs carry
        the whole conversation, so each turn would otherwise re-encode the earlier ones.
        """
        pieces: list[tuple[bool, str]] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            for n, piece in enumerate(windows(text)):
                pieces.append((n > 0, piece))
                owner.append(i)
        rows = self._cached(pieces)
        missing = sorted({p for p, row in zip(pieces, rows, strict=True) if row is None})
        if missing:
            later = np.array([flag for flag, _ in missing], dtype=bool)
            vectors = self.encoder.encode([piece for _, piece in missing])
            fresh = dict(zip(missing, self.head.predict(vectors, later), strict=True))
            self._remember(fresh)
            rows = [fresh[p] if row is None else row for p, row in zip(pieces, rows, strict=True)]
        worst = np.zeros((len(texts), len(self.head.categories)), dtype=np.float32)
        np.maximum.at(worst, np.array(owner), np.stack([r for r in rows if r is not None]))
        return worst

    def _cached(self, pieces: list[tuple[bool, str]]) -> list[NDArray[np.float32] | None]:
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

    def _remember(self, rows: dict[tuple[bool, str], NDArray[np.float32]]) -> None:
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
