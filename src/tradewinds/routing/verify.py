"""Check a benchmark ``.sol`` file against its instance, read a second, independent way.

``tradewinds bench routing`` solves the instance as :func:`read_instance` read it and
checks the result with :func:`~tradewinds.routing.schedule.check_solution` on that same
problem. A field the reader dropped is invisible to that check: issue 21's reader ignored
``SERVICE_TIME : 90`` and the solver and the checker agreed on an easier problem. This
module shares nothing with that path: it reads the instance with the ``vrplib`` package
directly (``vrplib``'s own Solomon parser for ``.txt`` files), reads the written ``.sol``
back with ``vrplib``, and recomputes every leg, arrival, load and the cost with its own
arithmetic. A field it does not understand is an error, never skipped.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tradewinds.core.errors import InvalidInput

#: Keys of ``vrplib``'s dictionary this checker interprets; any other key is refused.
UNDERSTOOD = frozenset(
    {
        "name",
        "type",
        "comment",
        "dimension",
        "vehicles",
        "capacity",
        "service_time",
        "release_time",
        "vehicles_max_duration",
        "vehicles_max_distance",
        "edge_weight_type",
        "node_coord",
        "demand",
        "time_window",
        "depot",
    }
)
SCALE = {"round": 1, "dimacs": 10, "exact": 1000}


@dataclass(frozen=True)
class Verification:
    """The verdict on one solution file.

    ``cost`` is recomputed from the routes in the instance's unit (DIMACS: tenths as
    decimals); ``claimed_cost`` is what the file says.
    """

    feasible: bool
    violations: tuple[str, ...]
    cost: float
    claimed_cost: float | None
    routes: int
    convention: str
    checked: dict[str, Any] = field(default_factory=dict)  # what was read: for reports


def verify_solution_file(
    instance: str | Path, solution: str | Path, rounding: str = "auto"
) -> Verification:
    """Recompute ``solution``'s routes on ``instance`` and list every violation.

    Parameters
    ----------
    instance
        A VRPLIB ``.vrp`` or Solomon ``.txt`` file.
    solution
        A ``.sol`` file: ``Route #k: customers...`` lines (customer numbers are node
        positions, the depot is 0 and not listed) and ``Cost N``.
    rounding
        ``auto`` (time windows: ``dimacs``, else ``round``), ``round``, ``dimacs`` or
        ``exact``: how leg lengths are rounded; travel time equals distance.

    Raises
    ------
    InvalidInput
        A file cannot be read, or the instance has a field this checker does not
        interpret (checking without it could pass an infeasible solution).
    """
    import vrplib

    inst, sol = Path(instance), Path(solution)
    data = _read_instance(inst)
    try:
        found = vrplib.read_solution(str(sol))
    except (OSError, ValueError, IndexError) as exc:
        raise InvalidInput(f"{sol}: cannot read the solution ({exc})") from None
    windows = data.get("time_window")
    mode = ("dimacs" if windows is not None else "round") if rounding == "auto" else rounding
    if mode not in SCALE:
        raise InvalidInput(f"unknown rounding {rounding!r} (expected auto, round, dimacs or exact)")
    claimed = found.get("cost")
    check = _Check(data, mode)
    routes = [list(map(int, r)) for r in found.get("routes", []) if len(r)]
    check.customers(routes)
    total = sum(check.route(k, r) for k, r in enumerate(routes, 1))
    cost = total / SCALE[mode]
    if isinstance(claimed, int | float) and abs(claimed - cost) > 0.5 / SCALE[mode] + 1e-9:
        check.problems.append(f"the file claims cost {claimed:g}, its routes cost {cost:g}")
    return Verification(
        feasible=not check.problems,
        violations=tuple(check.problems),
        cost=cost,
        claimed_cost=float(claimed) if isinstance(claimed, int | float) else None,
        routes=len(routes),
        convention=mode,
        checked={"service_time": check.service_summary(), "vehicles": check.vehicles},
    )


def _read_instance(path: Path) -> dict[str, Any]:
    import vrplib

    try:
        head = path.read_text(encoding="utf-8", errors="replace").lstrip()[:200]
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the instance ({exc.strerror})") from None
    first = head.splitlines()[0] if head else ""
    solomon = path.suffix.lower() == ".txt" or (bool(first) and ":" not in first)
    try:
        data: dict[str, Any] = vrplib.read_instance(
            path, instance_format="solomon" if solomon else "vrplib", compute_edge_weights=False
        )
    except (OSError, ValueError, RuntimeError, IndexError) as exc:
        raise InvalidInput(f"{path}: the vrplib package cannot read it ({exc})") from None
    unknown = sorted(set(data) - UNDERSTOOD)
    if unknown:
        raise InvalidInput(
            f"{path}: the independent checker does not interpret "
            f"{', '.join(k.upper() for k in unknown)}; it will not call a solution feasible "
            "without it"
        )
    weights = str(data.get("edge_weight_type", "EUC_2D")).upper()
    if weights != "EUC_2D":
        raise InvalidInput(f"{path}: the independent checker reads EUC_2D only, not {weights}")
    for key in ("capacity", "vehicles_max_duration", "vehicles_max_distance"):
        values = np.atleast_1d(np.asarray(data.get(key, 0), dtype=float))
        if np.any(values != values[0]):
            raise InvalidInput(
                f"{path}: {key.upper()} differs between vehicles; the independent checker "
                "cannot tell which vehicle drives which route"
            )
    return data


class _Check:
    """Integer arithmetic in the convention's unit (DIMACS: tenths)."""

    def __init__(self, data: dict[str, Any], mode: str) -> None:
        self.mode, self.scale = mode, SCALE[mode]
        self.coords = np.asarray(data["node_coord"], dtype=float)
        n = len(self.coords)
        self.n = n
        self.demand = [int(d) for d in np.asarray(data.get("demand", np.zeros(n))).reshape(n)]
        depots = np.atleast_1d(np.asarray(data.get("depot", [0]), dtype=int))
        self.depot = int(depots[0])
        capacity = np.atleast_1d(np.asarray(data.get("capacity", [math.inf]), dtype=float))
        self.capacity = float(capacity[0])  # the same for every vehicle (checked)
        self.vehicles = int(data["vehicles"]) if "vehicles" in data else None
        self.service = self._per_node(data.get("service_time", 0))
        self.release = self._per_node(data.get("release_time", 0))
        tw = data.get("time_window")
        if tw is None:
            self.early = [0] * n
            self.late = [math.inf] * n
        else:
            tw = np.asarray(tw, dtype=float).reshape(n, 2)
            self.early = [round(a * self.scale) for a in tw[:, 0]]
            self.late = [round(b * self.scale) for b in tw[:, 1]]
        longest = data.get("vehicles_max_duration")
        self.longest = None if longest is None else round(float(np.ravel(longest)[0]) * self.scale)
        farthest = data.get("vehicles_max_distance")
        self.farthest = (
            None if farthest is None else round(float(np.ravel(farthest)[0]) * self.scale)
        )
        self.integral = bool(np.all(self.coords == np.round(self.coords)))
        self.problems: list[str] = []

    def _per_node(self, value: Any) -> list[int]:
        """A per-node value in the convention's unit; a scalar is every customer's."""
        if np.ndim(value) == 0:
            raw = [0.0 if i == self.depot else float(value) for i in range(self.n)]
        else:
            raw = [float(v) for v in np.asarray(value, dtype=float).reshape(self.n)]
        return [round(v * self.scale) for v in raw]

    def service_summary(self) -> str:
        customers = [s for i, s in enumerate(self.service) if i != self.depot]
        low, high = min(customers, default=0), max(customers, default=0)
        return (
            f"{low / self.scale:g}"
            if low == high
            else f"{low / self.scale:g}..{high / self.scale:g}"
        )

    def leg(self, a: int, b: int) -> int:
        dx, dy = self.coords[a] - self.coords[b]
        if self.integral:
            sq = round(float(dx)) ** 2 + round(float(dy)) ** 2
            if self.mode == "dimacs":
                return math.isqrt(100 * sq)  # floor(10 d), exactly
            if self.mode == "round":
                r = math.isqrt(sq)
                return r + 1 if sq > r * r + r else r  # floor(d + 1/2), exactly
        d = math.hypot(dx, dy)
        if self.mode == "dimacs":
            return math.floor(10 * d + 1e-9)
        if self.mode == "round":
            return math.floor(d + 0.5)
        return round(1000 * d)

    def customers(self, routes: list[list[int]]) -> None:
        seen: Counter[int] = Counter(c for r in routes for c in r)
        for node in sorted(seen):
            if not 0 <= node < self.n or node == self.depot:
                self.problems.append(f"node {node} is not a customer (1..{self.n - 1})")
            elif seen[node] > 1:
                self.problems.append(f"customer {node} is visited {seen[node]} times")
        missing = [c for c in range(self.n) if c != self.depot and c not in seen]
        if missing:
            self.problems.append(
                f"{len(missing)} customer(s) on no route: {', '.join(map(str, missing[:10]))}"
            )
        if self.vehicles is not None and len(routes) > self.vehicles:
            self.problems.append(f"{len(routes)} routes but only {self.vehicles} vehicles")

    def route(self, k: int, nodes: list[int]) -> int:
        """Drive route ``k`` leaving the depot when it opens, but not before every
        customer's goods are released; return its length."""
        if any(not 0 <= c < self.n or c == self.depot for c in nodes):
            return 0  # reported by customers()
        s = self.scale
        t = start = max([self.early[self.depot], *(self.release[c] for c in nodes)])
        here, length, load, waited, slack = self.depot, 0, 0, 0, math.inf
        for c in nodes:
            d = self.leg(here, c)
            length += d
            arrive = t + d
            if arrive > self.late[c]:
                self.problems.append(
                    f"route {k}: customer {c} reached at {arrive / s:g}, after its window "
                    f"closes at {self.late[c] / s:g} (service time {self.service[c] / s:g})"
                )
            begin = max(arrive, self.early[c])
            waited += begin - arrive
            slack = min(slack, waited + self.late[c] - begin)
            t = begin + self.service[c]
            load += self.demand[c]
            here = c
        d = self.leg(here, self.depot)
        length += d
        back = t + d
        if back > self.late[self.depot]:
            self.problems.append(
                f"route {k}: back at the depot at {back / s:g}, after it closes at "
                f"{self.late[self.depot] / s:g}"
            )
        if load > self.capacity:
            self.problems.append(f"route {k}: load {load} exceeds capacity {self.capacity:g}")
        if self.longest is not None:
            # Leaving later by up to the waiting time shortens the route (Savelsbergh).
            slack = min(slack, waited + self.late[self.depot] - back)
            shortest = back - start - max(0, min(waited, slack))
            if shortest > self.longest:
                self.problems.append(
                    f"route {k}: takes at least {shortest / s:g}, longer than {self.longest / s:g}"
                )
        if self.farthest is not None and length > self.farthest:
            self.problems.append(
                f"route {k}: drives {length / s:g}, farther than {self.farthest / s:g}"
            )
        return length
