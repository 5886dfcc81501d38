"""Delivery routing: plan vehicle routes for a store's orders and promise delivery windows.

``plan_routes`` plans a day from the store (capacities by weight and volume, requested
windows, several depots, a mixed fleet) with a pluggable solver (PyVRP built in), stores
the plan and writes each order's promised window back. ``delivery_promise`` answers what
the store told a customer; ``delivery_windows`` the windows a shopper can still choose.
The benchmark harness (``solve_instance``) runs the same solver on VRPLIB and Solomon
instances, and ``verify_solution_file`` checks a solution file against its instance read a
second, independent way. ``start_plan_job`` plans a day in the background, as a
``routing.plan`` job on the shared queue (``plan_job`` reads its progress and plan).
PyVRP and vrplib are imported
only when a problem is solved or read.
"""

from tradewinds.routing.bench import BenchResult, ImpossibleCost, solve_instance
from tradewinds.routing.instance import Instance
from tradewinds.routing.instances import Rounding, read_instance, to_problem
from tradewinds.routing.manifest import manifest_csv, manifest_html
from tradewinds.routing.offers import DeliveryWindow, delivery_windows, find_window
from tradewinds.routing.osrm import OSRMProvider
from tradewinds.routing.plan_job import (
    PLAN_KIND,
    PlanInProgress,
    PlanJob,
    plan_job,
    plan_jobs,
    start_plan_job,
)
from tradewinds.routing.planner import PlanOptions, plan_routes
from tradewinds.routing.plans import (
    DeliveryPromise,
    PlanSummary,
    delivery_promise,
    latest_plan,
    list_depots,
    list_plans,
    load_plan,
)
from tradewinds.routing.problem import (
    Depot,
    RoutingProblem,
    Solution,
    SolvedRoute,
    Stop,
    TimeWindow,
    VehicleType,
)
from tradewinds.routing.promise import promise_window
from tradewinds.routing.route_map import render_map_html, render_map_svg
from tradewinds.routing.schedule import check_solution, schedule_route, solution_distance
from tradewinds.routing.solfile import SolutionFile, read_solution, write_solution
from tradewinds.routing.solver import (
    SolveParams,
    Solver,
    available_solvers,
    get_solver,
    register_solver,
)
from tradewinds.routing.travel import (
    GeoPoint,
    HaversineProvider,
    MatrixProvider,
    SpeedProfile,
    TravelMatrix,
)
from tradewinds.routing.verify import Verification, verify_solution_file
from tradewinds.routing.views import (
    DepotSite,
    PlannedRoute,
    PlannedStop,
    RoutePlanView,
    UnassignedOrder,
    jsonable,
)

__all__ = [
    "PLAN_KIND",
    "BenchResult",
    "DeliveryPromise",
    "DeliveryWindow",
    "Depot",
    "DepotSite",
    "GeoPoint",
    "HaversineProvider",
    "ImpossibleCost",
    "Instance",
    "MatrixProvider",
    "OSRMProvider",
    "PlanInProgress",
    "PlanJob",
    "PlanOptions",
    "PlanSummary",
    "PlannedRoute",
    "PlannedStop",
    "Rounding",
    "RoutePlanView",
    "RoutingProblem",
    "Solution",
    "SolutionFile",
    "SolveParams",
    "SolvedRoute",
    "Solver",
    "SpeedProfile",
    "Stop",
    "TimeWindow",
    "TravelMatrix",
    "UnassignedOrder",
    "VehicleType",
    "Verification",
    "available_solvers",
    "check_solution",
    "delivery_promise",
    "delivery_windows",
    "find_window",
    "get_solver",
    "jsonable",
    "latest_plan",
    "list_depots",
    "list_plans",
    "load_plan",
    "manifest_csv",
    "manifest_html",
    "plan_job",
    "plan_jobs",
    "plan_routes",
    "promise_window",
    "read_instance",
    "read_solution",
    "register_solver",
    "render_map_html",
    "render_map_svg",
    "schedule_route",
    "solution_distance",
    "solve_instance",
    "start_plan_job",
    "to_problem",
    "verify_solution_file",
    "write_solution",
]
