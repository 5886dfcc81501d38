"""How many threads a process gives its numeric kernels (PyTorch, BLAS)."""

from __future__ import annotations


def limit_torch_threads(threads: int = 1) -> None:
    """Run PyTorch's CPU kernels and NumPy's BLAS (moderation classifier and its head,
    embeddings) on ``threads`` threads.

    A server answers many requests at once; one thread per core for every forward pass or
    matrix product makes them fight each other (and the event loop) for the same cores: on a
    loaded 2-core machine a classifier call took 117 ms with 2 torch threads and 15 ms with
    1, and the kernel head's product went from 0.2 to 10 ms with 2 BLAS threads. If torch is
    loaded already its pool is resized; if not, it is not imported here (startup stays
    fast) and ``OMP_NUM_THREADS``, which torch reads when it loads, is set unless the
    operator set it. BLAS is limited through ``threadpoolctl`` where it is installed.
    """
    import os
    import sys

    torch = sys.modules.get("torch")
    if torch is not None:
        # Unconditionally: torch (OpenMP) keeps the count per OS thread; threads started
        # later, such as the request handlers, take the value set last.
        torch.set_num_threads(threads)
    else:
        os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return
    threadpool_limits(threads, user_api="blas")
