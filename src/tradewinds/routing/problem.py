"""A vehicle routing problem in plain integers, independent of any solver library.

Times are seconds (or any integer unit) from a common origin, distances metres (or the
benchmark's scaled unit); demands are integer vectors, one entry per capacity dimension
(weight, volume, ...). Locations are indices into the travel matrices, so several stops
(or a stop and a depot) can share a location. A solver backend translates this into its
own model; the schedule checker in :mod:`tradewinds.routing.schedule` evaluates solutions
against it without trusting the solver.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from tradewinds.core.errors import InvalidInput

#: An "unbounded" time; small enough that sums of a few of them do not overflow int64.
HORIZON = 1 << 40

Matrix = npt.NDArray[np.int64]


@dataclass(frozen=True)
class TimeWindow:
    """Service may start at any time in ``[early, late]``; ``bonus`` rewards using it.

    A stop with several windows is served in exactly one of them; the solver prefers
    windows with a larger ``bonus`` (re-planning uses this to keep promised windows).
    """

    early: int = 0
    late: int = HORIZON
    bonus: int = 0

    def __post_init__(self) -> None:
        if self.late < self.early:
            raise InvalidInput(f"time window ends ({self.late}) before it starts ({self.early})")
        if self.bonus < 0:
            raise InvalidInput(f"expected a window bonus >= 0, got {self.bonus}")


OPEN = TimeWindow()


@dataclass(frozen=True)
class Stop:
    """One delivery: where, how much, how long, when.

    ``required`` stops must be served; optional ones cost ``prize`` when left out.
    ``release`` is when its goods are ready at the depot: the vehicle that carries it
    leaves no earlier (VRPLIB ``RELEASE_TIME``).
    """

    key: str
    location: int
    demand: tuple[int, ...]
    service: int = 0
    windows: tuple[TimeWindow, ...] = (OPEN,)
    required: bool = True
    prize: int = 0
    release: int = 0

    def __post_init__(self) -> None:
        if not self.windows:
            raise InvalidInput(f"stop {self.key}: expected at least one time window")
        if self.service < 0 or self.release < 0 or any(d < 0 for d in self.demand):
            raise InvalidInput(
                f"stop {self.key}: service time, release time and demand must be >= 0"
            )


@dataclass(frozen=True)
class Depot:
    key: str
    location: int
    window: TimeWindow = OPEN


@dataclass(frozen=True)
class VehicleType:
    """``count`` identical vehicles starting and ending at ``depots[depot]``.

    ``window`` is the shift (leave no earlier than ``early``, be back by ``late``);
    ``matrix`` selects the travel matrix (a routing profile: van, cargo bike...).
    Costs are per distance unit, per time unit and per used vehicle. ``max_duration``
    and ``max_distance`` bound each route, when given.
    """

    key: str
    depot: int
    capacity: tuple[int, ...]
    count: int = 1
    window: TimeWindow = OPEN
    max_duration: int | None = None
    max_distance: int | None = None
    fixed_cost: int = 0
    distance_cost: int = 1
    duration_cost: int = 0
    matrix: int = 0

    def __post_init__(self) -> None:
        if self.count < 1:
            raise InvalidInput(f"vehicle type {self.key}: expected count >= 1")
        if any(c < 0 for c in self.capacity):
            raise InvalidInput(f"vehicle type {self.key}: capacities must be >= 0")
        if min(self.fixed_cost, self.distance_cost, self.duration_cost) < 0:
            raise InvalidInput(f"vehicle type {self.key}: costs must be >= 0")


@dataclass(frozen=True, eq=False)
class RoutingProblem:
    """Depots, stops, vehicle types and one (distance, duration) matrix pair per profile."""

    depots: tuple[Depot, ...]
    stops: tuple[Stop, ...]
    vehicle_types: tuple[VehicleType, ...]
    distances: tuple[Matrix, ...]
    durations: tuple[Matrix, ...]
    name: str = ""
    dimensions: tuple[str, ...] = field(default=("load",))

    def __post_init__(self) -> None:
        if not self.depots:
            raise InvalidInput("a routing problem needs at least one depot")
        if not self.vehicle_types:
            raise InvalidInput("a routing problem needs at least one vehicle")
        if not self.distances or len(self.distances) != len(self.durations):
            raise InvalidInput("expected one duration matrix per distance matrix")
        size = self.distances[0].shape[0]
        for m in (*self.distances, *self.durations):
            if m.shape != (size, size) or m.dtype != np.int64:
                raise InvalidInput(f"expected {size}x{size} int64 travel matrices")
        dims = len(self.dimensions)
        for s in self.stops:
            if not 0 <= s.location < size or len(s.demand) != dims:
                raise InvalidInput(f"stop {s.key}: location or demand does not fit the problem")
        for d in self.depots:
            if not 0 <= d.location < size:
                raise InvalidInput(f"depot {d.key}: location outside the matrices")
        for v in self.vehicle_types:
            if not 0 <= v.depot < len(self.depots) or len(v.capacity) != dims:
                raise InvalidInput(f"vehicle type {v.key}: depot or capacity does not fit")
            if not 0 <= v.matrix < len(self.distances):
                raise InvalidInput(f"vehicle type {v.key}: no travel matrix {v.matrix}")

    @property
    def num_vehicles(self) -> int:
        return sum(v.count for v in self.vehicle_types)


@dataclass(frozen=True)
class SolvedRoute:
    """One vehicle's tour: indices into ``problem.stops`` in visiting order.

    ``windows`` optionally names, per stop, which of its time windows the solver chose
    (without it the schedule serves each stop in the earliest window it can make).
    """

    vehicle_type: int
    stops: tuple[int, ...]
    windows: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Solution:
    """What a solver returns; :func:`~tradewinds.routing.schedule.check_solution` judges it."""

    routes: tuple[SolvedRoute, ...]
    unassigned: tuple[int, ...]
    iterations: int = 0
    seconds: float = 0.0
    solver: str = ""
