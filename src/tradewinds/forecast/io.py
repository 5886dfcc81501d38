"""Reading history and writing forecasts as parquet or CSV files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tradewinds.core.errors import InvalidInput

if TYPE_CHECKING:
    import pandas as pd


def read_frame(path: Path) -> pd.DataFrame:
    """Read a ``.parquet`` or ``.csv`` file; errors name the file and what was expected."""
    import pandas as pd

    try:
        if path.suffix.lower() == ".csv":
            return pd.read_csv(path)
        return pd.read_parquet(path)
    except FileNotFoundError as exc:
        raise InvalidInput(f"{path}: no such file") from exc
    except (ValueError, OSError) as exc:
        raise InvalidInput(f"{path}: not a readable parquet/CSV file ({exc})") from exc


def write_forecasts(forecasts: pd.DataFrame, path: Path, *, level: int = 90) -> None:
    """Write ``unique_id, ds, yhat, yhat_lo_<level>, yhat_hi_<level>`` (+ ``model``)."""
    import numpy as np

    cols = ["unique_id", "ds", "yhat", f"yhat_lo_{level}", f"yhat_hi_{level}"]
    values = forecasts[cols[2:]].to_numpy(dtype=float)
    if not np.isfinite(values).all() or (values < 0).any():
        raise InvalidInput("refusing to write forecasts with NaN or negative values (a bug)")
    out = forecasts[[*cols, "model"]] if "model" in forecasts else forecasts[cols]
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".csv":
        out.to_csv(path, index=False)
    else:
        out.to_parquet(path, index=False)
