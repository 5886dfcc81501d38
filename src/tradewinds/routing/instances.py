"""Benchmark instances: VRPLIB ``.vrp`` (CVRP, VRPTW) and Solomon ``.txt`` files.

Our own readers, so that a malformed file fails with the file name and line number.
Distances follow each benchmark's convention and become integers for the solver:

* ``round``: Euclidean distance rounded to the nearest integer (TSPLIB ``nint``; the
  CVRPLIB X set);
* ``dimacs``: truncated to one decimal (the DIMACS VRPTW convention for Solomon), kept as
  integer tenths: distances, times and service durations are all scaled by 10;
* ``exact``: rounded to thousandths, scaled by 1000.

VRPLIB instances with time windows use ``dimacs`` unless told otherwise, others
``round``. Customer numbers are 0-based node positions (the depot is 0), as in the
best-known ``.sol`` files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

import numpy as np

from tradewinds.core.errors import InvalidInput
from tradewinds.routing.problem import (
    HORIZON,
    Depot,
    Matrix,
    RoutingProblem,
    Stop,
    TimeWindow,
    VehicleType,
)

Rounding = Literal["auto", "round", "dimacs", "exact"]
SCALES = {"round": 1, "dimacs": 10, "exact": 1000}


@dataclass(frozen=True, eq=False)
class Instance:
    """A parsed benchmark instance, before rounding."""

    name: str
    path: Path
    coords: np.ndarray  # (n, 2) float
    demands: list[int]
    capacity: int
    depot: int
    vehicles: int | None
    windows: list[tuple[float, float]] | None
    service: list[float] | None

    @property
    def has_time_windows(self) -> bool:
        return self.windows is not None

    def default_rounding(self) -> str:
        return "dimacs" if self.has_time_windows else "round"


def _fail(path: Path, line: int, message: str) -> InvalidInput:
    where = f"{path} line {line}" if line else str(path)
    return InvalidInput(f"{where}: {message}", details={"file": str(path), "line": line})


def read_instance(path: str | Path) -> Instance:
    """Read a VRPLIB (``.vrp``) or Solomon (``.txt``) instance.

    Raises
    ------
    InvalidInput
        The file is missing or malformed; the message names the file and line.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the instance ({exc.strerror})") from None
    lines = text.splitlines()
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if ":" in first or path.suffix.lower() == ".vrp":
        return _read_vrplib(path, lines)
    return _read_solomon(path, lines)


def _numbers(path: Path, no: int, line: str, count: int, what: str) -> list[float]:
    parts = line.split()
    if len(parts) != count:
        raise _fail(path, no, f"expected {count} numbers ({what}), got {line.strip()!r}")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise _fail(path, no, f"expected numbers ({what}), got {line.strip()!r}") from None
    if not all(math.isfinite(v) for v in values):
        raise _fail(path, no, f"expected finite numbers ({what}), got {line.strip()!r}")
    return values


_SECTIONS = {
    "NODE_COORD_SECTION": (3, "node x y"),
    "DEMAND_SECTION": (2, "node demand"),
    "TIME_WINDOW_SECTION": (3, "node earliest latest"),
    "SERVICE_TIME_SECTION": (2, "node service time"),
}


def _read_vrplib(path: Path, lines: list[str]) -> Instance:
    spec: dict[str, tuple[int, str]] = {}
    rows: dict[str, dict[int, list[float]]] = {}
    depots: list[int] = []
    section: str | None = None
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        head = line.split(":")[0].split()[0].upper()
        if head == "EOF":
            break
        if head.endswith("_SECTION"):
            if head not in _SECTIONS and head != "DEPOT_SECTION":
                raise _fail(path, no, f"unsupported section {head}")
            section = head
            rows.setdefault(head, {})
            continue
        if ":" in line:
            key, _, value = line.partition(":")
            spec[key.strip().upper()] = (no, value.strip().strip('"'))
            section = None
            continue
        if section is None:
            raise _fail(path, no, f"expected 'KEY : value' or a section, got {line!r}")
        if section == "DEPOT_SECTION":
            node = _numbers(path, no, line, 1, "depot node")[0]
            if node != -1:
                depots.append(int(node))
            continue
        count, what = _SECTIONS[section]
        values = _numbers(path, no, line, count, what)
        node = int(values[0])
        if node in rows[section]:
            raise _fail(path, no, f"node {node} listed twice in {section}")
        rows[section][node] = [*values[1:], float(no)]

    dimension = _int_field(path, spec, "DIMENSION")
    capacity = _int_field(path, spec, "CAPACITY")
    weight_no, weight_type = spec.get("EDGE_WEIGHT_TYPE", (0, "EUC_2D"))
    if weight_type.upper() != "EUC_2D":
        raise _fail(
            path, weight_no, f"unsupported EDGE_WEIGHT_TYPE {weight_type} (expected EUC_2D)"
        )
    vehicles = _int_field(path, spec, "VEHICLES") if "VEHICLES" in spec else None

    def column(name: str, required: bool) -> list[list[float]] | None:
        found = rows.get(name)
        if found is None:
            if required:
                raise _fail(path, 0, f"missing {name}")
            return None
        for node, values in found.items():
            if not 1 <= node <= dimension:
                raise _fail(path, int(values[-1]), f"node {node} outside 1..{dimension}")
        missing = [n for n in range(1, dimension + 1) if n not in found]
        if missing:
            raise _fail(path, 0, f"{name} lacks node(s) {missing[:5]} (DIMENSION is {dimension})")
        return [found[n][:-1] for n in range(1, dimension + 1)]

    coords = column("NODE_COORD_SECTION", True)
    demand = column("DEMAND_SECTION", True)
    tws = column("TIME_WINDOW_SECTION", False)
    service = column("SERVICE_TIME_SECTION", False)
    assert coords is not None and demand is not None
    depot = (depots or [1])[0]
    if len(depots) > 1:
        raise _fail(path, 0, "several depots are not supported by the benchmark reader")
    if not 1 <= depot <= dimension:
        raise _fail(path, 0, f"depot {depot} outside 1..{dimension}")
    return Instance(
        name=spec.get("NAME", (0, path.stem))[1] or path.stem,
        path=path,
        coords=np.array(coords, dtype=float),
        demands=[int(d[0]) for d in demand],
        capacity=capacity,
        depot=depot - 1,
        vehicles=vehicles,
        windows=[(w[0], w[1]) for w in tws] if tws is not None else None,
        service=[s[0] for s in service] if service is not None else None,
    )


def _int_field(path: Path, spec: dict[str, tuple[int, str]], key: str) -> int:
    if key not in spec:
        raise _fail(path, 0, f"missing {key}")
    no, value = spec[key]
    try:
        number = int(value)
    except ValueError:
        raise _fail(path, no, f"{key} {value!r} is not a whole number") from None
    if number < 1:
        raise _fail(path, no, f"{key} must be at least 1, got {number}")
    return number


def _read_solomon(path: Path, lines: list[str]) -> Instance:
    body = [(no, ln.strip()) for no, ln in enumerate(lines, 1) if ln.strip()]
    if len(body) < 6:
        raise _fail(path, len(lines), "too short for a Solomon instance (name, VEHICLE, CUSTOMER)")
    name = body[0][1]
    labels = [ln.upper() for _, ln in body]
    if "VEHICLE" not in labels or "CUSTOMER" not in labels:
        raise _fail(path, body[0][0], "expected a Solomon instance with VEHICLE and CUSTOMER parts")
    v = labels.index("VEHICLE")
    no, line = body[v + 2]
    vehicles, capacity = (int(x) for x in _numbers(path, no, line, 2, "vehicles capacity"))
    c = labels.index("CUSTOMER")
    records = body[c + 2 :]  # skip the column header line
    if not records:
        raise _fail(path, body[c][0], "no customers listed")
    rows = [
        _numbers(path, no, line, 7, "number x y demand ready due service") for no, line in records
    ]
    for expected, ((no, _), row) in enumerate(zip(records, rows, strict=True)):
        if int(row[0]) != expected:
            raise _fail(path, no, f"expected customer number {expected}, got {int(row[0])}")
        if row[5] < row[4]:
            raise _fail(path, no, f"due date {row[5]} before ready time {row[4]}")
    return Instance(
        name=name,
        path=path,
        coords=np.array([r[1:3] for r in rows], dtype=float),
        demands=[int(r[3]) for r in rows],
        capacity=capacity,
        depot=0,
        vehicles=vehicles,
        windows=[(r[4], r[5]) for r in rows],
        service=[r[6] for r in rows],
    )


def distance_matrix(coords: np.ndarray, rounding: str) -> Matrix:
    """Integer Euclidean distances under a benchmark convention (see the module doc)."""
    diff = coords[:, None, :] - coords[None, :, :]
    if rounding == "dimacs" and np.all(coords == np.round(coords)):
        # Integer coordinates: floor(10 * d) == isqrt(100 * d^2) exactly, no float error.
        sq = (np.round(diff).astype(np.int64) ** 2).sum(axis=-1) * 100
        result: Matrix = np.vectorize(math.isqrt, otypes=[np.int64])(sq)
        return result
    exact = np.sqrt((diff**2).sum(axis=-1))
    if rounding == "round":
        return cast(Matrix, np.floor(exact + 0.5).astype(np.int64))
    if rounding == "dimacs":
        return cast(Matrix, np.floor(exact * 10 + 1e-9).astype(np.int64))
    if rounding == "exact":
        return cast(Matrix, np.round(exact * 1000).astype(np.int64))
    raise InvalidInput(f"unknown rounding {rounding!r} (expected round, dimacs or exact)")


def to_problem(instance: Instance, rounding: Rounding = "auto") -> tuple[RoutingProblem, int]:
    """The instance as a :class:`RoutingProblem`, and the factor costs are scaled by.

    Every customer is a required stop keyed by its customer number; the fleet is the
    instance's ``VEHICLES`` (or one vehicle per customer when unlimited).
    """
    mode = instance.default_rounding() if rounding == "auto" else rounding
    scale = SCALES.get(mode)
    if scale is None:
        raise InvalidInput(f"unknown rounding {rounding!r} (expected auto, round, dimacs or exact)")
    n = len(instance.demands)
    dist = distance_matrix(instance.coords, mode)

    def window(i: int) -> TimeWindow:
        if instance.windows is None:
            return TimeWindow(0, HORIZON)
        early, late = instance.windows[i]
        return TimeWindow(round(early * scale), round(late * scale))

    service = instance.service or [0.0] * n
    stops = tuple(
        Stop(
            key=str(i),
            location=i,
            demand=(instance.demands[i],),
            service=round(service[i] * scale),
            windows=(window(i),),
        )
        for i in range(n)
        if i != instance.depot
    )
    fleet = instance.vehicles or max(1, n - 1)
    depot_window = window(instance.depot)
    problem = RoutingProblem(
        depots=(Depot("depot", instance.depot, depot_window),),
        stops=stops,
        vehicle_types=(
            VehicleType("vehicle", 0, (instance.capacity,), count=fleet, window=depot_window),
        ),
        distances=(dist,),
        durations=(dist,),
        name=instance.name,
        dimensions=("load",),
    )
    return problem, scale
