"""Background jobs: one queue in the database, shared by every worker on every host.

A foundation package (between ``store`` and ``models``): any capability registers its job
kinds here and submits jobs; the interfaces run the workers. See ``docs/jobs.md``.

>>> from tradewinds.jobs import JobKind, register_kind, submit_job  # doctest: +SKIP
>>> register_kind(JobKind("forecast.run", run=run_forecast_job))  # doctest: +SKIP
>>> job = submit_job(session, "forecast.run", {"run_id": 7})  # doctest: +SKIP
"""

from tradewinds.jobs.context import JobContext
from tradewinds.jobs.health import QueueHealth, queue_health
from tradewinds.jobs.lease import Claim, JobCancelled, LeaseLost, claim_next, reap_expired
from tradewinds.jobs.queue import (
    cancel_job,
    count_pending,
    get_job,
    list_jobs,
    retry_job,
    submit_job,
    wake_local_workers,
)
from tradewinds.jobs.registry import (
    JobKind,
    TransientJobError,
    job_kind,
    register_kind,
    registered_kinds,
    unregister_kind,
)
from tradewinds.jobs.worker import Worker, serve_jobs, stop_serving_jobs

__all__ = [
    "Claim",
    "JobCancelled",
    "JobContext",
    "JobKind",
    "LeaseLost",
    "QueueHealth",
    "TransientJobError",
    "Worker",
    "cancel_job",
    "claim_next",
    "count_pending",
    "get_job",
    "job_kind",
    "list_jobs",
    "queue_health",
    "reap_expired",
    "register_kind",
    "registered_kinds",
    "retry_job",
    "serve_jobs",
    "stop_serving_jobs",
    "submit_job",
    "unregister_kind",
    "wake_local_workers",
]
