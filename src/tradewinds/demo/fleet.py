"""The demo store's delivery fleet: vans, cargo bikes and a box truck over two depots.

Capacities are payload grams and load-space cubic centimetres; shifts are local times
(the tenant's time zone); costs are integer cents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class VehicleSpec:
    code: str
    name: str
    kind: str  # van | cargo_bike | truck
    depot: str  # depot code
    capacity_weight_grams: int
    capacity_volume_cm3: int
    shift_start: time
    shift_end: time
    fixed_cost_minor: int  # per shift
    cost_per_km_minor: int
    cost_per_hour_minor: int

    @property
    def shift_minutes(self) -> int:
        return (self.shift_end.hour * 60 + self.shift_end.minute) - (
            self.shift_start.hour * 60 + self.shift_start.minute
        )


DEPOT_HOURS = {"SEA-SODO": (time(6, 0), time(22, 0)), "SEA-NORTH": (time(7, 0), time(21, 0))}

_EARLY, _LATE = (time(8, 0), time(16, 30)), (time(12, 30), time(21, 0))


def _van(code: str, name: str, depot: str, shift: tuple[time, time]) -> VehicleSpec:
    # A long-wheelbase cargo van: 1.4 t payload, 9.5 m3.
    return VehicleSpec(code, name, "van", depot, 1_400_000, 9_500_000, *shift, 6_000, 55, 3_200)


def _bike(code: str, name: str, depot: str, shift: tuple[time, time]) -> VehicleSpec:
    # An electric cargo bike: 150 kg, 0.6 m3; cheap, slow, no parking hunt downtown.
    return VehicleSpec(code, name, "cargo_bike", depot, 150_000, 600_000, *shift, 1_500, 5, 2_600)


def _truck(code: str, name: str, depot: str, shift: tuple[time, time]) -> VehicleSpec:
    # A box truck for bulky items (dog beds, coffee machines): 3.5 t, 22 m3.
    return VehicleSpec(
        code, name, "truck", depot, 3_500_000, 22_000_000, *shift, 12_000, 110, 3_800
    )


FLEET: tuple[VehicleSpec, ...] = (
    _van("VAN-01", "Van 1 (SoDo, early)", "SEA-SODO", _EARLY),
    _van("VAN-02", "Van 2 (SoDo, early)", "SEA-SODO", _EARLY),
    _van("VAN-03", "Van 3 (SoDo, late)", "SEA-SODO", _LATE),
    _van("VAN-04", "Van 4 (SoDo, late)", "SEA-SODO", _LATE),
    _van("VAN-05", "Van 5 (North, early)", "SEA-NORTH", _EARLY),
    _van("VAN-06", "Van 6 (North, late)", "SEA-NORTH", _LATE),
    _bike("BIKE-01", "Cargo bike 1 (SoDo)", "SEA-SODO", (time(9, 0), time(17, 0))),
    _bike("BIKE-02", "Cargo bike 2 (North)", "SEA-NORTH", (time(11, 0), time(19, 0))),
    _truck("TRK-01", "Box truck (SoDo)", "SEA-SODO", (time(7, 0), time(15, 0))),
)
