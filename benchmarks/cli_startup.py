"""Cold-start time of ``tradewinds --help`` (target <= 0.5 s on a 2-core machine).

Baseline measured in the same run: ``python -c pass`` (the interpreter alone) and
``python -c "import typer"`` (the CLI framework alone), so the figure for our own start-up
cost is visible. Each command runs ``--repeat`` times in fresh processes; the median is
reported.

    python benchmarks/cli_startup.py --repeat 15
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time


def _time(cmd: list[str], repeat: int) -> float:
    subprocess.run(cmd, capture_output=True, check=True)  # warm the OS file cache
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    exe = shutil.which("tradewinds") or sys.exit("tradewinds is not on PATH (activate .venv)")
    results = {
        "python -c pass (baseline)": _time([sys.executable, "-c", "pass"], args.repeat),
        "python -c 'import typer' (baseline)": _time(
            [sys.executable, "-c", "import typer"], args.repeat
        ),
        "tradewinds --help": _time([exe, "--help"], args.repeat),
        "tradewinds config show": _time([exe, "config", "show"], args.repeat),
    }
    print(json.dumps({k: round(v, 3) for k, v in results.items()}, indent=2))
    print("\n| command | median seconds |\n|---|---|")
    for name, seconds in results.items():
        print(f"| `{name}` | {seconds:.3f} |")


if __name__ == "__main__":
    main()
