"""Solomon ``.txt`` VRPTW instances (name, ``VEHICLE`` and ``CUSTOMER`` parts), our reader."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from tradewinds.routing.instance import Instance, fail


def read_solomon(path: Path, lines: list[str]) -> Instance:
    """The Solomon instance in ``lines`` (the text of ``path``).

    Raises
    ------
    InvalidInput
        The file is malformed; the message names the file and line.
    """
    body = [(no, ln.strip()) for no, ln in enumerate(lines, 1) if ln.strip()]
    if len(body) < 6:
        raise fail(path, len(lines), "too short for a Solomon instance (name, VEHICLE, CUSTOMER)")
    name = body[0][1]
    labels = [ln.upper() for _, ln in body]
    if "VEHICLE" not in labels or "CUSTOMER" not in labels:
        raise fail(path, body[0][0], "expected a Solomon instance with VEHICLE and CUSTOMER parts")
    v = labels.index("VEHICLE")
    no, line = body[v + 2]
    vehicles, capacity = (int(x) for x in _numbers(path, no, line, 2, "vehicles capacity"))
    c = labels.index("CUSTOMER")
    records = body[c + 2 :]  # skip the column header line
    if not records:
        raise fail(path, body[c][0], "no customers listed")
    rows = [
        _numbers(path, no, line, 7, "number x y demand ready due service") for no, line in records
    ]
    for expected, ((no, _), row) in enumerate(zip(records, rows, strict=True)):
        if int(row[0]) != expected:
            raise fail(path, no, f"expected customer number {expected}, got {int(row[0])}")
        if row[5] < row[4]:
            raise fail(path, no, f"due date {row[5]} before ready time {row[4]}")
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


def _numbers(path: Path, no: int, line: str, count: int, what: str) -> list[float]:
    parts = line.split()
    if len(parts) != count:
        raise fail(path, no, f"expected {count} numbers ({what}), got {line.strip()!r}")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise fail(path, no, f"expected numbers ({what}), got {line.strip()!r}") from None
    if not all(math.isfinite(v) for v in values):
        raise fail(path, no, f"expected finite numbers ({what}), got {line.strip()!r}")
    return values
