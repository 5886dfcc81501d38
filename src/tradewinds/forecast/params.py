"""Knobs of a forecasting run, validated where they are made."""

from __future__ import annotations

from dataclasses import dataclass

from tradewinds.core.errors import InvalidInput

#: Candidate models a series can be given ("ensemble" averages ets, tsb, ma28 and ma56).
MODEL_NAMES = (
    "ets",
    "theta",
    "arima",
    "adida",
    "tsb",
    "croston",
    "imapa",
    "ma28",
    "ma56",
    "seasonal_naive",
    "ensemble",
)
DEFAULT_MODELS = ("ets", "adida", "tsb", "ma28", "ma56", "ensemble")
FREQUENCIES = {"D": 7, "W": 52}


@dataclass(frozen=True)
class ForecastParams:
    """How to forecast.

    Parameters
    ----------
    horizon
        Number of periods to forecast (days for ``freq="D"``, weeks for ``"W"``).
    freq
        ``"D"`` (daily) or ``"W"`` (weekly, weeks ending Sunday).
    models
        Candidates per series, picked by rolling-origin backtest (see ``MODEL_NAMES``).
    backtest_windows
        Rolling origins used to pick the model and calibrate the intervals.
    level
        Central prediction-interval coverage in percent (90 gives ``yhat_lo_90``...).
    max_history
        Periods of history a model is fitted on (older data only feeds the weekly profile
        and the scale of the metrics); bounds the cost per series.
    min_history
        Series with fewer observed periods are forecast from their category peers.
    """

    horizon: int = 28
    freq: str = "D"
    models: tuple[str, ...] = DEFAULT_MODELS
    backtest_windows: int = 2
    level: int = 90
    max_history: int = 364
    min_history: int = 14
    profile_periods: int = 182

    def __post_init__(self) -> None:
        if self.horizon < 1:
            raise InvalidInput(f"Expected horizon >= 1, got {self.horizon}.")
        if self.freq not in FREQUENCIES:
            raise InvalidInput(f"Expected freq 'D' or 'W', got {self.freq!r}.")
        unknown = [m for m in self.models if m not in MODEL_NAMES]
        if unknown or not self.models:
            raise InvalidInput(
                f"Unknown model(s) {unknown or '(none given)'}; expected some of "
                + ", ".join(MODEL_NAMES)
            )
        if not 1 <= self.backtest_windows <= 10:
            raise InvalidInput(
                f"Expected backtest_windows in [1, 10], got {self.backtest_windows}."
            )
        if not 50 <= self.level <= 99:
            raise InvalidInput(f"Expected level in [50, 99] percent, got {self.level}.")
        if self.max_history < 2 * self.season_length:
            raise InvalidInput(
                f"Expected max_history >= {2 * self.season_length}, got {self.max_history}."
            )
        if self.min_history < 1:
            raise InvalidInput(f"Expected min_history >= 1, got {self.min_history}.")

    @property
    def season_length(self) -> int:
        """Periods per seasonal cycle: 7 days a week, 52 weeks a year."""
        return FREQUENCIES[self.freq]

    @property
    def lo_column(self) -> str:
        return f"yhat_lo_{self.level}"

    @property
    def hi_column(self) -> str:
        return f"yhat_hi_{self.level}"
