"""Travel distances and times between delivery points.

A :class:`MatrixProvider` turns points into a :class:`TravelMatrix` (metres, seconds of
free-flow travel) for a routing profile (``driving``, ``cycling``). The default,
:class:`HaversineProvider`, needs no network: great-circle distance times a road factor,
at a profile speed. :class:`~tradewinds.routing.osrm.OSRMProvider` asks an OSRM server.
A :class:`SpeedProfile` then stretches free-flow times by hour of day (rush hours).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from tradewinds.core.errors import InvalidInput

EARTH_RADIUS_M = 6_371_008.8
#: Stands in for "no road between these points" (kept far below PyVRP's overflow limit).
UNREACHABLE = 1 << 32


@dataclass(frozen=True)
class GeoPoint:
    latitude: float
    longitude: float

    @property
    def is_valid(self) -> bool:
        """Finite and on the globe (NaN, infinities and out-of-range values are not)."""
        lat, lon = self.latitude, self.longitude
        return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


@dataclass(frozen=True, eq=False)
class TravelMatrix:
    """Square integer matrices: ``distance_m[i, j]`` metres, ``duration_s[i, j]`` seconds."""

    distance_m: npt.NDArray[np.int64]
    duration_s: npt.NDArray[np.int64]


@runtime_checkable
class MatrixProvider(Protocol):
    """Computes travel matrices; ``profile`` is ``driving`` or ``cycling``."""

    @property
    def name(self) -> str: ...

    def matrix(self, points: Sequence[GeoPoint], profile: str) -> TravelMatrix: ...


def haversine_m(points: Sequence[GeoPoint]) -> npt.NDArray[np.float64]:
    """Great-circle distances in metres between all pairs of ``points``."""
    lat = np.radians([p.latitude for p in points])
    lon = np.radians([p.longitude for p in points])
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    result: npt.NDArray[np.float64] = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    return result


def _default_speeds() -> dict[str, float]:
    return {"driving": 36.0, "cycling": 16.0}


@dataclass(frozen=True)
class HaversineProvider:
    """Straight-line distance times ``road_factor``, at a free-flow speed per profile.

    Parameters
    ----------
    road_factor
        Road distance over straight-line distance (1.3 suits most cities).
    speeds_kmh
        Free-flow speed per profile, km/h.
    """

    road_factor: float = 1.3
    speeds_kmh: dict[str, float] = field(default_factory=_default_speeds)
    name: str = "haversine"

    def __post_init__(self) -> None:
        if not 1.0 <= self.road_factor <= 5.0:
            raise InvalidInput(f"expected road_factor in [1, 5], got {self.road_factor}")
        bad = {k: v for k, v in self.speeds_kmh.items() if not 0 < v <= 200}
        if bad:
            raise InvalidInput(f"expected speeds in (0, 200] km/h, got {bad}")

    def matrix(self, points: Sequence[GeoPoint], profile: str) -> TravelMatrix:
        """Road-factor distances and free-flow durations between ``points``."""
        if profile not in self.speeds_kmh:
            raise InvalidInput(
                f"unknown travel profile {profile!r} (expected {', '.join(self.speeds_kmh)})"
            )
        metres = haversine_m(points) * self.road_factor
        seconds = metres / (self.speeds_kmh[profile] / 3.6)
        return TravelMatrix(
            np.rint(metres).astype(np.int64), np.ceil(seconds - 1e-9).astype(np.int64)
        )


def _default_factors() -> tuple[float, ...]:
    #        0    1    2    3    4    5    6    7    8    9    10   11
    return (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.1,
        1.5,
        1.5,
        1.25,
        1.15,
        1.15,
        1.2,
        1.15,
        1.15,
        1.25,
        1.5,
        1.5,
        1.4,
        1.2,
        1.1,
        1.0,
        1.0,
        1.0,
    )


@dataclass(frozen=True)
class SpeedProfile:
    """Free-flow travel time multipliers by hour of day (local time), 24 values >= 1.

    ``profiles`` names the travel profiles it applies to (cargo bikes ignore traffic).
    """

    factors: tuple[float, ...] = field(default_factory=_default_factors)
    profiles: frozenset[str] = frozenset({"driving"})

    def __post_init__(self) -> None:
        if len(self.factors) != 24 or any(not 1.0 <= f <= 10.0 for f in self.factors):
            raise InvalidInput("expected 24 hourly speed factors, each in [1, 10]")

    def factor(self, profile: str, hour: int) -> float:
        return self.factors[hour % 24] if profile in self.profiles else 1.0

    def worst(self, profile: str, hours: Sequence[int]) -> float:
        """The largest multiplier over ``hours``: planning with it keeps every route
        feasible whatever the hour of each leg."""
        return max((self.factor(profile, h) for h in hours), default=1.0)


FREE_FLOW = SpeedProfile(factors=(1.0,) * 24)
