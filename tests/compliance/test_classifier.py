"""The classifier: int8 encoder, kernel head saved and loaded, the window cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewinds.compliance.classifier import ClassifierModerator, windows
from tradewinds.compliance.heads import KernelScorer, LinearHead
from tradewinds.compliance.training import fit_head


def test_shipped_head_runs_int8_with_a_kernel_any_head() -> None:
    moderator = ClassifierModerator.shipped()
    assert moderator.head.quantized and moderator.head.kernel is not None
    scores = moderator.score(["Is the tent waterproof?", "I will cut your throat tonight"])
    assert max(scores[0].values()) < 0.5 < max(scores[1].values())
    assert moderator.encoder.quantized  # the encoder the head was fitted on


def test_window_cache_gives_the_same_scores_and_stays_bounded() -> None:
    shipped = ClassifierModerator.shipped()
    moderator = ClassifierModerator(shipped.head, cache_size=3)
    uncached = ClassifierModerator(shipped.head, cache_size=0)
    texts = ["hello", "a tent for two", "how to hurt someone", "hello"]
    first = moderator.probabilities(texts)
    again = moderator.probabilities(texts)
    np.testing.assert_allclose(first, again)
    np.testing.assert_allclose(first, uncached.probabilities(texts), rtol=1e-5, atol=1e-6)
    assert len(moderator._cache) == 3 and len(uncached._cache) == 0
    long = "Our tents are great. " * 100  # several windows, worst window wins
    assert len(windows(long)) > 1
    assert moderator.probabilities([long]).shape == (1, len(shipped.head.categories))


def test_fitted_head_round_trips_through_its_file(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(80, 12)).astype(np.float32)
    labels = np.zeros((80, 6), dtype=np.int8)
    labels[vectors[:, 0] > 0.5, 3] = 1  # "violence" when the first feature is high
    head = fit_head(vectors, labels)
    assert isinstance(head.kernel, KernelScorer)
    path = tmp_path / "head.npz"
    head.save(path)
    loaded = LinearHead.load(path)
    assert loaded.quantized == head.quantized and loaded.layers == head.layers
    # Support vectors are stored as float16: probabilities agree to about 1e-3.
    np.testing.assert_allclose(loaded.predict(vectors), head.predict(vectors), atol=5e-3)
    probs = loaded.predict(vectors)[:, -1]
    assert probs[labels[:, 3] == 1].mean() > probs[labels[:, 3] == 0].mean()
