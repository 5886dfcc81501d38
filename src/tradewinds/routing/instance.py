"""A benchmark instance as read from its file, before rounding, and the readers' error.

Kept apart from ``instances.py`` (which picks the reader by format and turns an instance
into a :class:`~tradewinds.routing.problem.RoutingProblem`) so that the readers
(``_vrplib.py``, ``_solomon.py``) and ``instances.py`` import it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tradewinds.core.errors import InvalidInput


@dataclass(frozen=True, eq=False)
class Instance:
    """A parsed benchmark instance, before rounding.

    ``service`` and ``release`` have one entry per node (the depot's is never used);
    ``max_duration`` is the longest a route may take (``VEHICLES_MAX_DURATION``) and
    ``max_distance`` the longest it may drive (``VEHICLES_MAX_DISTANCE``), if limited.
    """

    name: str
    path: Path
    coords: np.ndarray  # (n, 2) float
    demands: list[int]
    capacity: int
    depot: int
    vehicles: int | None
    windows: list[tuple[float, float]] | None
    service: list[float] | None
    max_duration: float | None = None
    release: list[float] | None = None
    max_distance: float | None = None

    @property
    def has_time_windows(self) -> bool:
        return self.windows is not None

    @property
    def customers(self) -> list[int]:
        """Customer numbers as ``.sol`` files write them: node positions but the depot's."""
        return [i for i in range(len(self.demands)) if i != self.depot]

    def default_rounding(self) -> str:
        return "dimacs" if self.has_time_windows else "round"


def fail(path: Path, line: int, message: str) -> InvalidInput:
    """An :class:`InvalidInput` naming the file and (when known) the line."""
    where = f"{path} line {line}" if line else str(path)
    return InvalidInput(f"{where}: {message}", details={"file": str(path), "line": line})
