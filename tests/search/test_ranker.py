"""The learned ranker on a real tenant (SQLite and PostgreSQL, real MiniLM, real LightGBM).

The synthetic catalogue makes one feature decide relevance: for each topic word, two
decoys carry the word in the title (which BM25 weighs 3 times, so fusion ranks them first),
and the product that is relevant only mentions it in its description. A ranker fitted
on some topics must put the description match first for topics it never saw.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests._shop import add_product
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings
from tradewinds.search import SearchRequest, record_click, search_products
from tradewinds.search.ranker import ranker_directory, remove, tenant_ranker
from tradewinds.search.ranker_training import (
    MIN_QUERIES,
    _Runner,
    click_queries,
    fit_tenant,
    read_judgements,
)
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, SearchLogEntry, Tenant

TOPICS = [
    "lantern", "kettle", "hammock", "blender", "compass", "backpack", "umbrella", "notebook",
    "skillet", "thermos", "scarf", "helmet", "pillow", "candle", "ladder", "wrench", "toaster",
    "mirror", "basket", "whistle", "saddle", "easel", "anchor", "violin", "globe", "telescope",
]  # fmt: skip
TRAIN, HELD_OUT = TOPICS[:22], TOPICS[22:]


def _catalogue(db: Database, tenant: Tenant) -> dict[str, dict[str, int]]:
    """topic → {"target": id, "decoy1": id, "decoy2": id}."""
    ids: dict[str, dict[str, int]] = {}
    bodies: dict[int, str] = {}
    for n, topic in enumerate(TOPICS):
        decoy1 = add_product(db, tenant.id, f"{topic}-part", f"{topic} replacement part")
        decoy2 = add_product(db, tenant.id, f"{topic}-cloth", f"{topic} cleaning cloth")
        target = add_product(db, tenant.id, f"gift-set-{n}", f"Deluxe gift set number {n}")
        bodies |= {decoy1: "a spare piece", decoy2: "soft microfibre"}
        bodies[target] = f"a boxed {topic} with a card"
        ids[topic] = {"target": target, "decoy1": decoy1, "decoy2": decoy2}
    with tenant_session(db, tenant.id) as session:
        for product in session.scalars(select(Product)):
            product.body_html = f"<p>{bodies[product.id]}</p>"
    return ids


def _judgements(tmp_path: Path, ids: dict[str, dict[str, int]], topics: list[str]) -> Path:
    (tmp_path / "q.tsv").write_text(
        "qid\tquery\n" + "".join(f"{n}\t{t}\n" for n, t in enumerate(topics)), encoding="utf-8"
    )
    lines = ["qid\tproduct_id\trelevance"]
    for n, topic in enumerate(topics):
        lines += [f"{n}\t{ids[topic]['target']}\t3", f"{n}\t{topic}-part\t1"]  # id or handle
        lines.append(f"{n}\t{ids[topic]['decoy2']}\t1")
    (tmp_path / "r.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "q.tsv"


def _first(db: Database, tenant: Tenant, settings: Settings, query: str) -> dict[str, object]:
    body = search_products(db, tenant, SearchRequest(query=query, explain=True), settings)
    result: dict[str, object] = body["results"][0]
    return result


def test_ranker_from_judgements_reorders_unseen_queries_and_can_be_removed(
    db: Database, tenant: Tenant, settings: Settings, tmp_path: Path
) -> None:
    ids = _catalogue(db, tenant)
    for topic in HELD_OUT:  # the premise: fusion ranks a title decoy first
        assert _first(db, tenant, settings, topic)["id"] != ids[topic]["target"]
    queries = _judgements(tmp_path, ids, TRAIN)
    ranker = fit_tenant(db, tenant.id, settings, queries=queries, qrels=tmp_path / "r.tsv")
    assert ranker.info["source"] == "judgements" and ranker.info["queries"] == len(TRAIN)
    assert ranker.info["unknown_products"] == 0
    assert (ranker_directory(settings, tenant.id) / "model.txt").is_file()
    for topic in HELD_OUT:
        first = _first(db, tenant, settings, topic)
        assert first["id"] == ids[topic]["target"], topic
        explained = first["explain"]
        assert isinstance(explained, dict) and isinstance(explained["ranker_score"], float)
    assert remove(settings, tenant.id) is True
    assert tenant_ranker(settings, tenant.id) is None
    assert _first(db, tenant, settings, HELD_OUT[0])["id"] != ids[HELD_OUT[0]]["target"]


def test_ranker_from_clicks_uses_skip_above(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    ids = _catalogue(db, tenant)
    for topic in TRAIN:  # shoppers skip the decoys and click the gift set below them
        body = search_products(db, tenant, SearchRequest(query=topic), settings)
        shown = [r["id"] for r in body["results"]]
        position = shown.index(ids[topic]["target"]) + 1
        assert position > 1
        with tenant_session(db, tenant.id) as session:
            record_click(session, body["search_id"], ids[topic]["target"], position)
    ranker = fit_tenant(db, tenant.id, settings, from_clicks=True, days=7)
    assert ranker.info["source"] == "clicks" and ranker.info["queries"] == len(TRAIN)
    for topic in HELD_OUT:
        assert _first(db, tenant, settings, topic)["id"] == ids[topic]["target"], topic


def test_clicks_are_read_against_what_the_search_showed(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    ids = _catalogue(db, tenant)
    body = search_products(db, tenant, SearchRequest(query="lantern", per_page=1, page=2), settings)
    with tenant_session(db, tenant.id) as session:
        logged = session.get(SearchLogEntry, body["search_id"])
        assert logged is not None
        assert json.loads(logged.shown) == [r["id"] for r in body["results"]]
        assert logged.shown_from == 2 and len(body["results"]) == 1
    # The page showed the gift set first (say, pinned), then the second decoy; the gift set
    # was clicked: the decoy after it was skipped. Today's ranking has the first decoy in
    # its top two, so reading the click against it would count that decoy, never shown here.
    target, decoy1, decoy2 = (ids["lantern"][k] for k in ("target", "decoy1", "decoy2"))
    with tenant_session(db, tenant.id) as session:
        entry = SearchLogEntry(query="lantern", shown=json.dumps([target, decoy2]))
        session.add(entry)
        session.flush()
        record_click(session, entry.id, target, 1)
    runner = _Runner(db, tenant.id, settings)
    assert decoy1 in {c.id for c in runner.run("lantern")[0][:2]}  # the premise
    [group] = click_queries(db, tenant.id, runner, days=7)
    assert dict(zip(group.ids, group.gains.tolist(), strict=True)) == {target: 1.0, decoy2: 0.0}


def test_too_few_queries_and_malformed_files_are_refused(
    db: Database, tenant: Tenant, settings: Settings, tmp_path: Path
) -> None:
    ids = _catalogue(db, tenant)
    queries = _judgements(tmp_path, ids, TRAIN[:5])
    with pytest.raises(InvalidInput, match=f"only 5 judged queries .* at least {MIN_QUERIES}"):
        fit_tenant(db, tenant.id, settings, queries=queries, qrels=tmp_path / "r.tsv")
    with pytest.raises(InvalidInput, match="only 0 clicked queries"):
        fit_tenant(db, tenant.id, settings, from_clicks=True)
    with pytest.raises(InvalidInput, match="either --queries and --qrels, or --from-clicks"):
        fit_tenant(db, tenant.id, settings)
    assert tenant_ranker(settings, tenant.id) is None  # nothing was saved


def test_read_judgements_names_file_and_line(tmp_path: Path) -> None:
    queries = tmp_path / "q.tsv"
    queries.write_text("qid\tquery\n1\tdrill\n", encoding="utf-8")
    qrels = tmp_path / "r.tsv"
    qrels.write_text("qid\tproduct_uid\trelevance\n1\t7\t3\n1\t8\thigh\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"r\.tsv line 3: relevance 'high' is not a number"):
        read_judgements(queries, qrels)
    qrels.write_text("qid\tscore\n1\t3\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"r\.tsv line 1: no product column"):
        read_judgements(queries, qrels)
    queries.write_text("id\ttext\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"q\.tsv line 1: missing column\(s\) qid, query"):
        read_judgements(queries, qrels)
    queries.write_text("qid\tquery\n5\tsaw\n", encoding="utf-8")
    qrels.write_text("qid\thandle\tlabel\n5\tsaw-1\t2\n5\tsaw-2\t0\n", encoding="utf-8")
    assert read_judgements(queries, qrels) == ({"5": "saw"}, {"5": {"saw-1": 2.0, "saw-2": 0.0}})
