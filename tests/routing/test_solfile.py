"""VRPLIB ``.sol`` files: writing and reading agree; bad lines are named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewinds.core.errors import InvalidInput
from tradewinds.routing import read_solution, write_solution
from tradewinds.routing.solfile import format_cost

routes_strategy = st.lists(
    st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=12),
    min_size=1,
    max_size=8,
)


@given(routes=routes_strategy, cost=st.integers(min_value=0, max_value=10**9))
def test_write_then_read_round_trips(
    tmp_path_factory: pytest.TempPathFactory, routes: list[list[int]], cost: int
) -> None:
    path = tmp_path_factory.mktemp("sol") / "x.sol"
    write_solution(path, routes, format_cost(cost, 10))
    back = read_solution(path)
    assert back.routes == routes
    assert back.cost == pytest.approx(cost / 10)


def test_format_follows_the_vrplib_convention(tmp_path: Path) -> None:
    path = tmp_path / "x.sol"
    write_solution(path, [[3, 1], [], [2]], format_cost(8273, 10))
    assert path.read_text() == "Route #1: 3 1\nRoute #2: 2\nCost 827.3\n"
    assert format_cost(27591, 1) == "27591" and format_cost(1234567, 1000) == "1234.567"


def test_cost_with_colon_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "y.sol"
    path.write_text("Route #1: 1 2\nCost: 12.5\n")
    assert read_solution(path).cost == 12.5
    path.write_text("Route #1: 1 2\nRoute #2: 3 x\nCost 1\n")
    with pytest.raises(InvalidInput, match=r"y\.sol line 2: expected 'Route #k"):
        read_solution(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Route #1: 1 2\nRoute #2: 3 2\nCost 9\n",
            r"line 2: customer 2 is listed twice \(first on line 1\)",
        ),
        ("Route #1: 1 2\nCost 9\n", r"x\.sol: customer 3 is on no route"),
        ("Route #1: 1 2 3 4\nCost 9\n", r"line 1: node 4 is not a customer"),
        ("Route #1: 0 1 2 3\nCost 9\n", r"line 1: node 0 is not a customer"),
    ],
)
def test_a_node_twice_missing_or_unknown_is_rejected_by_name(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "x.sol"
    path.write_text(text)
    assert read_solution(path).routes  # without the instance's customers: just read
    with pytest.raises(InvalidInput, match=message) as caught:
        read_solution(path, customers=[1, 2, 3])
    assert caught.value.details["file"] == str(path)
