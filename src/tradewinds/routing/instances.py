"""Benchmark instances: VRPLIB ``.vrp`` (CVRP, VRPTW) and Solomon ``.txt`` files.

VRPLIB files are read through the ``vrplib`` package after a line-by-line check
(:mod:`tradewinds.routing._vrplib`: unsupported fields are errors naming the field and
line); Solomon files by our own reader (:mod:`tradewinds.routing._solomon`). A malformed
file fails with the file name and line number. Distances follow each benchmark's
convention and become integers for the solver:

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
from pathlib import Path
from typing import Literal, cast

import numpy as np

from tradewinds.core.errors import InvalidInput
from tradewinds.routing.instance import Instance
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


def read_instance(path: str | Path) -> Instance:
    """Read a VRPLIB (``.vrp``) or Solomon (``.txt``) instance.

    Raises
    ------
    InvalidInput
        The file is missing or malformed, or uses a field we do not support; the message
        names the file and line.
    """
    from tradewinds.routing._solomon import read_solomon
    from tradewinds.routing._vrplib import read_vrplib

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the instance ({exc.strerror})") from None
    lines = text.splitlines()
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if ":" in first or path.suffix.lower() == ".vrp":
        return read_vrplib(path, lines)
    return read_solomon(path, lines)


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

    Every customer is a required stop keyed by its customer number, with its service
    and release time; the fleet is the instance's ``VEHICLES`` (or one vehicle per
    customer when unlimited), each route at most ``VEHICLES_MAX_DURATION`` long and
    ``VEHICLES_MAX_DISTANCE`` far when they are given.
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
    release = instance.release or [0.0] * n
    stops = tuple(
        Stop(
            key=str(i),
            location=i,
            demand=(instance.demands[i],),
            service=round(service[i] * scale),
            windows=(window(i),),
            release=round(release[i] * scale),
        )
        for i in range(n)
        if i != instance.depot
    )
    fleet = instance.vehicles or max(1, n - 1)
    depot_window = window(instance.depot)
    longest = None if instance.max_duration is None else round(instance.max_duration * scale)
    farthest = None if instance.max_distance is None else round(instance.max_distance * scale)
    problem = RoutingProblem(
        depots=(Depot("depot", instance.depot, depot_window),),
        stops=stops,
        vehicle_types=(
            VehicleType(
                "vehicle",
                0,
                (instance.capacity,),
                count=fleet,
                window=depot_window,
                max_duration=longest,
                max_distance=farthest,
            ),
        ),
        distances=(dist,),
        durations=(dist,),
        name=instance.name,
        dimensions=("load",),
    )
    return problem, scale
