"""The Ray path: series are split into chunks and each chunk runs the local pipeline in a
Ray task. Connects to a running cluster (``RAY_ADDRESS``) or starts a local one."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from tradewinds.core.errors import TradewindsError
from tradewinds.forecast.params import ForecastParams

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)


def forecast_on_ray(
    known: pd.DataFrame,
    params: ForecastParams,
    future: pd.DataFrame | None,
    *,
    n_jobs: int = 1,
    chunks: int | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Run :func:`~tradewinds.forecast.engine.forecast_known` over Ray, chunk by chunk."""
    import numpy as np
    import pandas as pd
    import ray

    from tradewinds.forecast.engine import forecast_known

    if not ray.is_initialized():
        ray.init(ignore_reinit_error=True, log_to_driver=False, include_dashboard=False)
    ids = known["unique_id"].unique()
    if len(ids) == 0:
        return forecast_known(known, params, future)
    n = chunks or max(1, 2 * int(ray.cluster_resources().get("CPU", 1)))  # type: ignore[no-untyped-call]
    n = min(n, len(ids))
    groups = np.array_split(np.sort(ids), n)
    task = ray.remote(num_cpus=n_jobs)(forecast_known)
    refs = []
    for group in groups:
        members = set(group)
        part = known[known["unique_id"].isin(members)]
        fut = future[future["unique_id"].isin(members)] if future is not None else None
        refs.append(task.remote(part, params, fut, n_jobs=n_jobs))  # type: ignore[call-arg]
    try:
        results = ray.get(refs)
    except ray.exceptions.RayError as exc:
        raise TradewindsError(f"a Ray forecasting task failed: {exc}") from exc
    logger.info("ray forecast: %d series in %d tasks", len(ids), n)
    fc = pd.concat([r[0] for r in results], ignore_index=True)
    chosen = pd.concat([r[1] for r in results], ignore_index=True)
    scores = pd.concat([r[2] for r in results if len(r[2])], ignore_index=True)
    return fc, chosen, scores
