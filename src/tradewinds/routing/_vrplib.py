"""Read a VRPLIB ``.vrp`` instance through the ``vrplib`` package (PyVRP's own reader).

``vrplib`` accepts any ``KEY : value`` line and any ``*_SECTION``, drops the node numbers
of section rows and never says on which line something went wrong. So every line is
first checked here against the fields we understand, with the file and line in each
message; only then is the file parsed by ``vrplib`` and its dictionary converted.

Fields that the format allows as a scalar or as a section are read in both forms, as
PyVRP's reader broadcasts them: per node, ``SERVICE_TIME`` and ``RELEASE_TIME`` (a scalar
applies to every customer, not the depot) or their ``_SECTION``; per vehicle,
``CAPACITY``, ``VEHICLES_MAX_DURATION`` and ``VEHICLES_MAX_DISTANCE`` or their
``_SECTION`` (the benchmark fleet is homogeneous, so a section must give every vehicle
the same value). Anything else (``VEHICLES_FIXED_COST``, ``PRIZE_SECTION``, the
Christofides ``DISTANCE``...) is an error naming the field and the line, never silently
ignored: an ignored field is how issue 21's reader solved an easier problem than the
instance's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tradewinds.routing.instance import Instance, fail

#: Specifications (``KEY : value``) we understand.
FIELDS = (
    "NAME",
    "COMMENT",
    "TYPE",
    "DIMENSION",
    "VEHICLES",
    "CAPACITY",
    "SERVICE_TIME",
    "RELEASE_TIME",
    "VEHICLES_MAX_DURATION",
    "VEHICLES_MAX_DISTANCE",
    "EDGE_WEIGHT_TYPE",
)
#: Sections with one row per node: values after the node number.
NODE_SECTIONS = {
    "NODE_COORD": 2,
    "DEMAND": 1,
    "TIME_WINDOW": 2,
    "SERVICE_TIME": 1,
    "RELEASE_TIME": 1,
}
#: Sections with one row per vehicle (homogeneous fleets only).
VEHICLE_SECTIONS = {"CAPACITY": 1, "VEHICLES_MAX_DURATION": 1, "VEHICLES_MAX_DISTANCE": 1}
#: Fields that may also be given as one value for all, and whether it must be whole.
SCALAR_FIELDS = {
    "CAPACITY": True,
    "SERVICE_TIME": False,
    "RELEASE_TIME": False,
    "VEHICLES_MAX_DURATION": False,
    "VEHICLES_MAX_DISTANCE": False,
}
TYPES = ("CVRP", "VRPTW", "CVRPTW")
EDGE_WEIGHT_TYPES = ("EUC_2D",)


@dataclass
class _Scan:
    """What the line check found: where each field and section is, and their rows."""

    fields: dict[str, tuple[int, str]] = field(default_factory=dict)
    sections: dict[str, int] = field(default_factory=dict)  # name -> header line
    rows: dict[str, list[tuple[int, list[float]]]] = field(default_factory=dict)


def read_vrplib(path: Path, lines: list[str]) -> Instance:
    """Check every line of ``path`` (its text is ``lines``), then read it with ``vrplib``.

    Raises
    ------
    InvalidInput
        A field or section we do not support, a malformed line, or values that do not
        fit the instance; the message names the file, the line and the field.
    """
    scan = _scan(path, lines)
    dimension = _whole(path, scan, "DIMENSION")
    vehicles = _whole(path, scan, "VEHICLES") if "VEHICLES" in scan.fields else None
    _check_header(path, scan)
    _check_rows(path, scan, dimension, vehicles)

    import vrplib

    try:
        raw = vrplib.read_instance(path, compute_edge_weights=False)
    except (ValueError, RuntimeError, IndexError, OSError) as exc:
        raise fail(path, 0, f"the vrplib package could not read it ({exc})") from None
    return _convert(path, scan, raw, dimension, vehicles)


def _scan(path: Path, lines: list[str]) -> _Scan:
    scan = _Scan()
    section: str | None = None
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):  # vrplib skips '#' comment lines too
            continue
        if line == "EOF":
            break
        head = line.split()[0].rstrip(":").upper()
        if head.endswith("_SECTION"):
            name = head.removesuffix("_SECTION")
            if name not in NODE_SECTIONS and name not in VEHICLE_SECTIONS and name != "DEPOT":
                known = [*NODE_SECTIONS, *VEHICLE_SECTIONS, "DEPOT"]
                raise fail(
                    path,
                    no,
                    f"unsupported section {head} (supported: "
                    f"{', '.join(k + '_SECTION' for k in known)})",
                )
            if line.rstrip(": ").upper() != head:
                raise fail(path, no, f"expected nothing after {head}, got {line!r}")
            if name in scan.sections:
                raise fail(path, no, f"{head} given twice (first on line {scan.sections[name]})")
            scan.sections[name] = no
            scan.rows[name] = []
            section = name
            continue
        if ":" in line:
            key, _, value = line.partition(":")
            key = key.strip().upper()
            if section is not None:
                raise fail(path, no, f"field {key} after a section (fields come first)")
            if key not in FIELDS:
                raise fail(path, no, f"unsupported field {key} (supported: {', '.join(FIELDS)})")
            if key in scan.fields:
                raise fail(
                    path, no, f"field {key} given twice (first on line {scan.fields[key][0]})"
                )
            if "_SECTION" in line or "EOF" in line:  # vrplib would take it for one
                raise fail(path, no, f"{key}: a value containing _SECTION or EOF is not readable")
            scan.fields[key] = (no, value.strip().strip('"'))
            continue
        if section is None:
            raise fail(path, no, f"expected 'FIELD : value' or a section, got {line!r}")
        scan.rows[section].append((no, _numbers(path, no, line, section)))
    return scan


def _numbers(path: Path, no: int, line: str, section: str) -> list[float]:
    try:
        values = [float(p) for p in line.split()]
    except ValueError:
        raise fail(path, no, f"{section}_SECTION: expected numbers, got {line.strip()!r}") from None
    if not all(math.isfinite(v) for v in values):
        raise fail(path, no, f"{section}_SECTION: expected finite numbers, got {line.strip()!r}")
    return values


def _whole(path: Path, scan: _Scan, key: str) -> int:
    if key not in scan.fields:
        raise fail(path, 0, f"missing {key}")
    no, value = scan.fields[key]
    try:
        number = int(value)
    except ValueError:
        raise fail(path, no, f"{key} {value!r} is not a whole number") from None
    if number < 1:
        raise fail(path, no, f"{key} must be at least 1, got {number}")
    return number


def _check_header(path: Path, scan: _Scan) -> None:
    for key, allowed in (("TYPE", TYPES), ("EDGE_WEIGHT_TYPE", EDGE_WEIGHT_TYPES)):
        if key in scan.fields:
            no, value = scan.fields[key]
            if value.upper() not in allowed:
                raise fail(
                    path, no, f"{key} {value} is not supported (expected {' or '.join(allowed)})"
                )
    for name in (*NODE_SECTIONS, *VEHICLE_SECTIONS):
        if name in scan.fields and name in scan.sections:
            raise fail(
                path,
                scan.sections[name],
                f"{name} is given both as a field (line {scan.fields[name][0]}) and as "
                f"{name}_SECTION; keep one",
            )
    for key, whole in SCALAR_FIELDS.items():
        if key in scan.fields:
            no, text = scan.fields[key]
            try:
                number = float(text)
            except ValueError:
                number = math.nan
            if not math.isfinite(number) or number < whole or (whole and number != int(number)):
                expected = "a whole number >= 1" if whole else "a number >= 0"
                raise fail(path, no, f"{key} {text!r} is not {expected}")
    if "CAPACITY" not in scan.fields and "CAPACITY" not in scan.sections:
        raise fail(path, 0, "missing CAPACITY (a field, or CAPACITY_SECTION per vehicle)")
    for name in ("NODE_COORD", "DEMAND"):
        if name not in scan.sections:
            raise fail(path, 0, f"missing {name}_SECTION")
    for name in VEHICLE_SECTIONS:
        if name in scan.sections and "VEHICLES" not in scan.fields:
            raise fail(path, scan.sections[name], f"{name}_SECTION needs a VEHICLES field")


def _check_rows(path: Path, scan: _Scan, dimension: int, vehicles: int | None) -> None:
    """vrplib drops the node numbers, so rows must be numbered 1, 2, ... in order."""
    for name, rows in scan.rows.items():
        header = scan.sections[name]
        if name == "DEPOT":
            depots = [int(v[0]) for _, v in rows if v[0] != -1]
            for no, values in rows:
                if len(values) != 1 or values[0] != int(values[0]):
                    raise fail(path, no, "DEPOT_SECTION: expected one node number per line")
                if values[0] != -1 and not 1 <= values[0] <= dimension:
                    raise fail(
                        path, no, f"DEPOT_SECTION: node {int(values[0])} outside 1..{dimension}"
                    )
            if len(depots) > 1:
                raise fail(path, header, "several depots are not supported by the benchmark reader")
            continue
        per_node = name in NODE_SECTIONS
        width = NODE_SECTIONS[name] if per_node else VEHICLE_SECTIONS[name]
        count = dimension if per_node else (vehicles or 0)
        what = "node" if per_node else "vehicle"
        for expected, (no, values) in enumerate(rows, 1):
            if len(values) != 1 + width:
                raise fail(
                    path,
                    no,
                    f"{name}_SECTION: expected {1 + width} numbers ({what} and {width} "
                    f"value{'s' if width > 1 else ''}), got {len(values)}",
                )
            if values[0] != expected:
                listed = f"{values[0]:g}"
                if not 1 <= values[0] <= count:
                    raise fail(path, no, f"{name}_SECTION: {what} {listed} outside 1..{count}")
                raise fail(
                    path,
                    no,
                    f"{name}_SECTION: {what} {listed} where {what} {expected} was expected "
                    f"(list {what}s 1..{count} in order)",
                )
            if expected > count:
                raise fail(path, no, f"{name}_SECTION: {what} {expected} outside 1..{count}")
        if len(rows) != count:
            raise fail(path, header, f"{name}_SECTION lists {len(rows)} {what}s, expected {count}")
        _check_values(path, name, rows)


def _check_values(path: Path, name: str, rows: list[tuple[int, list[float]]]) -> None:
    for no, values in rows:
        if name == "DEMAND" and (values[1] < 0 or values[1] != int(values[1])):
            raise fail(path, no, f"DEMAND_SECTION: demand {values[1]:g} is not a whole number >= 0")
        if name == "TIME_WINDOW" and values[2] < values[1]:
            raise fail(
                path, no, f"TIME_WINDOW_SECTION: closes at {values[2]:g} before {values[1]:g}"
            )
        if name in SCALAR_FIELDS and name != "CAPACITY" and values[1] < 0:
            raise fail(path, no, f"{name}_SECTION: expected a value >= 0, got {values[1]:g}")
        if name == "CAPACITY" and (values[1] < 1 or values[1] != int(values[1])):
            raise fail(
                path, no, f"CAPACITY_SECTION: capacity {values[1]:g} is not a whole number >= 1"
            )


def _uniform(path: Path, scan: _Scan, name: str, raw: Any) -> float | None:
    """A per-vehicle value given as a field or a section; the section must be uniform."""
    if raw is None:
        return None
    values = np.atleast_1d(np.asarray(raw, dtype=float))
    if name in scan.sections and np.any(values != values[0]):
        rows = scan.rows[name]
        k = int(np.argmax(values != values[0]))
        raise fail(
            path,
            rows[k][0],
            f"{name}_SECTION: vehicle {k + 1} has {values[k]:g} but vehicle 1 has "
            f"{values[0]:g}; heterogeneous fleets are not supported by the benchmark reader",
        )
    return float(values[0])


def _per_node(scan: _Scan, name: str, raw: Any, dimension: int, depot: int) -> list[float] | None:
    """A per-node value given as a field or a section, one entry per node.

    A scalar applies to every customer and not to the depot, as PyVRP reads it.
    """
    if raw is None:
        return None
    if name in scan.sections:
        return [float(v) for v in np.asarray(raw, dtype=float).reshape(dimension)]
    return [0.0 if node == depot else float(raw) for node in range(dimension)]


def _convert(
    path: Path, scan: _Scan, raw: dict[str, Any], dimension: int, vehicles: int | None
) -> Instance:
    """``vrplib``'s dictionary as an :class:`Instance` (shapes were checked line by line)."""
    coords = np.asarray(raw["node_coord"], dtype=float).reshape(dimension, 2)
    demands = [int(d) for d in np.asarray(raw["demand"]).reshape(dimension)]
    windows = None
    if "time_window" in raw:
        tw = np.asarray(raw["time_window"], dtype=float).reshape(dimension, 2)
        windows = [(float(a), float(b)) for a, b in tw]
    depots = np.atleast_1d(np.asarray(raw.get("depot", [0]), dtype=int))
    depot = int(depots[0]) if depots.size else 0
    capacity = _uniform(path, scan, "CAPACITY", raw.get("capacity"))
    assert capacity is not None  # required by _check_header
    name = str(raw.get("name", "") or path.stem)
    return Instance(
        name=name,
        path=path,
        coords=coords,
        demands=demands,
        capacity=int(capacity),
        depot=depot,
        vehicles=vehicles,
        windows=windows,
        service=_per_node(scan, "SERVICE_TIME", raw.get("service_time"), dimension, depot),
        max_duration=_uniform(
            path, scan, "VEHICLES_MAX_DURATION", raw.get("vehicles_max_duration")
        ),
        release=_per_node(scan, "RELEASE_TIME", raw.get("release_time"), dimension, depot),
        max_distance=_uniform(
            path, scan, "VEHICLES_MAX_DISTANCE", raw.get("vehicles_max_distance")
        ),
    )
