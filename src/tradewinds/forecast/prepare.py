"""Turn raw demand history into clean, regular series, reporting every repair per series.

Input is long format: ``unique_id, ds, y`` plus optional exogenous columns. Problems are
repaired, never hidden: each one becomes a :class:`SeriesIssue` in the run's report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class SeriesIssue:
    """Something wrong with one series' input and what was done about it."""

    unique_id: str
    kind: str  # non_numeric | negative | duplicate_dates | gaps | no_history | short_history | ...
    count: int
    action: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "unique_id": self.unique_id,
            "kind": self.kind,
            "count": self.count,
            "action": self.action,
        }


REQUIRED = ("unique_id", "ds", "y")


def clean_history(
    history: pd.DataFrame, *, freq: str = "D"
) -> tuple[pd.DataFrame, list[SeriesIssue]]:
    """Validate and regularise demand history.

    Repairs, each reported per series: non-numeric or missing quantities are dropped,
    negative quantities (returns) are counted as zero demand, duplicate dates are summed,
    gaps between a series' first and last date are filled with zero demand. Weekly
    frequency sums days into weeks ending Sunday.

    Parameters
    ----------
    history
        ``unique_id, ds, y`` and optional exogenous columns.
    freq
        ``"D"`` or ``"W"``.

    Returns
    -------
    (frame, issues)
        ``unique_id`` (str), ``ds`` (datetime64, midnight), ``y`` (float >= 0) and the
        exogenous columns (last value per date), sorted; and the repairs made.
    """
    import numpy as np
    import pandas as pd

    missing = [c for c in REQUIRED if c not in history.columns]
    if missing:
        raise InvalidInput(
            f"history lacks column(s) {', '.join(missing)} "
            "(expected long format: unique_id, ds, y [, exogenous columns])"
        )
    issues: list[SeriesIssue] = []
    df = history.copy()
    df["unique_id"] = df["unique_id"].astype(str)
    df["ds"] = pd.to_datetime(df["ds"], errors="coerce", utc=True).dt.tz_localize(None)
    bad_dates = df["ds"].isna()
    _report(issues, df.loc[bad_dates, "unique_id"], "bad_date", "row dropped")
    df = df.loc[~bad_dates]
    df["ds"] = df["ds"].dt.normalize()
    y = pd.to_numeric(df["y"], errors="coerce")
    bad = y.isna() | ~np.isfinite(y.astype(float))
    _report(issues, df.loc[bad, "unique_id"], "non_numeric", "row dropped")
    df = df.assign(y=y.astype(float)).loc[~bad]
    negative = df["y"] < 0
    _report(issues, df.loc[negative, "unique_id"], "negative", "returns counted as zero demand")
    df.loc[negative, "y"] = 0.0
    exog = [c for c in df.columns if c not in REQUIRED]
    dup = df.duplicated(["unique_id", "ds"], keep="first")
    _report(issues, df.loc[dup, "unique_id"], "duplicate_dates", "quantities summed per date")
    if freq == "W":
        df = _to_weeks(df, issues)
    agg: dict[str, Any] = {"y": "sum"} | dict.fromkeys(exog, "last")
    df = df.groupby(["unique_id", "ds"], sort=True, as_index=False).agg(agg)
    df = _fill_gaps(df, freq, exog, issues)
    return df.reset_index(drop=True), issues


def _to_weeks(df: pd.DataFrame, issues: list[SeriesIssue]) -> pd.DataFrame:
    """Stamp each day with its week's Sunday; drop each series' unfinished last week (it
    would read as a drop in demand), reporting it."""
    import pandas as pd

    last_day = df.groupby("unique_id")["ds"].transform("max")
    df = df.assign(ds=df["ds"] + pd.to_timedelta((6 - df["ds"].dt.dayofweek) % 7, unit="D"))
    partial = (last_day.dt.dayofweek != 6) & (
        df["ds"] == df.groupby("unique_id")["ds"].transform("max")
    )
    days = df.loc[partial].groupby("unique_id")["ds"].size()
    for uid in sorted(df.loc[partial, "unique_id"].unique()):
        issues.append(
            SeriesIssue(str(uid), "partial_week", int(days[uid]), "unfinished last week left out")
        )
    return df.loc[~partial]


def _fill_gaps(
    df: pd.DataFrame, freq: str, exog: list[str], issues: list[SeriesIssue]
) -> pd.DataFrame:
    import pandas as pd

    step = pd.Timedelta(days=7 if freq == "W" else 1)
    bounds = df.groupby("unique_id")["ds"].agg(["min", "max", "size"])
    expected = ((bounds["max"] - bounds["min"]) / step).astype(int) + 1
    gappy = expected[expected > bounds["size"]]
    if gappy.empty:
        return df
    for uid, n in (gappy - bounds.loc[gappy.index, "size"]).items():
        issues.append(SeriesIssue(str(uid), "gaps", int(n), "missing periods filled with 0"))
    full = pd.concat(
        [
            pd.DataFrame(
                {
                    "unique_id": uid,
                    "ds": pd.date_range(bounds.at[uid, "min"], bounds.at[uid, "max"], freq=step),
                }
            )
            for uid in gappy.index
        ]
    )
    filled = full.merge(df[df["unique_id"].isin(gappy.index)], how="left")
    filled["y"] = filled["y"].fillna(0.0)
    if exog:
        filled[exog] = filled.groupby("unique_id")[exog].ffill()
    rest = df[~df["unique_id"].isin(gappy.index)]
    return pd.concat([rest, filled]).sort_values(["unique_id", "ds"])


def _report(issues: list[SeriesIssue], ids: pd.Series, kind: str, action: str) -> None:
    for uid, n in ids.value_counts().sort_index().items():
        issues.append(SeriesIssue(str(uid), kind, int(n), action))
