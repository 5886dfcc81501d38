"""Fine-tuning the embedding model on a tenant's judgements and clicks (SQLite and
PostgreSQL, real MiniLM, real training), then searching with it after a reindex."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.search.test_ranker import HELD_OUT, TOPICS, TRAIN, _catalogue, _judgements
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings, load_settings
from tradewinds.models.fine_tune import FineTuneParams, read_meta
from tradewinds.search import SearchRequest, record_click, search_products
from tradewinds.search.encoder_training import (
    MIN_QUERIES,
    click_pairs,
    default_output,
    fit_encoder,
    judgement_pairs,
    positive_share,
)
from tradewinds.search.sync import open_index, reindex
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant

FAST = FineTuneParams(epochs=6, batch_size=8, learning_rate=1e-4)


def _margins(
    settings: Settings, db: Database, tenant: Tenant, ids: dict[str, dict[str, int]]
) -> float:
    """Mean over held-out topics of cos(query, gift set) - cos(query, best decoy)."""
    from tradewinds.models import get_embedding_model

    model = get_embedding_model("embed", settings)
    index = open_index(settings, tenant.id)
    docs = index.documents({i for t in HELD_OUT for i in ids[t].values()})
    out = []
    for topic in HELD_OUT:
        q = np.asarray(model.embed([topic])[0])
        vectors = {
            k: np.asarray(model.embed([docs[i].dense_text()])[0]) for k, i in ids[topic].items()
        }
        cos = {k: float(q @ v / np.linalg.norm(q) / np.linalg.norm(v)) for k, v in vectors.items()}
        out.append(cos["target"] - max(cos["decoy1"], cos["decoy2"]))
    return float(np.mean(out))


def test_judgements_fine_tune_a_model_that_search_uses_after_reindex(
    db: Database,
    tenant: Tenant,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _catalogue(db, tenant)
    queries = _judgements(tmp_path, ids, TRAIN)
    search_products(db, tenant, SearchRequest(query="lantern"), settings)  # builds the index
    pairs, skipped = judgement_pairs(open_index(settings, tenant.id), *_read(queries))
    # labels 1-3: positives from 2 up, i.e. the gift sets; the decoys (label 1) are not
    assert len(pairs) == len(TRAIN) and skipped == {"unknown_products": 0, "qids_without_query": 0}
    assert all(p[1].startswith("Deluxe gift set") for p in pairs)
    before = _margins(settings, db, tenant, ids)
    meta = fit_encoder(
        db, tenant.id, settings, queries=queries, qrels=tmp_path / "r.tsv", params=FAST
    )
    out = default_output(settings, tenant.id)
    assert meta["out"] == str(out.resolve()) and meta["queries"] == len(TRAIN)
    assert read_meta(out) is not None and read_meta(out)["source"] == "judgements"
    # the deployment switches to the new model and re-embeds the catalogue
    monkeypatch.setenv("TRADEWINDS_MODELS__EMBED__MODEL", str(out))
    tuned = load_settings()
    reindex(db, tenant.id, tuned)
    after = _margins(tuned, db, tenant, ids)
    # topics it never saw: the gift set that mentions them moved closer than the decoys
    assert after > before + 0.05, (before, after)
    body = search_products(db, tenant, SearchRequest(query=HELD_OUT[0], explain=True), tuned)
    assert body["results"], "search works on the re-embedded index"


def _read(queries: Path) -> tuple[dict[str, str], dict[str, dict[str, float]]]:
    from tradewinds.search.ranker_training import read_judgements

    return read_judgements(queries, queries.with_name("r.tsv"))


def test_clicks_give_one_pair_per_query_and_product(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    ids = _catalogue(db, tenant)
    for topic in TOPICS[:3]:
        for _ in range(2):  # clicked twice: still one pair
            body = search_products(db, tenant, SearchRequest(query=f"  {topic.upper()} "), settings)
            with tenant_session(db, tenant.id) as session:
                record_click(session, body["search_id"], ids[topic]["target"], 3)
    pairs = click_pairs(db, tenant.id, open_index(settings, tenant.id), days=7)
    assert [q for q, _ in pairs] == sorted(TOPICS[:3])
    assert all(d.startswith("Deluxe gift set") for _, d in pairs)
    with pytest.raises(
        InvalidInput, match=f"only 3 queries have a clicked product; at least {MIN_QUERIES}"
    ):
        fit_encoder(db, tenant.id, settings, from_clicks=True, params=FAST)
    assert not default_output(settings, tenant.id).exists()


def test_refusals_name_what_is_wrong(
    db: Database,
    tenant: Tenant,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _catalogue(db, tenant)
    queries = _judgements(tmp_path, ids, TRAIN[:4])
    with pytest.raises(InvalidInput, match="only 4 queries have a judged relevant product"):
        fit_encoder(db, tenant.id, settings, queries=queries, qrels=tmp_path / "r.tsv")
    with pytest.raises(InvalidInput, match="either --queries and --qrels, or --from-clicks"):
        fit_encoder(db, tenant.id, settings)
    monkeypatch.setenv("TRADEWINDS_MODELS__EMBED__BACKEND", "openai")
    with pytest.raises(InvalidInput, match="sentence-transformers backend, not openai"):
        fit_encoder(db, tenant.id, load_settings(), from_clicks=True)
    assert positive_share({"1": {"a": 1.0, "b": 3.0}, "2": {"c": 2.0}}) == 2.0
    assert positive_share({}) == 0.0
