"""Fine-tuning the embedding model on a tenant's judgements and clicks (SQLite and
PostgreSQL, real MiniLM, real training), then searching with it as that tenant's encoder
after a reindex, while another tenant keeps the deployment's model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.search.test_ranker import HELD_OUT, TOPICS, TRAIN, _catalogue, _judgements
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings, load_settings
from tradewinds.models.fine_tune import FineTuneParams, read_meta
from tradewinds.search import SearchRequest, _state, record_click, search_products
from tradewinds.search.encoder_training import (
    MIN_QUERIES,
    click_pairs,
    default_output,
    fit_encoder,
    judgement_pairs,
    positive_share,
)
from tradewinds.search.encoders import (
    choose_encoder,
    chosen_encoder,
    embedding_model,
    live_encoder,
)
from tradewinds.search.sync import index_products, open_index, reindex
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, Tenant

FAST = FineTuneParams(epochs=6, batch_size=8, learning_rate=1e-4)


def _margins(
    settings: Settings, db: Database, tenant: Tenant, ids: dict[str, dict[str, int]]
) -> float:
    """Mean over held-out topics of cos(query, gift set) - cos(query, best decoy), with the
    query embedded as the tenant's searches embed it and the products' stored vectors."""
    index = open_index(settings, tenant.id)
    state = _state.for_index(index)
    out = []
    for topic in HELD_OUT:
        q = np.asarray(state.embed(topic, settings), dtype=np.float32)
        cos = {k: index.similarities(q, [i])[i] for k, i in ids[topic].items()}
        out.append(cos["target"] - max(cos["decoy1"], cos["decoy2"]))
    return float(np.mean(out))


def _stored(settings: Settings, tenant: Tenant, product: int) -> np.ndarray:
    rows = open_index(settings, tenant.id).query("SELECT vector FROM docs WHERE id = ?", [product])
    return np.frombuffer(rows[0][0], dtype=np.float32)


def test_judgements_fine_tune_a_tenant_encoder_that_only_its_search_uses(
    db: Database,
    tenant: Tenant,
    other_tenant: Tenant,
    settings: Settings,
    tmp_path: Path,
) -> None:
    ids = _catalogue(db, tenant)
    other_ids = _catalogue(db, other_tenant)
    queries = _judgements(tmp_path, ids, TRAIN)
    for shop in (tenant, other_tenant):  # builds both indexes with the deployment's model
        search_products(db, shop, SearchRequest(query="lantern"), settings)
    pairs, skipped = judgement_pairs(open_index(settings, tenant.id), *_read(queries))
    # labels 1-3: positives from 2 up, i.e. the gift sets; the decoys (label 1) are not
    assert len(pairs) == len(TRAIN) and skipped == {"unknown_products": 0, "qids_without_query": 0}
    assert all(p[1].startswith("Deluxe gift set") for p in pairs)
    before = _margins(settings, db, tenant, ids)
    other_before = _margins(settings, db, other_tenant, other_ids)
    meta = fit_encoder(
        db, tenant.id, settings, queries=queries, qrels=tmp_path / "r.tsv", params=FAST
    )
    out = default_output(settings, tenant.id)
    assert meta["out"] == str(out.resolve()) and meta["queries"] == len(TRAIN)
    assert read_meta(out) is not None and read_meta(out)["source"] == "judgements"
    # chosen for this tenant only; nothing changes until its reindex publishes
    choose_encoder(settings, tenant.id, out)
    assert chosen_encoder(settings, tenant.id) == str(out.resolve())
    assert live_encoder(open_index(settings, tenant.id)) == ""
    assert _margins(settings, db, tenant, ids) == pytest.approx(before, abs=1e-6)
    reindex(db, tenant.id, settings)
    assert live_encoder(open_index(settings, tenant.id)) == str(out.resolve())
    after = _margins(settings, db, tenant, ids)
    # topics it never saw: the gift set that mentions them moved closer than the decoys
    assert after > before + 0.05, (before, after)
    # the other tenant, same deployment settings, still embeds with the packaged model
    assert live_encoder(open_index(settings, other_tenant.id)) == ""
    assert _margins(settings, db, other_tenant, other_ids) == pytest.approx(other_before, abs=1e-6)
    body = search_products(db, tenant, SearchRequest(query=HELD_OUT[0], explain=True), settings)
    assert body["explain"]["encoder"] == str(out.resolve())
    other = search_products(db, other_tenant, SearchRequest(query="kettle", explain=True), settings)
    assert other["explain"]["encoder"] is None
    # an edited product is re-embedded alone (int8 is deterministic for one text) by the
    # live generation's encoder, not the deployment's
    product = ids[HELD_OUT[1]]["target"]
    with tenant_session(db, tenant.id) as session:
        session.get(Product, product).body_html = f"a boxed {HELD_OUT[1]}, with a card"
    assert index_products(db, tenant.id, [product], settings) == 1  # what catch_up calls
    text = open_index(settings, tenant.id).documents([product])[product].dense_text()
    assert HELD_OUT[1] + "," in text
    stored = _stored(settings, tenant, product)
    tuned = embedding_model(settings, str(out.resolve())).embed([text])[0]
    packaged = embedding_model(settings).embed([text])[0]
    assert np.allclose(stored, tuned, atol=1e-5) and not np.allclose(stored, packaged, atol=1e-3)


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
