"""The local CPU moderation classifier: sentence embeddings plus a small linear head.

Texts are embedded with the packaged ``all-MiniLM-L6-v2`` model (384 dimensions, no
downloads) and scored by one logistic-regression head per category, stored as plain NumPy
arrays in ``data/moderation_head.npz`` (a few kilobytes). The head is fitted by
``python -m tradewinds.compliance.training``; see ``docs/compliance.md`` for the data it was
fitted on and how it was evaluated.

The embedding model is named in the head file, not taken from ``models.embed``: a head only
works with the embedding model it was fitted on.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewinds.core.errors import ModelUnavailable

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from tradewinds.core.settings import Settings
    from tradewinds.models import EmbeddingModel

DATA_DIR = Path(__file__).parent / "data"
SHIPPED_HEAD = DATA_DIR / "moderation_head.npz"
# Longer texts are scored in windows of this many characters (MiniLM reads ~256 tokens).
WINDOW_CHARS = 1000


@dataclass(frozen=True)
class LinearHead:
    """One logistic regression per category over the embedding: ``sigmoid(x @ W + b)``."""

    categories: tuple[str, ...]
    weights: NDArray[np.float32]  # (dims, categories)
    bias: NDArray[np.float32]  # (categories,)
    embedding_model: str = "all-MiniLM-L6-v2"

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
            )


def embedding_model_for(name: str) -> EmbeddingModel:
    """A sentence-transformers model for ``name``, outside ``settings.models`` (see above)."""
    from tradewinds.core.settings import ModelSpec
    from tradewinds.models import default_registry

    spec = ModelSpec(backend="sentence-transformers", model=name, options={"batch_size": 32})
    return default_registry().embedding_class("sentence-transformers")(spec, purpose="moderation")


def windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """``text`` in overlapping windows of ``size`` characters (one window if short)."""
    if len(text) <= size:
        return [text]
    step = size * 3 // 4
    return [text[i : i + size] for i in range(0, len(text) - size // 4, step)]


class ClassifierModerator:
    """The ``classifier`` moderator: embeddings + :class:`LinearHead`, on the CPU."""

    name = "classifier"
    _shared: dict[Path, ClassifierModerator] = {}
    _shared_lock = threading.Lock()

    def __init__(self, head: LinearHead, embedder: EmbeddingModel | None = None) -> None:
        self.head = head
        self._embedder = embedder
        self._lock = threading.Lock()

    @classmethod
    def shipped(
        cls, settings: Settings | None = None, path: Path = SHIPPED_HEAD
    ) -> ClassifierModerator:
        """The shipped head, loaded once per process."""
        with cls._shared_lock:
            if path not in cls._shared:
                cls._shared[path] = cls(LinearHead.load(path))
            return cls._shared[path]

    @property
    def embedder(self) -> EmbeddingModel:
        with self._lock:
            if self._embedder is None:
                self._embedder = embedding_model_for(self.head.embedding_model)
            return self._embedder

    def embed(self, texts: list[str]) -> NDArray[np.float32]:
        return np.asarray(self.embedder.embed(texts), dtype=np.float32)

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        """Scores per category; a long text scores its worst window."""
        if not texts:
            return []
        pieces: list[str] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            for piece in windows(text):
                pieces.append(piece)
                owner.append(i)
        probs = self.head.predict(self.embed(pieces))
        worst = np.zeros((len(texts), len(self.head.categories)), dtype=np.float32)
        np.maximum.at(worst, np.array(owner), probs)
        return [{cat: float(row[j]) for j, cat in enumerate(self.head.categories)} for row in worst]
