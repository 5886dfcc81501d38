"""Adapting the embedding model to a shop: fine-tuning it on the tenant's judgements or clicks.

The packaged MiniLM was trained on general web text; a shop's queries ("30 inch
refrigerator", "ceiling hangers") and titles ("Saf-T-Brace") are another language. Given
what shoppers judged or clicked, ``fit_encoder`` fine-tunes the configured embedding model
(``models.fine_tune``) on (query, product text) pairs and writes a new model folder.
The product text is what the index embeds (``SearchDocument.dense_text``), so queries
learn to land next to the products' stored vectors.

* **Judgements** (``--queries Q.tsv --qrels QRELS.tsv``, the benchmark's format): a
  product is a positive for a query when its label is at least halfway between the file's
  lowest and highest label (Home Depot's 1-3: ≥ 2; CrowdFlower's 1-4: ≥ 2.5).
* **Clicks** (``search_log`` + ``search_clicks``): each clicked product is a positive for
  the query text (lower-cased, spaces collapsed), once per pair however often clicked.

The new model serves the tenant after ``tradewinds search encoder use`` (``encoders``:
recorded beside the index, applied by the next reindex, so the index's vectors and the
queries' always come from the same model), or the whole deployment by pointing
``models.embed.model`` at its folder and re-indexing every tenant.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings
from tradewinds.models.fine_tune import FineTuneParams, fine_tune
from tradewinds.search.encoders import require_folder_backend
from tradewinds.search.index import ProductIndex
from tradewinds.search.ranker_training import product_ids, training_source
from tradewinds.search.sync import catch_up, open_index
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import SearchClick, SearchLogEntry

MIN_QUERIES = 20  # distinct queries with a positive, needed to fine-tune


def positive_share(labels: Mapping[str, Mapping[str, float]]) -> float:
    """The label from which a judged product counts as a positive (halfway up the scale)."""
    values = [v for judged in labels.values() for v in judged.values()]
    if not values:
        return 0.0
    return min(values) + (max(values) - min(values)) / 2


def judgement_pairs(
    index: ProductIndex, texts: Mapping[str, str], labels: Mapping[str, Mapping[str, float]]
) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(query, product text) positives from judgements, and counts of what was left out."""
    threshold = positive_share(labels)
    keys = {k for judged in labels.values() for k in judged}
    ids = product_ids(index, keys)
    documents = index.documents(set(ids.values()))
    pairs = []
    for qid, judged in labels.items():
        if qid not in texts:
            continue
        for key, label in judged.items():
            if label >= threshold and key in ids and ids[key] in documents:
                pairs.append((texts[qid], documents[ids[key]].dense_text()))
    skipped = {
        "unknown_products": len(keys - set(ids)),
        "qids_without_query": len(set(labels) - set(texts)),
    }
    return pairs, skipped


def click_pairs(
    db: Database, tenant_id: int, index: ProductIndex, days: int
) -> list[tuple[str, str]]:
    """(query, product text) positives from the last ``days`` of the tenant's clicks."""
    if days < 1:
        raise InvalidInput(f"Expected days ≥ 1, got {days}.")
    since = utcnow() - timedelta(days=days)
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(
            select(SearchLogEntry.query, SearchClick.product_id)
            .join(SearchClick, SearchClick.search_id == SearchLogEntry.id)
            .where(SearchLogEntry.at >= since, SearchClick.product_id.is_not(None))
        ).all()
    clicked = {(" ".join(str(q).split()).lower(), int(p)) for q, p in rows if p is not None}
    documents = index.documents({p for _, p in clicked})
    return sorted((q, documents[p].dense_text()) for q, p in clicked if p in documents)


def default_output(settings: Settings, tenant_id: int) -> Path:
    """``<home>/models/search-encoder-tenant-<id>``."""
    return Path(settings.home) / "models" / f"search-encoder-tenant-{tenant_id}"


def fit_encoder(
    db: Database,
    tenant_id: int,
    settings: Settings,
    *,
    queries: Path | None = None,
    qrels: Path | None = None,
    from_clicks: bool = False,
    days: int = 90,
    out: Path | None = None,
    params: FineTuneParams | None = None,
    progress: Callable[[int, int, float], None] | None = None,
) -> dict[str, Any]:
    """Fine-tune the configured ``embed`` model on the tenant's judgements or clicks.

    Returns the metadata stored with the new model (``out``, default
    :func:`default_output`). Raises ``InvalidInput`` when the embed model is not a
    sentence-transformers one, or fewer than ``MIN_QUERIES`` queries have a positive.
    """
    from tradewinds.models.sentence_transformers import resolve_model_dir

    judged, source = training_source(queries, qrels, from_clicks, days)
    base = resolve_model_dir(require_folder_backend(settings, "fine-tuning").model)
    catch_up(db, tenant_id, settings)
    index = open_index(settings, tenant_id)
    info: dict[str, Any] = {"trained_at": utcnow().isoformat(), "tenant_id": tenant_id, **source}
    if judged is None:
        pairs = click_pairs(db, tenant_id, index, days)
    else:
        pairs, skipped = judgement_pairs(index, *judged)
        info.update(skipped)
    distinct = len({q for q, _ in pairs})
    if distinct < MIN_QUERIES:
        what = "clicked" if from_clicks else "judged relevant"
        raise InvalidInput(
            f"only {distinct} quer{'y has' if distinct == 1 else 'ies have'} a {what} "
            f"product; at least {MIN_QUERIES} are needed to fine-tune the embedding model"
        )
    info["queries"] = distinct
    params = params or FineTuneParams(batch_size=min(64, len(pairs)))
    target = out if out is not None else default_output(settings, tenant_id)
    meta = fine_tune(base, pairs, target, params, info=info, progress=progress)
    meta["out"] = str(target.expanduser().resolve())
    return meta
