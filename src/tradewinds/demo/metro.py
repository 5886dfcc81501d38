"""Seattle, where the demo store delivers: neighbourhoods, streets, zip codes and depots.

Neighbourhood centres are inland points of real Seattle neighbourhoods; customers are
scattered a few hundred metres around them (clipped at two standard deviations), so
points stay on land and cluster the way real delivery addresses do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Neighbourhood:
    name: str
    latitude: float
    longitude: float
    zips: tuple[str, ...]
    streets: tuple[str, ...]
    weight: float  # relative number of customers


@dataclass(frozen=True)
class DepotSite:
    code: str
    name: str
    address: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Metro:
    city: str
    state: str
    country: str
    timezone: str
    currency: str
    # (south, west, north, east): the city limits; every generated point lies inside.
    bbox: tuple[float, float, float, float]
    neighbourhoods: tuple[Neighbourhood, ...]
    depots: tuple[DepotSite, ...]
    spread_m: float = 450.0  # standard deviation of a home around its neighbourhood centre

    def contains(self, latitude: float, longitude: float) -> bool:
        south, west, north, east = self.bbox
        return south <= latitude <= north and west <= longitude <= east


_N = Neighbourhood
SEATTLE = Metro(
    city="Seattle", state="WA", country="US", timezone="America/Los_Angeles", currency="USD",
    bbox=(47.4955, -122.4360, 47.7341, -122.2360),
    neighbourhoods=(
        _N("Ballard", 47.6720, -122.3810, ("98107", "98117"),
           ("NW Market St", "24th Ave NW", "NW 65th St", "15th Ave NW", "Leary Ave NW",
            "NW 58th St", "20th Ave NW"), 9),
        _N("Fremont", 47.6530, -122.3500, ("98103",),
           ("Fremont Ave N", "N 36th St", "Stone Way N", "Evanston Ave N", "N 40th St"), 5),
        _N("Wallingford", 47.6600, -122.3340, ("98103",),
           ("N 45th St", "Meridian Ave N", "Wallingford Ave N", "Densmore Ave N"), 5),
        _N("Greenwood", 47.6910, -122.3550, ("98103", "98117"),
           ("Greenwood Ave N", "N 85th St", "Phinney Ave N", "N 80th St", "Palatine Ave N"), 6),
        _N("Crown Hill", 47.6950, -122.3760, ("98117",),
           ("Holman Rd NW", "NW 85th St", "17th Ave NW", "Mary Ave NW"), 3),
        _N("University District", 47.6620, -122.3130, ("98105",),
           ("University Way NE", "NE 45th St", "Brooklyn Ave NE", "Roosevelt Way NE",
            "NE 50th St"), 7),
        _N("Ravenna", 47.6760, -122.3030, ("98115",),
           ("NE 65th St", "Ravenna Ave NE", "20th Ave NE", "NE Ravenna Blvd"), 5),
        _N("Wedgwood", 47.6900, -122.2900, ("98115",),
           ("35th Ave NE", "NE 85th St", "40th Ave NE", "NE 75th St"), 4),
        _N("Maple Leaf", 47.6960, -122.3180, ("98115",),
           ("Roosevelt Way NE", "NE 90th St", "5th Ave NE", "NE 80th St"), 3),
        _N("Northgate", 47.7070, -122.3260, ("98125",),
           ("NE Northgate Way", "1st Ave NE", "5th Ave NE", "NE 105th St"), 4),
        _N("Lake City", 47.7190, -122.2960, ("98125",),
           ("Lake City Way NE", "NE 125th St", "30th Ave NE", "NE 130th St"), 4),
        _N("Capitol Hill", 47.6230, -122.3180, ("98102", "98112", "98122"),
           ("Broadway E", "E Pine St", "15th Ave E", "E Olive Way", "Harvard Ave E",
            "E Republican St", "19th Ave E"), 10),
        _N("Queen Anne", 47.6360, -122.3570, ("98109", "98119"),
           ("Queen Anne Ave N", "W Galer St", "Taylor Ave N", "W McGraw St", "3rd Ave W"), 7),
        _N("Magnolia", 47.6480, -122.3980, ("98199",),
           ("W Government Way", "34th Ave W", "W McGraw St", "Magnolia Blvd W"), 3),
        _N("Belltown", 47.6150, -122.3460, ("98121",),
           ("1st Ave", "2nd Ave", "Bell St", "Blanchard St", "Wall St"), 6),
        _N("South Lake Union", 47.6250, -122.3380, ("98109",),
           ("Westlake Ave N", "Dexter Ave N", "Harrison St", "Terry Ave N"), 5),
        _N("Central District", 47.6080, -122.3020, ("98122",),
           ("E Cherry St", "23rd Ave", "E Union St", "Martin Luther King Jr Way",
            "E Jefferson St"), 6),
        _N("Beacon Hill", 47.5680, -122.3110, ("98144", "98108"),
           ("Beacon Ave S", "15th Ave S", "S Columbian Way", "S Spokane St"), 6),
        _N("Mount Baker", 47.5780, -122.2940, ("98144",),
           ("Mt Baker Blvd", "S McClellan St", "31st Ave S", "Hunter Blvd S"), 3),
        _N("Columbia City", 47.5600, -122.2870, ("98118",),
           ("Rainier Ave S", "S Edmunds St", "37th Ave S", "S Ferdinand St"), 5),
        _N("Rainier Beach", 47.5170, -122.2700, ("98118", "98178"),
           ("Rainier Ave S", "S Henderson St", "51st Ave S", "S Cloverdale St"), 3),
        _N("Georgetown", 47.5470, -122.3210, ("98108",),
           ("Airport Way S", "S Vale St", "13th Ave S", "Corson Ave S"), 2),
        _N("West Seattle Junction", 47.5610, -122.3860, ("98116", "98126"),
           ("California Ave SW", "SW Alaska St", "Fauntleroy Way SW", "SW Oregon St",
            "44th Ave SW"), 7),
        _N("Delridge", 47.5440, -122.3610, ("98106",),
           ("Delridge Way SW", "SW Holden St", "26th Ave SW", "SW Myrtle St"), 3),
        _N("Admiral", 47.5800, -122.3870, ("98116",),
           ("SW Admiral Way", "California Ave SW", "45th Ave SW", "SW Hinds St"), 3),
    ),
    depots=(
        DepotSite("SEA-SODO", "SoDo fulfilment centre", "2401 Utah Ave S, Seattle, WA 98134",
                  47.5810, -122.3330),
        DepotSite("SEA-NORTH", "Northgate micro-hub", "10200 5th Ave NE, Seattle, WA 98125",
                  47.7040, -122.3240),
    ),
)  # fmt: skip
