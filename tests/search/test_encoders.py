"""A tenant's own encoder: chosen, applied by a reindex, refused when unusable, survived
when it goes missing (SQLite and PostgreSQL, real MiniLM copies; no training here — the
fine-tuned case is in test_encoder_training)."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from tests.search.conftest import Catalogue
from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.core.settings import Settings, load_settings
from tradewinds.models.sentence_transformers import resolve_model_dir
from tradewinds.search import SearchRequest, search_products
from tradewinds.search.encoders import (
    choose_encoder,
    chosen_encoder,
    drop_encoder,
    embedding_model,
    encoder_file,
    live_encoder,
)
from tradewinds.search.sync import catch_up, open_index, reindex
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


def _copy_of_packaged(folder: Path) -> Path:
    """The packaged MiniLM under another folder (hard links where the file system allows)."""

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(resolve_model_dir("all-MiniLM-L6-v2"), folder, copy_function=link)
    return folder


def test_a_chosen_encoder_takes_over_at_the_reindex_and_drop_returns(
    db: Database,
    tenant: Tenant,
    catalogue: Catalogue,
    settings: Settings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    search_products(db, tenant, SearchRequest(query="tent"), settings)
    assert chosen_encoder(settings, tenant.id) == "" and not drop_encoder(settings, tenant.id)
    copy = _copy_of_packaged(tmp_path / "encoder")
    chosen = choose_encoder(settings, tenant.id, copy)
    assert chosen["model"] == str(copy.resolve()) and chosen["dims"] == 384
    assert live_encoder(open_index(settings, tenant.id)) == ""  # not before the reindex
    with caplog.at_level(logging.WARNING, logger="tradewinds.search.sync"):
        catch_up(db, tenant.id, settings, force=True)
    assert "run `tradewinds search reindex`" in caplog.text and str(copy.resolve()) in caplog.text
    assert reindex(db, tenant.id, settings).products == len(catalogue.ids)
    assert live_encoder(open_index(settings, tenant.id)) == str(copy.resolve())
    body = search_products(db, tenant, SearchRequest(query="tent", explain=True), settings)
    assert body["results"][0]["id"] == catalogue.ids["dome-tent"]
    assert body["explain"]["encoder"] == str(copy.resolve()) and "note" not in body

    # the encoder disappears: keywords still answer and say why; a reindex refuses
    shutil.rmtree(copy)
    body = search_products(db, tenant, SearchRequest(query="sleeping bag"), settings)
    assert body["results"][0]["id"] == catalogue.ids["sleeping-bag"]
    assert "keywords only" in body["note"] and "encoder drop" in body["note"]
    with pytest.raises(ModelUnavailable, match=r"search encoder .* is missing"):
        reindex(db, tenant.id, settings)
    assert live_encoder(open_index(settings, tenant.id)) == str(copy.resolve())  # still live

    assert drop_encoder(settings, tenant.id) and chosen_encoder(settings, tenant.id) == ""
    reindex(db, tenant.id, settings)
    assert live_encoder(open_index(settings, tenant.id)) == ""
    body = search_products(db, tenant, SearchRequest(query="sleeping bag"), settings)
    assert "note" not in body


def test_unusable_encoders_are_refused_and_nothing_is_recorded(
    db: Database,
    tenant: Tenant,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(InvalidInput, match="nowhere: no such model folder"):
        choose_encoder(settings, tenant.id, tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InvalidInput, match="empty: not a loadable embedding model"):
        choose_encoder(settings, tenant.id, tmp_path / "empty")
    narrow = _narrow_model(tmp_path / "narrow", dims=8)
    with pytest.raises(InvalidInput, match="8 dimensions, the deployment's embed model 384"):
        choose_encoder(settings, tenant.id, narrow)
    copy = _copy_of_packaged(tmp_path / "copy")
    monkeypatch.setenv("TRADEWINDS_MODELS__EMBED__BACKEND", "openai")
    with pytest.raises(InvalidInput, match="sentence-transformers backend, not openai"):
        choose_encoder(load_settings(), tenant.id, copy)
    with pytest.raises(ModelUnavailable, match="encoder drop"):  # chosen before the change
        embedding_model(load_settings(), str(copy))
    assert not encoder_file(settings, tenant.id).exists()
    encoder_file(settings, tenant.id).parent.mkdir(parents=True, exist_ok=True)
    encoder_file(settings, tenant.id).write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"encoder\.json: unreadable encoder choice"):
        chosen_encoder(settings, tenant.id)


def test_a_tenant_encoder_has_no_fallbacks(settings: Settings, tmp_path: Path) -> None:
    copy = _copy_of_packaged(tmp_path / "encoder")
    deployment = settings.model_copy(
        update={
            "models": {
                **settings.models,
                "embed": settings.models["embed"].model_copy(update={"fallbacks": ["spare"]}),
                "spare": settings.models["embed"],
            }
        }
    )
    model = embedding_model(deployment, str(copy))
    assert model.model_name == str(copy) and model.backend == "sentence-transformers"
    assert getattr(model, "options", None) == embedding_model(settings).options  # int8 kept


def _narrow_model(folder: Path, dims: int) -> Path:
    from sentence_transformers import SentenceTransformer, models

    base = SentenceTransformer(str(resolve_model_dir("all-MiniLM-L6-v2")), local_files_only=True)
    SentenceTransformer(modules=[*base, models.Dense(384, dims)]).save(str(folder))
    return folder


def test_least_recently_used_tenant_encoders_are_unloaded_and_reload(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tradewinds.core.lru import TimedLRU
    from tradewinds.models import sentence_transformers as backend
    from tradewinds.search import encoders

    monkeypatch.setattr(encoders, "_models", TimedLRU(1))
    first, second = (str(_copy_of_packaged(tmp_path / name)) for name in ("a", "b"))

    def loaded() -> set[str]:
        return {key[0] for key in backend._loaded}

    before = embedding_model(settings, first).embed(["camping lantern"])[0]
    assert first in loaded()
    embedding_model(settings, second).embed(["camping lantern"])
    assert first not in loaded() and second in loaded()  # only one tenant encoder kept
    again = embedding_model(settings, first).embed(["camping lantern"])[0]
    assert again == before and first in loaded() and second not in loaded()
