"""Benchmark instance readers: conventions, and malformed files named by file and line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tradewinds.core.errors import InvalidInput
from tradewinds.routing import read_instance, to_problem
from tradewinds.routing.instances import distance_matrix

SOLOMON = """\
TINY5

VEHICLE
NUMBER     CAPACITY
   3         20

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      0          0          0          0        500          0
    1      3          4          5          0        100         10
    2      6          8          5         50        200         10
    3      1          1         10          0        300          5
"""

VRPLIB = """\
NAME : tiny-cvrp
TYPE : CVRP
DIMENSION : 4
EDGE_WEIGHT_TYPE : EUC_2D
CAPACITY : 10
NODE_COORD_SECTION
1 0 0
2 3 4
3 0 1
4 2 2
DEMAND_SECTION
1 0
2 4
3 6
4 5
DEPOT_SECTION
1
-1
EOF
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_solomon_is_scaled_by_ten_with_truncated_distances(tmp_path: Path) -> None:
    instance = read_instance(write(tmp_path, "tiny.txt", SOLOMON))
    problem, scale = to_problem(instance)
    assert scale == 10 and instance.vehicles == 3 and instance.capacity == 20
    assert [s.key for s in problem.stops] == ["1", "2", "3"]
    d = problem.distances[0]
    assert d[0, 1] == 50  # exactly 5.0
    assert d[0, 3] == 14  # sqrt(2) = 1.414... truncated to 1.4
    assert problem.stops[1].windows[0].early == 500 and problem.stops[1].service == 100
    assert problem.vehicle_types[0].count == 3


def test_vrplib_rounds_to_the_nearest_integer(tmp_path: Path) -> None:
    instance = read_instance(write(tmp_path, "tiny.vrp", VRPLIB))
    problem, scale = to_problem(instance)
    assert scale == 1 and not instance.has_time_windows
    d = problem.distances[0]
    assert d[0, 1] == 5 and d[0, 3] == 3  # sqrt(8) = 2.83 rounds to 3
    assert [s.demand for s in problem.stops] == [(4,), (6,), (5,)]
    assert problem.vehicle_types[0].count == 3  # unlimited fleet: one per customer


def test_vrplib_with_time_windows_uses_the_dimacs_convention(tmp_path: Path) -> None:
    text = VRPLIB.replace("TYPE : CVRP", "TYPE : VRPTW\nVEHICLES : 2").replace(
        "DEPOT_SECTION",
        "TIME_WINDOW_SECTION\n1 0 100\n2 10 20\n3 0 50\n4 30 40\n"
        "SERVICE_TIME_SECTION\n1 0\n2 1.5\n3 1\n4 1\nDEPOT_SECTION",
    )
    problem, scale = to_problem(read_instance(write(tmp_path, "tw.vrp", text)))
    assert scale == 10 and problem.vehicle_types[0].count == 2
    assert problem.stops[0].windows[0].early == 100 and problem.stops[0].service == 15
    assert problem.depots[0].window.late == 1000 and problem.distances[0][0, 3] == 28


def test_dimacs_truncation_is_exact_for_integer_coordinates() -> None:
    coords = np.array([[0.0, 0.0], [6.0, 8.0], [0.0, 7.0]])
    d = distance_matrix(coords, "dimacs")
    assert d[0, 1] == 100 and d[0, 2] == 70
    assert d[1, 2] == 60  # sqrt(37) = 6.08... truncated to 6.0
    assert distance_matrix(coords, "exact")[1, 2] == round(np.hypot(6, 1) * 1000)


@pytest.mark.parametrize(
    ("name", "text", "line", "message"),
    [
        ("bad.txt", SOLOMON.replace("   3         20", "   3         lots"), 5, "numbers"),
        ("bad.txt", SOLOMON.replace("    2      6 ", "    7      6 "), 12, "customer number 2"),
        ("bad.txt", SOLOMON.replace("50        200", "50         20"), 12, "before ready time"),
        ("bad.vrp", VRPLIB.replace("3 0 1", "3 0 x"), 9, "numbers"),
        ("bad.vrp", VRPLIB.replace("CAPACITY : 10", "CAPACITY : ten"), 5, "CAPACITY"),
        ("bad.vrp", VRPLIB.replace("EUC_2D", "GEO"), 4, "EDGE_WEIGHT_TYPE"),
        ("bad.vrp", VRPLIB.replace("4 2 2\n", "9 2 2\n"), 10, "outside 1..4"),
        ("bad.vrp", VRPLIB.replace("DEPOT_SECTION", "STRANGE_SECTION"), 16, "unsupported"),
    ],
)
def test_malformed_files_name_the_file_and_line(
    tmp_path: Path, name: str, text: str, line: int, message: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(InvalidInput, match=message) as caught:
        read_instance(path)
    assert caught.value.message.startswith(f"{path} line {line}:")
    assert caught.value.details == {"file": str(path), "line": line}


def test_missing_sections_and_files_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "nodemand.vrp", VRPLIB.split("DEMAND_SECTION")[0])
    with pytest.raises(InvalidInput, match="missing DEMAND_SECTION"):
        read_instance(path)
    with pytest.raises(InvalidInput, match="cannot read"):
        read_instance(tmp_path / "absent.vrp")
    with pytest.raises(InvalidInput, match="too short"):
        read_instance(write(tmp_path, "empty.txt", "X\n"))
