"""Travel matrices from an OSRM server (``/table/v1/{profile}/...``).

Large point sets are requested in blocks of ``max_table_size`` sources by
``max_table_size`` destinations (OSRM's ``--max-table-size`` defaults to 100). Pairs OSRM
cannot route (``null``) become :data:`~tradewinds.routing.travel.UNREACHABLE`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tradewinds.core.errors import ConfigError, InvalidInput
from tradewinds.routing.travel import UNREACHABLE, GeoPoint, TravelMatrix


@dataclass(frozen=True)
class OSRMProvider:
    """:class:`~tradewinds.routing.travel.MatrixProvider` for an OSRM HTTP server.

    Parameters
    ----------
    base_url
        e.g. ``http://127.0.0.1:5000``.
    profiles
        Our profile name -> OSRM profile in the URL (``driving``, ``cycling``...).
    """

    base_url: str
    timeout_s: float = 30.0
    max_table_size: int = 100
    profiles: tuple[tuple[str, str], ...] = (("driving", "driving"), ("cycling", "cycling"))
    name: str = "osrm"

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"OSRM url must start with http:// or https://, got {self.base_url!r}"
            )
        if self.max_table_size < 2:
            raise ConfigError("OSRM max_table_size must be at least 2")

    def matrix(self, points: Sequence[GeoPoint], profile: str) -> TravelMatrix:
        """Distances and durations between ``points`` from OSRM's table service."""
        import httpx

        osrm_profile = dict(self.profiles).get(profile)
        if osrm_profile is None:
            raise InvalidInput(f"no OSRM profile configured for {profile!r}")
        n = len(points)
        distance = np.full((n, n), UNREACHABLE, dtype=np.int64)
        duration = np.full((n, n), UNREACHABLE, dtype=np.int64)
        block = max(1, self.max_table_size // 2)
        with httpx.Client(base_url=self.base_url.rstrip("/"), timeout=self.timeout_s) as client:
            for src in range(0, n, block):
                for dst in range(0, n, block):
                    sources = list(range(src, min(n, src + block)))
                    targets = list(range(dst, min(n, dst + block)))
                    body = self._table(client, osrm_profile, points, sources, targets)
                    distance[np.ix_(sources, targets)] = _cells(
                        body, "distances", len(sources), len(targets)
                    )
                    duration[np.ix_(sources, targets)] = _cells(
                        body, "durations", len(sources), len(targets)
                    )
        np.fill_diagonal(distance, 0)
        np.fill_diagonal(duration, 0)
        return TravelMatrix(distance, duration)

    def _table(
        self,
        client: Any,
        profile: str,
        points: Sequence[GeoPoint],
        sources: list[int],
        targets: list[int],
    ) -> dict[str, Any]:
        import httpx

        chosen = [points[i] for i in sources + targets]
        coords = ";".join(f"{p.longitude:.6f},{p.latitude:.6f}" for p in chosen)
        params = {
            "sources": ";".join(str(i) for i in range(len(sources))),
            "destinations": ";".join(str(len(sources) + i) for i in range(len(targets))),
            "annotations": "duration,distance",
        }
        url = f"/table/v1/{profile}/{coords}"
        try:
            response = client.get(url, params=params)
        except httpx.HTTPError as exc:
            raise ConfigError(f"OSRM at {self.base_url} did not answer: {exc}") from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code != 200 or body.get("code") != "Ok":
            message = body.get("message") or response.text[:200]
            raise ConfigError(
                f"OSRM at {self.base_url} refused the table request "
                f"(HTTP {response.status_code}, {body.get('code')}): {message}"
            )
        if not isinstance(body, dict):
            raise ConfigError(f"OSRM at {self.base_url} sent an unexpected answer")
        return body


def _cells(body: dict[str, Any], key: str, height: int, width: int) -> np.ndarray:
    rows = body.get(key)
    if (
        not isinstance(rows, list)
        or len(rows) != height
        or any(not isinstance(r, list) or len(r) != width for r in rows)
    ):
        raise ConfigError(f"OSRM answer lacks a well-formed {key!r} table")

    def cell(value: Any) -> int:
        if value is None or not isinstance(value, int | float) or not math.isfinite(value):
            return UNREACHABLE
        return min(UNREACHABLE, max(0, math.ceil(value)))

    return np.array([[cell(v) for v in row] for row in rows], dtype=np.int64)
