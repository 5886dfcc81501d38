"""Benchmark instance readers: conventions, and malformed files named by file and line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.routing._data import routing_data
from tradewinds.core.errors import InvalidInput
from tradewinds.routing import read_instance, to_problem
from tradewinds.routing.instances import distance_matrix

DATA_1000 = routing_data() / "vrptw_homberger_1000"

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


# ---------------------------------------------------------------- VRPLIB fields, both forms

TW_HEAD = """\
NAME : tw-tiny
TYPE : VRPTW
DIMENSION : 4
VEHICLES : 2
CAPACITY : 10
{fields}EDGE_WEIGHT_TYPE : EUC_2D
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
TIME_WINDOW_SECTION
1 0 100
2 0 50
3 0 60
4 10 90
{sections}DEPOT_SECTION
1
-1
EOF
"""


def tw_text(fields: str = "", sections: str = "") -> str:
    return TW_HEAD.format(fields=fields, sections=sections)


def test_scalar_service_time_applies_to_every_customer_but_not_the_depot(tmp_path: Path) -> None:
    instance = read_instance(write(tmp_path, "s.vrp", tw_text(fields="SERVICE_TIME : 9\n")))
    assert instance.service == [0.0, 9.0, 9.0, 9.0]
    problem = to_problem(instance)[0]
    assert [s.service for s in problem.stops] == [90, 90, 90]  # DIMACS tenths


def test_service_time_as_a_section_and_as_a_scalar_give_the_same_problem(tmp_path: Path) -> None:
    section = "SERVICE_TIME_SECTION\n1 0\n2 9\n3 9\n4 9\n"
    a = to_problem(read_instance(write(tmp_path, "a.vrp", tw_text(sections=section))))[0]
    b = to_problem(read_instance(write(tmp_path, "b.vrp", tw_text(fields="SERVICE_TIME : 9\n"))))[0]
    assert a.stops == b.stops and a.vehicle_types == b.vehicle_types


def test_per_vehicle_fields_as_scalar_or_uniform_section(tmp_path: Path) -> None:
    scalar = tw_text(fields="VEHICLES_MAX_DURATION : 70\n")
    a = to_problem(read_instance(write(tmp_path, "a.vrp", scalar)))[0]
    sections = "CAPACITY_SECTION\n1 10\n2 10\nVEHICLES_MAX_DURATION_SECTION\n1 70\n2 70\n"
    text = tw_text(sections=sections).replace("CAPACITY : 10\n", "")
    b = to_problem(read_instance(write(tmp_path, "b.vrp", text)))[0]
    assert a.vehicle_types == b.vehicle_types
    assert a.vehicle_types[0].max_duration == 700 and a.vehicle_types[0].capacity == (10,)


def test_release_time_as_a_scalar_or_a_section(tmp_path: Path) -> None:
    scalar = read_instance(write(tmp_path, "a.vrp", tw_text(fields="RELEASE_TIME : 4\n")))
    assert scalar.release == [0.0, 4.0, 4.0, 4.0]  # every customer, not the depot
    a = to_problem(scalar)[0]
    section = "RELEASE_TIME_SECTION\n1 0\n2 4\n3 4\n4 4\n"
    b = to_problem(read_instance(write(tmp_path, "b.vrp", tw_text(sections=section))))[0]
    assert a.stops == b.stops and [s.release for s in a.stops] == [40, 40, 40]
    uneven = "RELEASE_TIME_SECTION\n1 0\n2 0\n3 2.5\n4 7\n"
    c = to_problem(read_instance(write(tmp_path, "c.vrp", tw_text(sections=uneven))))[0]
    assert [s.release for s in c.stops] == [0, 25, 70]


def test_max_route_distance_as_a_scalar_or_a_uniform_section(tmp_path: Path) -> None:
    a = to_problem(
        read_instance(write(tmp_path, "a.vrp", tw_text(fields="VEHICLES_MAX_DISTANCE : 12\n")))
    )[0]
    section = "VEHICLES_MAX_DISTANCE_SECTION\n1 12\n2 12\n"
    b = to_problem(read_instance(write(tmp_path, "b.vrp", tw_text(sections=section))))[0]
    assert a.vehicle_types == b.vehicle_types
    assert a.vehicle_types[0].max_distance == 120  # DIMACS tenths
    uneven = "VEHICLES_MAX_DISTANCE_SECTION\n1 12\n2 13\n"
    with pytest.raises(InvalidInput, match="line 24: VEHICLES_MAX_DISTANCE_SECTION: vehicle 2"):
        read_instance(write(tmp_path, "c.vrp", tw_text(sections=uneven)))


def test_homberger_service_time_header_is_read() -> None:
    path = DATA_1000 / "C2_10_1.vrp"
    if not path.is_file():
        pytest.skip(f"no benchmark data in {DATA_1000}")
    problem, scale = to_problem(read_instance(path))
    assert len(problem.stops) == 1000 and scale == 10
    assert {s.service for s in problem.stops} == {900}  # SERVICE_TIME : 90, in tenths


BOTH = tw_text(fields="SERVICE_TIME : 2\n", sections="SERVICE_TIME_SECTION\n1 0\n2 1\n3 1\n4 1\n")
RELEASED_BOTH = tw_text(
    fields="RELEASE_TIME : 2\n", sections="RELEASE_TIME_SECTION\n1 0\n2 1\n3 1\n4 1\n"
)
HETEROGENEOUS = tw_text(sections="CAPACITY_SECTION\n1 10\n2 12\n").replace("CAPACITY : 10\n", "")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (tw_text(fields="VEHICLES_FIXED_COST : 5\n"), 6, "unsupported field VEHICLES_FIXED_COST"),
        (tw_text(fields="RELEASE_TIME : -2\n"), 6, "RELEASE_TIME '-2' is not a number >= 0"),
        (RELEASED_BOTH, 23, r"RELEASE_TIME is given both as a field \(line 6\)"),
        (tw_text(sections="RELEASE_TIME_SECTION\n1 0\n2 -1\n3 0\n4 0\n"), 24, ">= 0, got -1"),
        (tw_text(fields="DISTANCE : 50\n"), 6, "unsupported field DISTANCE"),
        (tw_text(sections="PRIZE_SECTION\n1 0\n"), 22, "unsupported section PRIZE_SECTION"),
        (tw_text(fields="SERVICE_TIME : -1\n"), 6, "SERVICE_TIME '-1' is not a number >= 0"),
        (BOTH, 23, r"both as a field \(line 6\)"),
        (tw_text().replace("TYPE : VRPTW", "TYPE : PDPTW"), 2, "TYPE PDPTW is not supported"),
        (tw_text().replace("2 0 50\n3 0 60", "3 0 60\n2 0 50"), 19, "node 3 where node 2"),
        (tw_text().replace("2 0 50", "2 0"), 19, "expected 3 numbers"),
        (tw_text().replace("4 10 90", "4 90 10"), 21, "closes at 10 before 90"),
        (HETEROGENEOUS, 23, "vehicle 2 has 12 but vehicle 1 has 10"),
        (tw_text(sections="SERVICE_TIME_SECTION\n1 0\n2 1\n"), 22, "lists 2 nodes, expected 4"),
        (tw_text().replace("DEPOT_SECTION", "NODE_COORD_SECTION"), 22, "given twice"),
        (tw_text().replace("NAME : tw-tiny", "NAME : tw\nDIMENSION : 4"), 4, "given twice"),
    ],
)
def test_unsupported_or_malformed_vrplib_names_field_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = write(tmp_path, "bad.vrp", text)
    with pytest.raises(InvalidInput, match=message) as caught:
        read_instance(path)
    assert caught.value.message.startswith(f"{path} line {line}:")


@settings(max_examples=30, deadline=None)
@given(
    nodes=st.lists(
        st.tuples(
            st.integers(0, 100),  # x
            st.integers(0, 100),  # y
            st.integers(0, 9),  # demand
            st.integers(0, 500),  # window opens
            st.integers(0, 500),  # window length
        ),
        min_size=2,
        max_size=12,
    ),
    service=st.integers(0, 30),
)
def test_any_instance_reads_the_same_in_scalar_and_section_form(
    tmp_path_factory: pytest.TempPathFactory, nodes: list[tuple[int, ...]], service: int
) -> None:
    n = len(nodes)
    coords = "".join(f"{i} {x} {y}\n" for i, (x, y, *_) in enumerate(nodes, 1))
    demand = "".join(f"{i} {0 if i == 1 else d}\n" for i, (_, _, d, _, _) in enumerate(nodes, 1))
    windows = "".join(f"{i} {a} {a + w}\n" for i, (*_, a, w) in enumerate(nodes, 1))
    body = (
        f"NAME : p\nTYPE : VRPTW\nDIMENSION : {n}\nCAPACITY : 50\n{{field}}"
        f"NODE_COORD_SECTION\n{coords}DEMAND_SECTION\n{demand}"
        f"TIME_WINDOW_SECTION\n{windows}{{section}}DEPOT_SECTION\n1\n-1\nEOF\n"
    )
    per_node = "".join(f"{i} {0 if i == 1 else service}\n" for i in range(1, n + 1))
    folder = tmp_path_factory.mktemp("forms")
    one = body.format(field=f"SERVICE_TIME : {service}\n", section="")
    each = body.format(field="", section=f"SERVICE_TIME_SECTION\n{per_node}")
    a = to_problem(read_instance(write(folder, "scalar.vrp", one)))[0]
    b = to_problem(read_instance(write(folder, "table.vrp", each)))[0]
    assert a.stops == b.stops
    assert all(s.service == service * 10 for s in a.stops)
    assert np.array_equal(a.distances[0], b.distances[0])
