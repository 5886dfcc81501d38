"""Training data for a tenant's learned ranker: judgement files, or the tenant's clicks.

Either way each training query is run through the tenant's current index exactly as a
search runs it (typo corrections, synonyms, hybrid retrieval, no ranker), and the top
``TOP_N`` fused candidates become one LambdaRank group with their gains:

* **Judgements** (``--queries Q.tsv --qrels QRELS.tsv``, the benchmark format): a
  candidate's gain is its label minus the lowest label in the file; candidates nobody
  judged get gain 0 (as the benchmark's nDCG counts them).
* **Clicks** (``search_log`` + ``search_clicks``, Joachims' "skip-above" and "skip-next"
  heuristics): a clicked product is a positive; a product ranked above the lowest click of
  that search, or right after it, and not clicked was seen and skipped, a negative.
  Without the next one every negative would be a near miss ranked high, and a model would
  learn nothing about the unrelated products below. Searches are grouped by their query text, and
  a product's gain is its clicks / (clicks + skips). "Above" is read from what the search
  showed (``search_log.shown``: the page's product ids from position ``shown_from``);
  searches logged before that was recorded fall back to today's ranking of the query.
  Features always come from today's index, so a skipped product that today's top
  candidates no longer contain is left out.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select

from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.core.settings import Settings
from tradewinds.search import _state
from tradewinds.search import ranker as learned
from tradewinds.search.index import ProductIndex
from tradewinds.search.ranker_features import FEATURES, candidate_features, stored_text
from tradewinds.search.retrieval import Candidate, RetrievalParams, plan_query, retrieve
from tradewinds.search.sync import catch_up, open_index
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import SearchClick, SearchLogEntry

MIN_QUERIES = 20  # queries whose candidates differ in gain, needed to fit a ranker
_PRODUCT_COLUMNS = ("product_uid", "product_id", "product", "handle")
_LABEL_COLUMNS = ("relevance", "label", "median_relevance")


def _rows(path: Path, required: tuple[str, ...]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) of a TSV file; errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {path} as UTF-8 text: {exc}") from None
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise InvalidInput(
            f"{path} line 1: missing column(s) {', '.join(missing)} in the header "
            f"(found: {', '.join(header) or 'nothing'})"
        )
    rows = []
    for cells in reader:
        if cells and any(c.strip() for c in cells):
            rows.append((reader.line_num, cells))
    return header, rows


def read_judgements(
    queries: Path, qrels: Path
) -> tuple[dict[str, str], dict[str, dict[str, float]]]:
    """``qid → query`` and ``qid → product → label`` from the benchmark's TSV format.

    QUERIES needs ``qid`` and ``query``; QRELS needs ``qid``, a product column (one of
    ``product_uid``, ``product_id``, ``product``, ``handle``: a product id or handle) and a
    label column (``relevance``, ``label``, ``median_relevance``, else the third column).
    """
    header, rows = _rows(queries, ("qid", "query"))
    q_at, text_at = header.index("qid"), header.index("query")
    texts: dict[str, str] = {}
    for line, cells in rows:
        if len(cells) <= max(q_at, text_at) or not cells[q_at].strip():
            raise InvalidInput(f"{queries} line {line}: expected a qid and a query")
        texts[cells[q_at].strip()] = cells[text_at]
    header, rows = _rows(qrels, ("qid",))
    product = next((c for c in _PRODUCT_COLUMNS if c in header), None)
    if product is None:
        raise InvalidInput(
            f"{qrels} line 1: no product column (expected one of {', '.join(_PRODUCT_COLUMNS)})"
        )
    label = next((c for c in _LABEL_COLUMNS if c in header), header[2] if len(header) > 2 else "")
    if not label:
        raise InvalidInput(f"{qrels} line 1: no label column (expected relevance or label)")
    at = [header.index(c) for c in ("qid", product, label)]
    labels: dict[str, dict[str, float]] = defaultdict(dict)
    for line, cells in rows:
        if len(cells) <= max(at):
            raise InvalidInput(f"{qrels} line {line}: expected {len(header)} columns")
        qid, key, value = (cells[i].strip() for i in at)
        try:
            labels[qid][key] = float(value)
        except ValueError:
            raise InvalidInput(f"{qrels} line {line}: {label} {value!r} is not a number") from None
    return texts, dict(labels)


def product_ids(index: ProductIndex, keys: set[str]) -> dict[str, int]:
    """Product id of each key that is an indexed product's id or handle."""
    found: dict[str, int] = {}
    for doc_id, handle in index.query("SELECT id, json_extract(data, '$.handle') FROM docs"):
        if str(doc_id) in keys:
            found[str(doc_id)] = int(doc_id)
        if handle and handle in keys:
            found[handle] = int(doc_id)
    return found


class _Runner:
    """Runs queries through a tenant's index as ``search_products`` does (no ranker)."""

    def __init__(self, db: Database, tenant_id: int, settings: Settings) -> None:
        catch_up(db, tenant_id, settings)
        self.settings = settings
        self.index = open_index(settings, tenant_id)
        self.state = _state.for_index(self.index)
        with tenant_session(db, tenant_id) as session:
            self.synonyms = _state.synonyms(session, tenant_id)
        self.params = RetrievalParams()

    def run(self, text: str) -> tuple[list[Candidate], np.ndarray[Any, Any]]:
        """The top ``TOP_N`` fused candidates of ``text`` and their feature rows."""
        stats = self.state.stats
        plan = plan_query(
            text, self.state.corrector, self.synonyms, stats, self.params.common_share
        )
        if not plan.tokens:
            return [], np.zeros((0, len(FEATURES)), np.float32)
        try:
            vector = np.asarray(self.state.embed(text, self.settings), dtype=np.float32)
        except ModelUnavailable:
            vector = None
        head = retrieve(self.index, plan, vector, self.params)[: learned.TOP_N]
        texts = stored_text(self.index, [c.id for c in head])
        df, documents = (stats.df, stats.documents) if stats else (None, 0)
        return head, candidate_features(plan, head, texts, df, documents)


def judgement_queries(
    runner: _Runner, texts: Mapping[str, str], labels: Mapping[str, Mapping[str, float]]
) -> tuple[list[learned.TrainingQuery], dict[str, int]]:
    """Training groups from judgements, and counts of what could not be used."""
    lowest = min((v for judged in labels.values() for v in judged.values()), default=0.0)
    ids = product_ids(runner.index, {k for judged in labels.values() for k in judged})
    unknown = {k for judged in labels.values() for k in judged} - set(ids)
    out = []
    for qid, judged in labels.items():
        if qid not in texts:
            continue
        gains_by_id = {ids[k]: v - lowest for k, v in judged.items() if k in ids}
        head, matrix = runner.run(texts[qid])
        gains = np.array([gains_by_id.get(c.id, 0.0) for c in head])
        out.append(learned.TrainingQuery(qid, matrix, gains))
    missing = len(set(labels) - set(texts))
    return out, {"unknown_products": len(unknown), "qids_without_query": missing}


def click_queries(
    db: Database, tenant_id: int, runner: _Runner, days: int
) -> list[learned.TrainingQuery]:
    """Training groups from the last ``days`` of clicks (see the module docstring)."""
    if days < 1:
        raise InvalidInput(f"Expected days ≥ 1, got {days}.")
    since = utcnow() - timedelta(days=days)
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(
            select(SearchLogEntry.id, SearchLogEntry.query, SearchLogEntry.shown,
                   SearchLogEntry.shown_from, SearchClick.product_id, SearchClick.position)
            .join(SearchClick, SearchClick.search_id == SearchLogEntry.id)
            .where(SearchLogEntry.at >= since, SearchClick.product_id.is_not(None))
        ).all()  # fmt: skip
    searches: dict[str, dict[int, list[tuple[int, int | None]]]] = defaultdict(dict)
    seen: dict[int, tuple[list[int], int]] = {}
    for search_id, query, shown, shown_from, product_id, position in rows:
        if product_id is None:
            continue
        text = " ".join(str(query).split()).lower()
        searches[text].setdefault(int(search_id), []).append((int(product_id), position))
        seen[int(search_id)] = ([int(p) for p in json.loads(shown or "[]")], int(shown_from))
    out = []
    for text, by_search in searches.items():
        head, matrix = runner.run(text)
        today = [c.id for c in head]
        clicks: dict[int, int] = defaultdict(int)
        skips: dict[int, int] = defaultdict(int)
        for search_id, clicked in by_search.items():
            page, start = seen[search_id] if seen[search_id][0] else (today, 1)
            rank = {p: i for i, p in enumerate(page, start=start)}
            clicked_ids = {p for p, _ in clicked}
            lowest = max((pos or rank.get(p, 0) for p, pos in clicked), default=0)
            for p in clicked_ids:
                clicks[p] += 1
            upto = lowest - start + 2 if lowest >= start else 0  # no position known: none
            for p in page[:upto]:  # above the lowest click, and the next one
                if p not in clicked_ids:
                    skips[p] += 1
        keep = [i for i, c in enumerate(head) if clicks[c.id] or skips[c.id]]
        if len(keep) < 2:
            continue
        gains = np.array(
            [clicks[head[i].id] / (clicks[head[i].id] + skips[head[i].id]) for i in keep]
        )
        ids = tuple(head[i].id for i in keep)
        out.append(learned.TrainingQuery(text, matrix[keep], gains, ids))
    return out


def training_source(
    queries: Path | None, qrels: Path | None, from_clicks: bool, days: int
) -> tuple[tuple[dict[str, str], dict[str, dict[str, float]]] | None, dict[str, Any]]:
    """Check where training data comes from (judgement files or clicks, not both) and
    describe it: the judgements read (None for clicks), and the facts to store with the
    model (``source``, ``days`` or the files)."""
    if from_clicks == (queries is not None or qrels is not None):
        raise InvalidInput("give either --queries and --qrels, or --from-clicks")
    if from_clicks:
        return None, {"source": "clicks", "days": days}
    if queries is None or qrels is None:
        raise InvalidInput("--queries and --qrels go together (judgements need both)")
    judged = read_judgements(queries, qrels)
    return judged, {"source": "judgements", "queries_file": str(queries), "qrels": str(qrels)}


def fit_tenant(
    db: Database,
    tenant_id: int,
    settings: Settings,
    *,
    queries: Path | None = None,
    qrels: Path | None = None,
    from_clicks: bool = False,
    days: int = 90,
) -> learned.Ranker:
    """Fit the tenant's ranker from judgements or clicks, save it and return it.

    Raises ``InvalidInput`` naming the count when fewer than ``MIN_QUERIES`` queries have
    candidates with different gains.
    """
    judged, source = training_source(queries, qrels, from_clicks, days)
    runner = _Runner(db, tenant_id, settings)
    info: dict[str, Any] = {"trained_at": utcnow().isoformat(), **source}
    if judged is None:
        training = click_queries(db, tenant_id, runner, days)
    else:
        training, skipped = judgement_queries(runner, *judged)
        info.update(skipped)
    useful = [q for q in training if len(q.gains) > 1 and np.ptp(q.gains) > 0]
    if len(useful) < MIN_QUERIES:
        what = "clicked" if from_clicks else "judged"
        raise InvalidInput(
            f"only {len(useful)} {what} quer{'y has' if len(useful) == 1 else 'ies have'} "
            f"candidates with different labels; at least {MIN_QUERIES} are needed to fit a "
            "ranker"
        )
    ranker = learned.fit(useful, info=info)
    learned.save(ranker, learned.ranker_directory(settings, tenant_id))
    return ranker
