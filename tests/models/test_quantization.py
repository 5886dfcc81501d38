"""int8 embeddings (``options.quantize``): close to float32, same ranking, deterministic."""

from __future__ import annotations

import numpy as np
import pytest

from tests.models.conftest import settings_with
from tradewinds.core.errors import ConfigError, ModelUnavailable
from tradewinds.models import EmbeddingModel, get_embedding_model
from tradewinds.models.quantization import quantize_linear_int8

pytestmark = pytest.mark.slow

# Product titles and shopper queries as the search index sees them, plus edge cases.
SAMPLES = [
    "waterproof hiking boots",
    "rain-proof trekking shoes",
    "stainless steel saucepan, 3 qt",
    "Hampton Bay 52 in. Ceiling Fan with Light Kit in Brushed Nickel",
    "1/2 in. x 10 ft. copper pipe",
    "red running shoes under $80 for kids",
    "这件冲锋衣防水吗",
    "Is the rain jacket waterproof? It rains a lot here.",
    "cordless drill 18v",
    "x",
]


def _model(**options: object) -> EmbeddingModel:
    embed = {"backend": "sentence-transformers", "model": "all-MiniLM-L6-v2", "options": options}
    return get_embedding_model("embed", settings_with(embed=embed))


def _vectors(model: EmbeddingModel, texts: list[str]) -> np.ndarray:
    return np.asarray(model.embed(texts), dtype=np.float64)


def test_int8_vectors_stay_close_to_float32() -> None:
    full = _vectors(_model(quantize="none"), SAMPLES)
    int8 = _vectors(_model(quantize="int8"), SAMPLES)
    cosine = (full * int8).sum(axis=1)
    # Measured: 0.967-0.983 for the texts, 0.92 for the one-letter "x" (docs/search.md).
    # The quantization must have happened (not identical), and stay this close.
    assert not np.array_equal(full, int8)
    assert cosine.mean() >= 0.97, cosine
    assert cosine[:-1].min() >= 0.95, cosine
    assert cosine.min() >= 0.90, cosine
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-4)


def _pair_similarities(vectors: np.ndarray) -> np.ndarray:
    pairs: np.ndarray = (vectors @ vectors.T)[np.triu_indices(len(vectors), k=1)]
    return pairs


def test_int8_keeps_what_is_similar() -> None:
    full = _vectors(_model(quantize="none"), SAMPLES)
    int8 = _vectors(_model(quantize="int8"), SAMPLES)
    boots, shoes, pan = int8[:3]
    assert boots @ shoes > boots @ pan + 0.2
    # The similarities between the samples (what ranking uses) keep their order.
    ranks_full = np.argsort(np.argsort(_pair_similarities(full)))
    ranks_int8 = np.argsort(np.argsort(_pair_similarities(int8)))
    assert np.corrcoef(ranks_full, ranks_int8)[0, 1] >= 0.9  # measured 0.96


def test_int8_is_deterministic() -> None:
    model = _model(quantize="int8")
    first = _vectors(model, SAMPLES)
    assert np.array_equal(first, _vectors(model, SAMPLES))
    # A text alone always gets the same vector (the query path); in a batch, the
    # activations' int8 range is shared, so it may move a little (documented).
    alone = [_vectors(model, [text])[0] for text in SAMPLES[:3]]
    again = [_vectors(model, [text])[0] for text in SAMPLES[:3]]
    assert all(np.array_equal(a, b) for a, b in zip(alone, again, strict=True))
    assert all(float(a @ b) >= 0.9 for a, b in zip(alone, first[:3], strict=True))


def test_float32_from_our_loop_matches_batches_and_single_texts() -> None:
    model = _model(quantize="none", batch_size=3)
    together = _vectors(model, SAMPLES)
    alone = np.stack([_vectors(model, [text])[0] for text in SAMPLES])
    assert np.allclose(together, alone, atol=1e-4)


def test_bad_quantize_option_is_named() -> None:
    with pytest.raises(ConfigError, match="quantize"):
        _model(quantize="int4")


def test_int8_needs_the_cpu() -> None:
    with pytest.raises(ModelUnavailable, match="quantize='int8' needs device 'cpu'"):
        _model(quantize="int8", device="cuda").embed(["x"])


def test_the_helper_quantizes_linear_layers_in_place() -> None:
    import torch

    network = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.ReLU()).eval()
    quantized, done = quantize_linear_int8(network)
    assert done
    assert "DynamicQuantizedLinear" in repr(quantized[0])
    assert "per_channel" in repr(quantized[0])
    with torch.inference_mode():
        assert quantized(torch.ones(2, 8)).shape == (2, 4)


def test_the_default_embed_purpose_runs_in_int8() -> None:
    default = get_embedding_model()
    assert default.options.quantize == "int8"  # type: ignore[attr-defined]
    # Replacing the options (e.g. only batch_size) falls back to the backend's float32.
    assert _model(batch_size=8).options.quantize == "none"  # type: ignore[attr-defined]
    full = _vectors(_model(quantize="none"), SAMPLES[:2])
    assert np.array_equal(
        _vectors(default, SAMPLES[:2]), _vectors(_model(quantize="int8"), SAMPLES[:2])
    )
    assert not np.array_equal(_vectors(default, SAMPLES[:2]), full)
