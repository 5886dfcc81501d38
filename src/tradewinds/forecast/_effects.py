"""Effects learnt across series: the day-of-week shape of demand and the uplift on days a
binary driver (SNAP, a promotion flag) is on. Both are shrunk towards the pooled estimate
so that thin series borrow strength from the rest of the catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: Uplifts are kept within these bounds: a multiplier outside them is noise or a data error.
UPLIFT_BOUNDS = (0.5, 2.0)
EFFECT_SHRINK = 50.0


def weekly_profile(history: pd.DataFrame, periods: int, shrink: float) -> pd.DataFrame:
    """Day-of-week demand multipliers (mean 1) per series: ``unique_id, _dow, _shape``."""
    recent = _tail(history, periods)
    recent = recent.assign(_dow=recent["ds"].dt.dayofweek)
    per = recent.pivot_table(
        index="unique_id", columns="_dow", values="y", aggfunc="sum", fill_value=0.0
    ).reindex(columns=range(7), fill_value=0.0)
    pooled = per.sum(axis=0)
    pooled_shape = pooled / pooled.sum() * 7 if pooled.sum() > 0 else pooled * 0 + 1.0
    totals = per.sum(axis=1)
    own = per.div(totals.where(totals > 0, 1.0), axis=0) * 7
    weight = (totals / (totals + shrink)).to_numpy()[:, None]
    shape = weight * own.to_numpy() + (1 - weight) * pooled_shape.to_numpy()[None, :]
    out = per.copy()
    out.loc[:, :] = shape
    long = out.stack().rename("_shape").reset_index()
    return long


def binary_flags(history: pd.DataFrame, future: pd.DataFrame | None) -> list[str]:
    """Exogenous columns usable as on/off drivers: numeric columns holding only 0 and 1.

    Event-name columns are not used: pooled into one flag, events as different as
    Christmas and the Super Bowl made the dev-set holdout worse.
    """
    if future is None:
        return []
    flags = []
    for col in history.columns:
        if col in ("unique_id", "ds", "y") or col not in future.columns:
            continue
        values = history[col].dropna()
        if values.empty:
            continue
        if _is_binary(values):
            flags.append(col)
    return flags


def _is_binary(values: pd.Series) -> bool:
    import pandas as pd

    if not pd.api.types.is_numeric_dtype(values):
        return False
    return bool(values.isin([0, 1]).all())


def _as_flag(values: pd.Series) -> pd.Series:
    import pandas as pd

    if pd.api.types.is_numeric_dtype(values):
        return (values.fillna(0) > 0).astype(float)
    return (values.fillna("").astype(str).str.strip() != "").astype(float)


def flag_uplifts(history: pd.DataFrame, flag: str, periods: int) -> pd.DataFrame:
    """Per series, demand on flagged periods relative to unflagged ones: ``unique_id, uplift``
    and ``share`` (the fraction of flagged periods the fitted level already averages over)."""
    recent = _tail(history, periods)
    on = _as_flag(recent[flag])
    recent = recent.assign(_on=on)
    means = recent.pivot_table(index="unique_id", columns="_on", values="y", aggfunc="mean")
    counts = recent.groupby("unique_id")["_on"].agg(["sum", "size"])
    if 1.0 not in means.columns or 0.0 not in means.columns:
        return counts.assign(uplift=1.0, share=0.0)[["uplift", "share"]].reset_index()
    pooled_on = recent.loc[recent["_on"] == 1, "y"].mean()
    pooled_off = recent.loc[recent["_on"] == 0, "y"].mean()
    pooled = pooled_on / pooled_off if pooled_off > 0 else 1.0
    raw = (means[1.0] / means[0.0].where(means[0.0] > 0)).fillna(pooled)
    demand = recent.groupby("unique_id")["y"].sum()
    weight = demand / (demand + EFFECT_SHRINK)
    uplift = (weight * raw + (1 - weight) * pooled).clip(*UPLIFT_BOUNDS)
    share = counts["sum"] / counts["size"]
    return uplift.rename("uplift").to_frame().join(share.rename("share")).reset_index().fillna(0.0)


def apply_flag_effects(
    fc: pd.DataFrame,
    history: pd.DataFrame,
    future: pd.DataFrame | None,
    columns: list[str],
    periods: int,
) -> pd.DataFrame:
    """Rescale forecasts on flagged horizon periods by the learnt uplift of each flag."""
    flags = binary_flags(history, future)
    if not flags or future is None:
        return fc
    fut = future.assign(unique_id=future["unique_id"].astype(str))
    fc = fc.merge(fut[["unique_id", "ds", *flags]], on=["unique_id", "ds"], how="left")
    for flag in flags:
        effect = flag_uplifts(history, flag, periods)
        fc = fc.merge(effect, on="unique_id", how="left")
        up = fc["uplift"].fillna(1.0)
        share = fc["share"].fillna(0.0)
        on = _as_flag(fc[flag])
        # The fitted level averages flagged and unflagged periods; undo that mix first.
        factor = (on * up + (1 - on)) / (share * up + (1 - share))
        for col in columns:
            fc[col] = fc[col] * factor
        fc = fc.drop(columns=["uplift", "share", flag])
    return fc


def _tail(df: pd.DataFrame, periods: int) -> pd.DataFrame:
    ranks = df.groupby("unique_id").cumcount(ascending=False)
    return df[ranks < periods]
