"""The learned ranker: LightGBM LambdaRank over the top fused candidates of a search.

Retrieval fuses BM25 and dense scores with one fixed formula; the ranker re-orders the
best ``top_n`` (default 50) of those candidates by a gradient-boosted model of the
features in ``ranker_features`` (retrieval evidence plus which query terms, phrases,
numbers and units the product's title, details and description contain). The candidates
below ``top_n`` keep their fused order, and the re-ordered ones keep the fused scores'
range (the sorted fused scores are handed out in the ranker's order), so boosts and
merchandising rules after it work as before. ``explain`` shows each ``ranker_score``.

A tenant's ranker lives beside its index, outside the index generations (a ``reindex``
keeps it)::

    <home>/search/tenant-<id>/ranker/model.txt     LightGBM model (text format)
    <home>/search/tenant-<id>/ranker/ranker.json   features, top_n, how it was trained

It is loaded on the first search after it changed; without one nothing changes. It is
trained from judgements or from clicks (``ranker_training``), and evaluated with
cross-validation split by query (``query_folds``) in ``tradewinds bench search``.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.search.ranker_features import FEATURES, candidate_features, stored_text

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.search.index import ProductIndex
    from tradewinds.search.retrieval import Candidate, QueryPlan, TermStats

TOP_N = 50
GRADES_PER_GAIN = 3  # LambdaRank wants integer labels: gains in thirds (HD's 1.33, 1.67 ...)
# Chosen on the even-qid half of Home Depot by 5-fold CV (see docs/search.md, "Learned ranker").
DEFAULT_PARAMS: dict[str, Any] = {
    "objective": "lambdarank",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambdarank_truncation_level": 20,
    "num_boost_round": 100,
}


@dataclass
class TrainingQuery:
    """One query's candidates: features (rows as ``FEATURES``), gains (label - lowest) and,
    where known, the product ids of the rows."""

    qid: str
    features: np.ndarray[Any, Any]
    gains: np.ndarray[Any, Any]
    ids: tuple[int, ...] = ()


@dataclass
class Ranker:
    """A fitted model and how to apply it. ``model`` has ``predict(X) -> scores``."""

    model: Any
    top_n: int = TOP_N
    features: tuple[str, ...] = FEATURES
    info: dict[str, Any] = field(default_factory=dict)

    def scores(self, features: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Scores of feature rows (higher is better)."""
        if len(features) == 0:
            return np.zeros(0)
        if hasattr(self.model, "model_to_string"):  # a LightGBM booster: one thread per call
            return np.asarray(self.model.predict(features, num_threads=1), dtype=np.float64)
        return np.asarray(self.model.predict(features), dtype=np.float64)

    def rerank(
        self,
        index: ProductIndex,
        plan: QueryPlan,
        candidates: list[Candidate],
        stats: TermStats | None = None,
    ) -> list[Candidate]:
        """``candidates`` (fused, best first) with the top ``top_n`` re-ordered by the model."""
        head, tail = candidates[: self.top_n], candidates[self.top_n :]
        if len(head) < 2 or not plan.tokens:
            return candidates
        texts = stored_text(index, [c.id for c in head])
        matrix = candidate_features(
            plan, head, texts, stats.df if stats else None, stats.documents if stats else 0
        )
        return apply_scores(head, self.scores(matrix)) + tail

    def to_dict(self) -> dict[str, Any]:
        return {"top_n": self.top_n, "features": list(self.features), **self.info}


def apply_scores(
    head: list[Candidate], scores: Sequence[float] | np.ndarray[Any, Any]
) -> list[Candidate]:
    """Order ``head`` by ``scores``; hand its sorted fused scores out in that order."""
    fused = sorted((c.score for c in head), reverse=True)
    order = sorted(range(len(head)), key=lambda i: (-scores[i], head[i].id))
    ranked = []
    for position, i in enumerate(order):
        candidate = head[i]
        candidate.ranker_score = float(scores[i])
        candidate.score = fused[position]
        ranked.append(candidate)
    return ranked


def _grades(gains: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    grades: np.ndarray[Any, Any] = np.rint(np.clip(gains, 0, None) * GRADES_PER_GAIN)
    return grades.astype(np.int32)


def fit(
    queries: Sequence[TrainingQuery],
    *,
    kind: str = "lambdarank",
    params: Mapping[str, Any] | None = None,
    top_n: int = TOP_N,
    info: Mapping[str, Any] | None = None,
) -> Ranker:
    """Fit a ranker on ``queries`` (each a group of candidates with gains).

    ``kind`` is ``lambdarank`` (LightGBM, the product's model) or ``pointwise``
    (scikit-learn's HistGradientBoostingRegressor on the gains; benchmark comparison only).
    Queries whose candidates all have the same gain teach a ranker nothing and are skipped.
    """
    useful = [q for q in queries if len(q.gains) > 1 and np.ptp(q.gains) > 0]
    if not useful:
        raise InvalidInput(
            "no training query has candidates with different labels (nothing to learn from)"
        )
    features = np.vstack([q.features for q in useful]).astype(np.float32)
    gains = np.concatenate([q.gains for q in useful])
    chosen = {**DEFAULT_PARAMS, **(params or {})}
    rounds = int(chosen.pop("num_boost_round"))
    # a leaf needs that many rows: a small training set (a new shop) gets smaller leaves
    chosen["min_data_in_leaf"] = min(int(chosen["min_data_in_leaf"]), max(5, len(gains) // 50))
    if kind == "pointwise":
        from sklearn.ensemble import HistGradientBoostingRegressor  # type: ignore[import-untyped]

        model: Any = HistGradientBoostingRegressor(
            max_iter=rounds,
            learning_rate=float(chosen["learning_rate"]),
            max_leaf_nodes=int(chosen["num_leaves"]),
            min_samples_leaf=int(chosen["min_data_in_leaf"]),
            random_state=0,
        ).fit(features, gains)
    elif kind == "lambdarank":
        import lightgbm

        grades = _grades(gains)
        chosen.update(
            label_gain=[g / GRADES_PER_GAIN for g in range(int(grades.max()) + 1)],
            verbosity=-1,
            num_threads=1,
            deterministic=True,
            force_row_wise=True,
            seed=0,
        )
        data = lightgbm.Dataset(
            features, grades, group=[len(q.gains) for q in useful], feature_name=list(FEATURES)
        )
        model = lightgbm.train(chosen, data, num_boost_round=rounds)
    else:
        raise InvalidInput(f"Expected kind lambdarank or pointwise, got {kind!r}.")
    details = {"kind": kind, "queries": len(useful), "rows": len(gains), **dict(info or {})}
    return Ranker(model, top_n=top_n, info=details)


def query_folds(qids: Sequence[str], k: int, seed: int = 0) -> dict[str, int]:
    """Assign each query to one of ``k`` folds (shuffled, sizes within one of each other)."""
    if k < 2:
        raise InvalidInput(f"Expected at least 2 folds, got {k}.")
    unique = sorted(set(qids))
    order = np.random.default_rng(seed).permutation(len(unique))
    return {unique[i]: position % k for position, i in enumerate(order)}


def cross_validated_scores(
    queries: Mapping[str, np.ndarray[Any, Any]],
    training: Mapping[str, TrainingQuery],
    k: int,
    *,
    kind: str = "lambdarank",
    params: Mapping[str, Any] | None = None,
    seed: int = 0,
) -> tuple[dict[str, np.ndarray[Any, Any]], dict[str, int]]:
    """Score every query's candidates with a model fitted on the other folds only.

    ``queries`` maps qid → feature matrix (every query, judged or not); ``training`` the
    judged ones. Returns the scores per qid and the fold of each qid.
    """
    folds = query_folds(list(queries), k, seed)
    scores: dict[str, np.ndarray[Any, Any]] = {}
    for fold in range(k):
        train = [q for qid, q in training.items() if folds[qid] != fold]
        ranker = fit(train, kind=kind, params=params)
        for qid, matrix in queries.items():
            if folds[qid] == fold:
                scores[qid] = ranker.scores(matrix)
    return scores, folds


# --- a tenant's ranker on disk ---------------------------------------------------------------

_loaded: dict[Path, tuple[float, Ranker]] = {}
_loaded_lock = threading.Lock()


def ranker_directory(settings: Settings, tenant_id: int) -> Path:
    """``<home>/search/tenant-<id>/ranker``."""
    from tradewinds.search.paths import index_directory

    return index_directory(settings, tenant_id) / "ranker"


def save(ranker: Ranker, directory: Path) -> None:
    """Write ``ranker`` (a LightGBM one) to ``directory``; each file replaced atomically."""
    if not hasattr(ranker.model, "model_to_string"):
        raise InvalidInput("only a LightGBM (lambdarank) ranker can be saved")
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in (
        ("model.txt", ranker.model.model_to_string()),
        ("ranker.json", json.dumps(ranker.to_dict(), indent=2, default=str)),
    ):
        tmp = directory / f"{name}.tmp{os.getpid()}"
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(directory / name)


def load(directory: Path) -> Ranker:
    """The ranker saved in ``directory``; ``NotFound`` if there is none."""
    import lightgbm

    described = directory / "ranker.json"
    if not described.is_file() or not (directory / "model.txt").is_file():
        raise NotFound(f"no ranker in {directory}")
    meta = json.loads(described.read_text(encoding="utf-8"))
    features = tuple(meta.pop("features"))
    if features != FEATURES:
        raise InvalidInput(
            f"{described}: the ranker was trained on other features; fit it again "
            "(tradewinds search ranker fit)"
        )
    model = lightgbm.Booster(model_file=str(directory / "model.txt"))
    return Ranker(model, top_n=int(meta.pop("top_n")), features=features, info=meta)


def tenant_ranker(settings: Settings, tenant_id: int) -> Ranker | None:
    """The tenant's ranker, loaded once and again after it changed; None without one."""
    directory = ranker_directory(settings, tenant_id)
    try:
        stamp = (directory / "ranker.json").stat().st_mtime
    except OSError:
        with _loaded_lock:
            _loaded.pop(directory, None)
        return None
    with _loaded_lock:
        cached = _loaded.get(directory)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    ranker = load(directory)
    with _loaded_lock:
        _loaded[directory] = (stamp, ranker)
    return ranker


@dataclass(frozen=True)
class RankerStatus:
    """What the console shows about a tenant's ranker, read from ``ranker.json`` (the model
    itself is not loaded). ``metrics`` are offline metrics recorded with it, if any."""

    trained: bool
    trained_at: str = ""
    source: str = ""
    kind: str = ""
    queries: int = 0
    rows: int = 0
    top_n: int = TOP_N
    days: int | None = None
    metrics: dict[str, float] = field(default_factory=dict)


_METRIC_PREFIXES = ("ndcg", "mrr", "recall", "map")


def ranker_status(settings: Settings, tenant_id: int) -> RankerStatus:
    """Whether the tenant has a ranker and how it was trained (when, from what, on how
    many queries and candidate rows; its offline metrics if they were recorded)."""
    described = ranker_directory(settings, tenant_id) / "ranker.json"
    try:
        meta = json.loads(described.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return RankerStatus(trained=False)
    metrics = {
        k: float(v)
        for k, v in meta.items()
        if k.lower().startswith(_METRIC_PREFIXES) and isinstance(v, int | float)
    }
    return RankerStatus(
        True, str(meta.get("trained_at", "")), str(meta.get("source", "")),
        str(meta.get("kind", "")), int(meta.get("queries", 0)), int(meta.get("rows", 0)),
        int(meta.get("top_n", TOP_N)), meta.get("days"), metrics,
    )  # fmt: skip


def remove(settings: Settings, tenant_id: int) -> bool:
    """Delete the tenant's ranker; whether there was one."""
    directory = ranker_directory(settings, tenant_id)
    removed = False
    for name in ("ranker.json", "model.txt"):  # the description first: a search stops using it
        path = directory / name
        if path.is_file():
            path.unlink()
            removed = True
    with _loaded_lock:
        _loaded.pop(directory, None)
    return removed
