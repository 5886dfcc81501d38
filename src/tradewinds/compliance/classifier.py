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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewinds.compliance._encoder import LayerMeanEncoder
from tradewinds.core.errors import ModelUnavailable

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from tradewinds.core.settings import Settings

DATA_DIR = Path(__file__).parent / "data"
SHIPPED_HEAD = DATA_DIR / "moderation_head.npz"
ANY = "any"
# Longer texts are scored in windows of this many characters (MiniLM reads ~256 tokens).
WINDOW_CHARS = 900


@dataclass(frozen=True)
class LinearHead:
    """One logistic regression per category over the embedding: ``sigmoid(x @ W + b)``."""

    categories: tuple[str, ...]
    weights: NDArray[np.float32]  # (dims, categories)
    bias: NDArray[np.float32]  # (categories,)
    embedding_model: str = "all-MiniLM-L6-v2"
    layers: tuple[int, ...] = (2, 4, 6)

    def __post_init__(self) -> None:
        if self.weights.shape != (self.weights.shape[0], len(self.categories)):
            raise ValueError(
                f"head weights have shape {self.weights.shape}, expected (dims, "
                f"{len(self.categories)})"
            )

    def predict(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        logits = vectors @ self.weights + self.bias
        probs: NDArray[np.float32] = (1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))).astype(
            np.float32
        )
        return probs

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            categories=np.array(self.categories),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            embedding_model=np.array(self.embedding_model),
            layers=np.array(self.layers),
        )

    @classmethod
    def load(cls, path: Path) -> LinearHead:
        if not path.is_file():
            raise ModelUnavailable(
                f"moderation head {path} is missing; fit it with "
                "'python -m tradewinds.compliance.training'"
            )
        with np.load(path, allow_pickle=False) as data:
            return cls(
                categories=tuple(str(c) for c in data["categories"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                embedding_model=str(data["embedding_model"]),
                layers=tuple(int(x) for x in data["layers"]),
            )


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

    def __init__(self, head: LinearHead) -> None:
        if head.categories[-1] != ANY:
            raise ValueError(f"head's last output must be {ANY!r}, got {head.categories[-1]!r}")
        self.head = head
        self.encoder = LayerMeanEncoder(head.embedding_model, head.layers)

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
        """Raw head outputs per text (categories, then ``any``); a long text: worst window."""
        pieces: list[str] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            for piece in windows(text):
                pieces.append(piece)
                owner.append(i)
        probs = self.head.predict(self.encoder.encode(pieces))
        worst = np.zeros((len(texts), len(self.head.categories)), dtype=np.float32)
        np.maximum.at(worst, np.array(owner), probs)
        return worst

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
