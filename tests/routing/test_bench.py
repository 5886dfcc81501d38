"""The benchmark harness: gap to the best known, and no impossible costs reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.routing.test_instances import VRPLIB, write
from tradewinds.core.errors import InvalidInput
from tradewinds.routing import ImpossibleCost, solve_instance

# tiny-cvrp: customers 1 (4 units, 5 away), 2 (6 units, 1 away), 3 (5 units, 3 away),
# capacity 10. The optimum is 1 3 | 2 = (5 + 2 + 3) + (1 + 1) = 12.
OPTIMUM = "Route #1: 1 3\nRoute #2: 2\nCost 12\n"
POOR = "Route #1: 1\nRoute #2: 2\nRoute #3: 3\nCost 18\n"


def test_gap_to_the_best_known_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "tiny.vrp", VRPLIB)
    write(tmp_path, "tiny.sol", OPTIMUM)
    result = solve_instance(path, time_limit=0.2, out_dir=tmp_path / "out")
    assert result.feasible and result.cost == 12
    assert result.best_known == 12 and result.gap == 0.0


def test_a_cost_below_the_best_known_is_an_error_not_a_result(tmp_path: Path) -> None:
    path = write(tmp_path, "tiny.vrp", VRPLIB)
    write(tmp_path, "tiny.sol", POOR)  # a "best known" that the solver beats: misread data
    with pytest.raises(ImpossibleCost, match=r"computed cost 12 is below the best known 18"):
        solve_instance(path, time_limit=0.2, out_dir=tmp_path / "out")
    assert not (tmp_path / "out" / "tiny.sol").exists()
    assert (tmp_path / "out" / "tiny.rejected.sol").read_text().endswith("Cost 12\n")
    # Asked not to compare, the same run is a result.
    result = solve_instance(path, time_limit=0.2, out_dir=tmp_path / "out", best_known=False)
    assert result.cost == 12 and result.best_known is None


def test_a_broken_best_known_file_or_output_folder_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "tiny.vrp", VRPLIB)
    write(tmp_path, "tiny.sol", "Route #1: 1 3\nRoute #2: 2 1\nCost 12\n")
    with pytest.raises(InvalidInput, match=r"tiny\.sol line 2: customer 1 is listed twice"):
        solve_instance(path, time_limit=0.2, out_dir=tmp_path / "out")
    write(tmp_path, "tiny.sol", OPTIMUM)
    with pytest.raises(InvalidInput, match="would overwrite the best-known solution"):
        solve_instance(path, time_limit=0.2, out_dir=tmp_path)
    assert (tmp_path / "tiny.sol").read_text() == OPTIMUM
