"""The classifier's heads over the encoder's features, stored as plain NumPy arrays.

* :class:`LinearHead` — one logistic regression per category (which category a text is
  about), plus a linear ``any`` (unsafe at all), replaced by the kernel scorer when present;
* :class:`KernelScorer` — RBF-kernel SVMs sharing one set of support vectors: column 0 says
  whether a text is unsafe at all, the others one category each. The ``any`` score is
  ``d_any + mix * max(d_category)`` (per-category machines see what the pooled ``any``
  machine blurs: +0.01 AUPRC in cross-validation), Platt-scaled to a probability. A
  window after a text's first is scored ``window_margin`` lower (benign text later in a
  long document raised false alarms; a clearly harmful later window still flags).

Both are saved in one ``.npz`` file (``allow_pickle=False``: loading runs no code) together
with the encoder they were fitted on (model name, layers, int8 or float32). Files of the
previous format (one kernel column, no mix or margin) still load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewinds.core.errors import ModelUnavailable

if TYPE_CHECKING:
    from numpy.typing import NDArray


def sigmoid(logits: NDArray[np.float32]) -> NDArray[np.float32]:
    result: NDArray[np.float32] = (1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))).astype(
        np.float32
    )
    return result


@dataclass(frozen=True)
class KernelScorer:
    """RBF SVMs over shared support vectors ``v``: ``exp(-gamma * |x - v|²) @ coef + intercept``.

    ``predict`` = ``sigmoid(scale * (d_any + mix * max(d_categories) - window_margin *
    later) + offset)`` where ``d`` are the decision columns (``any`` first).
    """

    vectors: NDArray[np.float32]  # (support vectors, dims)
    coef: NDArray[np.float32]  # (support vectors, machines); machine 0 is ``any``
    intercept: NDArray[np.float32]  # (machines,)
    gamma: float
    scale: float
    offset: float
    mix: float = 0.0
    window_margin: float = 0.0
    _norms: NDArray[np.float32] = field(init=False, repr=False, compare=False)
    _vectors_t: NDArray[np.float32] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.coef.ndim != 2 or self.coef.shape[0] != self.vectors.shape[0]:
            raise ValueError(
                f"kernel coef has shape {self.coef.shape}, expected "
                f"({self.vectors.shape[0]}, machines)"
            )
        if self.intercept.shape != (self.coef.shape[1],):
            raise ValueError(
                f"kernel intercept has shape {self.intercept.shape}, expected "
                f"({self.coef.shape[1]},)"
            )
        # Computed once: |v|² of every support vector, and the transposed matrix.
        object.__setattr__(self, "_norms", (self.vectors * self.vectors).sum(1))
        object.__setattr__(self, "_vectors_t", np.ascontiguousarray(self.vectors.T))

    def decision(self, x: NDArray[np.float32]) -> NDArray[np.float32]:
        """Each machine's decision value per row of ``x``: shape (rows, machines)."""
        x = x.astype(np.float32, copy=False)
        sq = (x * x).sum(1)[:, None] + self._norms[None, :] - 2.0 * (x @ self._vectors_t)
        np.maximum(sq, 0.0, out=sq)
        sq *= -self.gamma
        result: NDArray[np.float32] = (np.exp(sq) @ self.coef + self.intercept).astype(np.float32)
        return result

    def combined(
        self, x: NDArray[np.float32], later: NDArray[np.bool_] | None = None
    ) -> NDArray[np.float32]:
        """The uncalibrated ``any`` score: ``d_any + mix * max(d_categories)``, less
        ``window_margin`` for rows marked ``later`` (windows after a text's first)."""
        d = self.decision(x)
        z = d[:, 0].copy()
        if self.mix and d.shape[1] > 1:
            z += self.mix * d[:, 1:].max(1)
        if later is not None and self.window_margin:
            z -= self.window_margin * later.astype(np.float32)
        return z

    def predict(
        self, x: NDArray[np.float32], later: NDArray[np.bool_] | None = None
    ) -> NDArray[np.float32]:
        """Calibrated probability that each row is unsafe."""
        return sigmoid(self.scale * self.combined(x, later) + self.offset)


@dataclass(frozen=True)
class LinearHead:
    """One logistic regression per output over the features: ``sigmoid(x @ W + b)``.

    The last output is ``any``; ``kernel``, when set, replaces it.
    """

    categories: tuple[str, ...]
    weights: NDArray[np.float32]  # (dims, categories)
    bias: NDArray[np.float32]  # (categories,)
    embedding_model: str = "all-MiniLM-L6-v2"
    layers: tuple[int, ...] = (2, 4, 6)
    quantized: bool = False
    kernel: KernelScorer | None = None

    def __post_init__(self) -> None:
        if self.weights.shape != (self.weights.shape[0], len(self.categories)):
            raise ValueError(
                f"head weights have shape {self.weights.shape}, expected (dims, "
                f"{len(self.categories)})"
            )

    def predict(
        self, vectors: NDArray[np.float32], later: NDArray[np.bool_] | None = None
    ) -> NDArray[np.float32]:
        """Probabilities per row (categories, then ``any``); ``later`` marks rows that are
        windows after a text's first (their ``any`` is lowered by the kernel's margin)."""
        probs = sigmoid(vectors @ self.weights + self.bias)
        if self.kernel is not None:
            probs[:, -1] = self.kernel.predict(vectors, later)
        return probs

    def save(self, path: Path) -> None:
        extra: dict[str, Any] = {}
        if self.kernel is not None:
            k = self.kernel
            extra = {
                "kernel_vectors": k.vectors.astype(np.float16),
                "kernel_coef": k.coef.astype(np.float32),
                "kernel_intercept": k.intercept.astype(np.float32),
                "kernel_params": np.array(
                    [k.gamma, k.scale, k.offset, k.mix, k.window_margin], dtype=np.float64
                ),
            }
        np.savez_compressed(
            path,
            categories=np.array(self.categories),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            embedding_model=np.array(self.embedding_model),
            layers=np.array(self.layers),
            quantized=np.array(self.quantized),
            **extra,
        )

    @classmethod
    def load(cls, path: Path) -> LinearHead:
        if not path.is_file():
            raise ModelUnavailable(
                f"moderation head {path} is missing; fit it with "
                "'python -m tradewinds.compliance.training'"
            )
        with np.load(path, allow_pickle=False) as data:
            kernel = None
            if "kernel_vectors" in data:
                params = [float(v) for v in data["kernel_params"]]
                coef = data["kernel_coef"].astype(np.float32)
                if "kernel_intercept" in data:  # several machines, mix and window margin
                    gamma, scale, offset, mix, margin = params
                    intercept = data["kernel_intercept"].astype(np.float32)
                else:  # the earlier format: one machine (``any``)
                    intercept = np.array([params[0]], dtype=np.float32)
                    (gamma, scale, offset), mix, margin = params[1:], 0.0, 0.0
                    coef = coef.reshape(-1, 1)
                kernel = KernelScorer(
                    data["kernel_vectors"].astype(np.float32),
                    coef,
                    intercept,
                    gamma,
                    scale,
                    offset,
                    mix,
                    margin,
                )
            return cls(
                categories=tuple(str(c) for c in data["categories"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                embedding_model=str(data["embedding_model"]),
                layers=tuple(int(x) for x in data["layers"]),
                quantized=bool(data["quantized"]) if "quantized" in data else False,
                kernel=kernel,
            )
