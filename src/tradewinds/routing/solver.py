"""The solver contract and registry.

A solver is any object with a ``name`` and ``solve(problem, params) -> Solution``. PyVRP
is built in and registered like a plugin (``pyproject.toml``); third parties add theirs
under the ``tradewinds.solvers`` entry-point group (a callable returning a
:class:`Solver`), or in code with :func:`register_solver`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tradewinds.core.errors import InvalidInput
from tradewinds.core.registry import Registry
from tradewinds.routing.problem import RoutingProblem, Solution

ENTRY_POINT_GROUP = "tradewinds.solvers"
DEFAULT_SOLVER = "pyvrp"


@dataclass(frozen=True)
class SolveParams:
    """How long and how to search.

    Parameters
    ----------
    time_limit
        Wall-clock seconds of search (> 0).
    seed
        Random seed in ``[0, 2**32)``; the same seed and iteration limit give the same
        solution.
    max_iterations
        Optional iteration cap (deterministic runs in tests).
    initial
        A solution to start from (re-planning); the solver may repair it.
    """

    time_limit: float
    seed: int = 0
    max_iterations: int | None = None
    initial: Solution | None = None

    def __post_init__(self) -> None:
        if not self.time_limit > 0:
            raise InvalidInput(f"expected time_limit > 0 seconds, got {self.time_limit}")
        if not 0 <= self.seed < 2**32:
            raise InvalidInput(f"expected seed in [0, 2**32), got {self.seed}")
        if self.max_iterations is not None and self.max_iterations < 1:
            raise InvalidInput(f"expected max_iterations >= 1, got {self.max_iterations}")


@runtime_checkable
class Solver(Protocol):
    """Solves a :class:`RoutingProblem`; must honour the time limit and the seed."""

    name: str

    def solve(self, problem: RoutingProblem, params: SolveParams) -> Solution: ...


SOLVERS: Registry[Callable[[], Solver]] = Registry(
    "routing solver",
    group=ENTRY_POINT_GROUP,
    builtins={DEFAULT_SOLVER: "tradewinds.routing._pyvrp:PyVRPSolver"},
)


def register_solver(name: str, factory: Callable[[], Solver]) -> None:
    """Make ``factory`` available as ``get_solver(name)``."""
    SOLVERS.register(name, factory)


def available_solvers() -> list[str]:
    """Every solver name: built in, installed (entry points) or registered."""
    return SOLVERS.names()


def get_solver(name: str = DEFAULT_SOLVER) -> Solver:
    """A new solver registered as ``name``; ``ConfigError`` listing the known ones if none."""
    return SOLVERS.get(name)()
