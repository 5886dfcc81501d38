"""The SKU chart: one SVG with history, forecast and band; its texts escaped and, for a
page in another language, given by the caller."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pandas as pd

from tradewinds.forecast import forecast_svg

SVG = "{http://www.w3.org/2000/svg}"


def _frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    history = pd.DataFrame({"ds": pd.date_range("2024-01-01", periods=10), "y": range(10)})
    forecast = pd.DataFrame(
        {"ds": pd.date_range("2024-01-11", periods=3), "yhat": [9.0, 9.5, 10.0],
         "yhat_lo_90": [7.0, 7.0, 7.5], "yhat_hi_90": [11.0, 12.0, 13.0]}
    )  # fmt: skip
    return history, forecast


def test_history_forecast_and_band_in_english_by_default() -> None:
    root = ET.fromstring(forecast_svg("TENT", *_frames()))
    assert root.get("role") == "img" and root.get("aria-label") == "Demand forecast for TENT"
    assert root.findtext(f"{SVG}title") == "Demand forecast for TENT"
    assert len(root.findall(f"{SVG}polyline")) == 2 and root.find(f"{SVG}polygon") is not None
    texts = [t.text for t in root.findall(f"{SVG}text")]
    assert "TENT: history (grey), forecast (blue), 90% interval (band)" in texts


def test_the_caller_titles_it_and_every_text_is_escaped() -> None:
    svg = forecast_svg('<b>"X"</b>', *_frames(), title="<b> 的需求预测", legend="图例 & <i>")
    root = ET.fromstring(svg)  # still well-formed
    assert root.get("aria-label") == "<b> 的需求预测"
    assert "图例 & <i>" in [t.text for t in root.findall(f"{SVG}text")]
    assert "<b>" not in svg and "<i>" not in svg
