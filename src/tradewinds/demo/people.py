"""Demo customers: names, reserved e-mail domains, homes clustered by neighbourhood.

E-mail addresses use the reserved ``example.com``/``.net``/``.org`` domains and phone numbers
the fictional 555-0100..0199 range, so no real person can be contacted by mistake.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from random import Random

from tradewinds.demo.metro import Metro

_FIRST = (
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas",
    "Mia", "Aiden", "Harper", "Elijah", "Amelia", "James", "Charlotte", "Benjamin", "Evelyn",
    "Henry", "Abigail", "Daniel", "Emily", "Matthew", "Ella", "Jackson", "Grace", "Samuel",
    "Chloe", "David", "Zoe", "Joseph", "Lily", "Owen", "Hannah", "Wyatt", "Nora", "Leo",
    "Riley", "Gabriel", "Wei", "Mei", "Jun", "Xiaoling", "Hao", "Yuki", "Haruto", "Min-jun",
    "Ji-woo", "Seo-yeon", "Linh", "Minh", "Thao", "Priya", "Arjun", "Ananya", "Rohan", "Aisha",
    "Omar", "Fatima", "Yusuf", "Selam", "Dawit", "Hana", "Mateo", "Sofía", "Diego", "Valentina",
    "Camila", "Santiago", "José", "María", "Luis", "Ximena", "Malia", "Kekoa", "Ingrid", "Lars",
    "Astrid", "Siobhan", "Declan", "Tomasz", "Zofia", "Nikolai", "Irina", "Kwame", "Amara",
    "Chidi", "Tala", "Rizal", "Mariel",
)  # fmt: skip
_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
    "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Campbell", "Olsen", "Larsen",
    "Johansson", "Lindqvist", "Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Lin", "Wu",
    "Nguyen", "Tran", "Pham", "Le", "Kim", "Park", "Lee", "Choi", "Tanaka", "Sato", "Suzuki",
    "Patel", "Shah", "Singh", "Kumar", "Reddy", "Garcia", "Martinez", "Rodriguez", "Hernandez",
    "Lopez", "Gonzalez", "Ramirez", "Flores", "Tesfaye", "Bekele", "Haile", "Mohamed", "Ali",
    "Hassan", "Santos", "Reyes", "Cruz", "Kowalski", "Nowak", "Ivanov", "Okafor", "Mensah",
    "O'Brien", "Murphy", "Kelly", "Fernandes", "Kahale",
)  # fmt: skip
_DOMAINS = ("example.com", "example.com", "example.net", "example.org")
_DENSE = {"Capitol Hill", "Belltown", "South Lake Union", "University District"}
_METRES_PER_DEGREE = 111_320.0


@dataclass(slots=True)
class DemoCustomer:
    email: str
    first_name: str
    last_name: str
    phone: str
    street: str
    city: str
    zip: str
    country: str
    latitude: float
    longitude: float
    accepts_marketing: bool
    created_at: datetime
    join_day: int  # day of the history the customer signed up (negative: before it)
    activity: float  # relative order frequency; Pareto-distributed, so some shop a lot

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def generate_customers(rng: Random, count: int, metro: Metro, *, days: int,
                       start: datetime) -> list[DemoCustomer]:  # fmt: skip
    """Invent ``count`` customers living in ``metro``, sorted by sign-up date.

    Six in ten signed up before the history starts; the rest join during it, more of them
    later, so the customer base (and the order volume) grows.
    """
    weights = [n.weight for n in metro.neighbourhoods]
    emails: set[str] = set()
    customers: list[DemoCustomer] = []
    for _ in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        hood = rng.choices(metro.neighbourhoods, weights)[0]
        latitude, longitude = _scatter(rng, hood.latitude, hood.longitude, metro)
        street = f"{rng.randint(100, 9899)} {rng.choice(hood.streets)}"
        if hood.name in _DENSE and rng.random() < 0.5:
            street += f", Apt {rng.randint(1, 12)}{rng.choice('ABCDEF')}"
        if rng.random() < 0.6:
            join_day = -rng.randint(1, 730)
        else:
            join_day = min(int(days * rng.random() ** 0.7), days - 1)
        created_at = start + timedelta(days=join_day, seconds=rng.randint(0, 57600))
        customers.append(
            DemoCustomer(
                email=_email(rng, first, last, emails), first_name=first, last_name=last,
                phone=f"+1 206-555-{rng.randint(100, 199):04d}", street=street,
                city=metro.city, zip=rng.choice(hood.zips), country=metro.country,
                latitude=latitude, longitude=longitude, accepts_marketing=rng.random() < 0.45,
                created_at=created_at, join_day=join_day,
                activity=min(rng.paretovariate(1.6), 15.0),
            )
        )  # fmt: skip
    customers.sort(key=lambda c: (c.created_at, c.email))
    return customers


def _scatter(rng: Random, latitude: float, longitude: float, metro: Metro) -> tuple[float, float]:
    """A point around a neighbourhood centre, at most two standard deviations away."""
    sigma = metro.spread_m / _METRES_PER_DEGREE
    cos_lat = math.cos(math.radians(latitude))
    while True:
        dy, dx = rng.gauss(0, 1), rng.gauss(0, 1)
        if dx * dx + dy * dy <= 4.0:
            lat = round(latitude + dy * sigma, 6)
            lon = round(longitude + dx * sigma / cos_lat, 6)
            if metro.contains(lat, lon):
                return lat, lon


def _email(rng: Random, first: str, last: str, taken: set[str]) -> str:
    local = _ascii(f"{first}.{last}")
    candidate = f"{local}@{rng.choice(_DOMAINS)}"
    while candidate in taken:
        candidate = f"{local}{rng.randint(2, 999)}@{rng.choice(_DOMAINS)}"
    taken.add(candidate)
    return candidate


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in plain if ch.isalnum() or ch in ".-")
