"""VRPLIB solution files: ``Route #1: 12 5 7`` lines, then ``Cost N``."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from tradewinds.core.errors import InvalidInput


@dataclass(frozen=True)
class SolutionFile:
    """Routes as customer numbers (the depot is not listed) and the reported cost."""

    routes: list[list[int]]
    cost: float | None


def format_cost(cost: int, scale: int) -> str:
    """An integer cost in the instance's scaled unit, as the benchmark reports it
    (``27591`` for the X set, ``827.3`` for DIMACS tenths)."""
    if scale == 1:
        return str(cost)
    decimals = len(str(scale)) - 1
    return f"{cost / scale:.{decimals}f}"


def write_solution(path: str | Path, routes: Sequence[Sequence[int]], cost: str) -> None:
    """Write ``routes`` (non-empty ones, numbered from 1) and ``cost`` to ``path``."""
    lines = [
        f"Route #{no}: {' '.join(map(str, r))}" for no, r in enumerate((r for r in routes if r), 1)
    ]
    Path(path).write_text("\n".join([*lines, f"Cost {cost}"]) + "\n", encoding="utf-8")


def read_solution(path: str | Path, customers: Collection[int] | None = None) -> SolutionFile:
    """Read a VRPLIB ``.sol`` file (``Cost`` may be written ``Cost N`` or ``Cost: N``).

    Parameters
    ----------
    path
        The solution file.
    customers
        The instance's customer numbers (:attr:`Instance.customers`); when given, every
        customer must be on exactly one route and no other number may appear.

    Raises
    ------
    InvalidInput
        A line is neither a route nor the cost, or (with ``customers``) a customer is
        listed twice, missing, or unknown; the message names the file, line and node.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the solution ({exc.strerror})") from None
    routes: list[list[int]] = []
    route_lines: list[int] = []
    cost: float | None = None
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        head, _, rest = line.partition(":") if line.lower().startswith("route") else ("", "", "")
        try:
            if head:
                routes.append([int(x) for x in rest.split()])
                route_lines.append(no)
            elif line.lower().startswith("cost"):
                cost = float(line[4:].lstrip(": \t"))
            else:
                raise ValueError
        except ValueError:
            raise InvalidInput(
                f"{path} line {no}: expected 'Route #k: customers...' or 'Cost N', got {line!r}",
                details={"file": str(path), "line": no},
            ) from None
    if customers is not None:
        _check_customers(path, routes, route_lines, customers)
    return SolutionFile(routes, cost)


def _check_customers(
    path: Path, routes: list[list[int]], lines: list[int], customers: Collection[int]
) -> None:
    """Every customer on exactly one route, nothing else listed."""
    expected = set(customers)
    first: dict[int, int] = {}
    for route, no in zip(routes, lines, strict=True):
        for node in route:
            if node not in expected:
                low, high = min(expected, default=0), max(expected, default=0)
                raise InvalidInput(
                    f"{path} line {no}: node {node} is not a customer of the instance "
                    f"(customers are {low}..{high}, the depot is not listed)",
                    details={"file": str(path), "line": no, "node": node},
                )
            if node in first:
                raise InvalidInput(
                    f"{path} line {no}: customer {node} is listed twice (first on line "
                    f"{first[node]}); each customer is visited once",
                    details={"file": str(path), "line": no, "node": node},
                )
            first[node] = no
    missing = sorted(expected - first.keys())
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
        raise InvalidInput(
            f"{path}: customer{'s' if len(missing) > 1 else ''} {shown} "
            f"{'are' if len(missing) > 1 else 'is'} on no route ({len(missing)} missing)",
            details={"file": str(path), "line": 0, "missing": missing[:100]},
        )
