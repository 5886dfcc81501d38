"""Travel matrices: haversine with road factor and speeds, hourly speed profile, and the
OSRM provider against a fake OSRM server (a local HTTP server answering ``/table/v1``
with a fixed matrix; no real OSRM runs here)."""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tradewinds.core.errors import ConfigError, InvalidInput
from tradewinds.routing import GeoPoint, HaversineProvider, OSRMProvider, SpeedProfile
from tradewinds.routing.travel import UNREACHABLE, haversine_m


def test_haversine_knows_the_size_of_a_degree() -> None:
    d = haversine_m([GeoPoint(0, 0), GeoPoint(1, 0), GeoPoint(0, 1)])
    assert d[0, 1] == pytest.approx(111_195, rel=1e-3)
    assert d[0, 2] == pytest.approx(111_195, rel=1e-3)
    assert d[1, 0] == d[0, 1] and d[0, 0] == 0


def test_haversine_provider_applies_road_factor_and_profile_speed() -> None:
    provider = HaversineProvider(road_factor=1.5, speeds_kmh={"driving": 36.0, "cycling": 18.0})
    points = [GeoPoint(47.60, -122.33), GeoPoint(47.61, -122.33)]
    car, bike = provider.matrix(points, "driving"), provider.matrix(points, "cycling")
    straight = haversine_m(points)[0, 1]
    assert car.distance_m[0, 1] == round(straight * 1.5)
    assert car.duration_s[0, 1] == math.ceil(straight * 1.5 / 10)  # 36 km/h = 10 m/s
    assert bike.duration_s[0, 1] == pytest.approx(2 * car.duration_s[0, 1], abs=1)
    with pytest.raises(InvalidInput, match="unknown travel profile 'walking'"):
        provider.matrix(points, "walking")
    with pytest.raises(InvalidInput, match="road_factor"):
        HaversineProvider(road_factor=0.5)


def test_geo_points_know_when_they_are_invalid() -> None:
    assert GeoPoint(47.6, -122.3).is_valid
    for lat, lon in [(math.nan, 0), (0, math.inf), (91, 0), (0, -181)]:
        assert not GeoPoint(lat, lon).is_valid


def test_speed_profile_worst_factor_over_hours() -> None:
    profile = SpeedProfile()
    assert profile.factor("driving", 8) == 1.5 and profile.factor("driving", 3) == 1.0
    assert profile.factor("cycling", 8) == 1.0  # bikes ignore traffic
    assert profile.worst("driving", [10, 11, 12]) == 1.2
    with pytest.raises(InvalidInput, match="24 hourly"):
        SpeedProfile(factors=(1.0,) * 23)


class FakeOSRM(BaseHTTPRequestHandler):
    """Answers ``/table/v1/<profile>/<coords>`` with distance |i-j| * 1000 m and duration
    |i-j| * 100 s between the i-th and j-th coordinates of the *whole* request's global
    index (encoded in the longitude), and ``null`` for pairs touching point 3."""

    requests: list[dict[str, Any]] = []

    def do_GET(self) -> None:
        url = urlsplit(self.path)  # not urlparse: it splits ";params" off the path
        parts = url.path.split("/")
        assert parts[1:3] == ["table", "v1"]
        profile, coords = parts[3], parts[4].split(";")
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.requests.append({"profile": profile, "coords": coords, **query})
        if profile == "broken":
            self._send(400, {"code": "InvalidQuery", "message": "no such profile"})
            return
        ids = [round(float(c.split(",")[0]) * 1000) for c in coords]
        sources = [ids[int(i)] for i in query["sources"].split(";")]
        targets = [ids[int(i)] for i in query["destinations"].split(";")]

        def cell(a: int, b: int, unit: int) -> float | None:
            return None if 3 in (a, b) and a != b else abs(a - b) * unit

        self._send(
            200,
            {
                "code": "Ok",
                "distances": [[cell(a, b, 1000) for b in targets] for a in sources],
                "durations": [[cell(a, b, 100) for b in targets] for a in sources],
            },
        )

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def osrm_url() -> Iterator[str]:
    FakeOSRM.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOSRM)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_osrm_matrix_is_assembled_from_blocks(osrm_url: str) -> None:
    points = [GeoPoint(47.0, k / 1000) for k in range(7)]  # longitude encodes the index
    matrix = OSRMProvider(osrm_url, max_table_size=4).matrix(points, "driving")
    assert len(FakeOSRM.requests) == 16  # 7 points in blocks of 2: 4 x 4 requests
    assert all(r["profile"] == "driving" and len(r["coords"]) <= 4 for r in FakeOSRM.requests)
    assert matrix.distance_m[0, 6] == 6000 and matrix.duration_s[6, 1] == 500
    assert matrix.duration_s[3, 0] == UNREACHABLE and matrix.distance_m[2, 3] == UNREACHABLE
    assert matrix.duration_s[3, 3] == 0


def test_osrm_errors_are_config_errors(osrm_url: str) -> None:
    provider = OSRMProvider(osrm_url, profiles=(("driving", "broken"),))
    with pytest.raises(ConfigError, match=r"refused the table request.*no such profile"):
        provider.matrix([GeoPoint(0, 0), GeoPoint(0, 0.001)], "driving")
    with pytest.raises(InvalidInput, match="no OSRM profile"):
        provider.matrix([GeoPoint(0, 0)], "cycling")
    with pytest.raises(ConfigError, match="did not answer"):
        OSRMProvider("http://127.0.0.1:9", timeout_s=2).matrix([GeoPoint(0, 0)] * 2, "driving")
    with pytest.raises(ConfigError, match="http"):
        OSRMProvider("osrm.local:5000")
