"""Lighthouse 12 on the storefront: Performance, Accessibility, Best Practices and SEO.

Protocol: the default demo store (seed 7) served by ``tradewinds serve`` on 127.0.0.1 (see
``_storeserver.py``); Lighthouse 12.2.3 (npm, pinned in ``benchmarks/lighthouse/``; run
``npm ci`` there first) with Debian's ``/usr/bin/chromium`` headless, its default mobile
profile (Moto G Power emulation, simulated slow 4G and 4x CPU slowdown), once per page:
home, a search results page and the first product page linked from home. Each category's
score (0-100) and, for any category under 100, the audits that cost points.

    python benchmarks/lighthouse.py
    python benchmarks/lighthouse.py --home /path/.tradewinds --query tent
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from _storeserver import served_store

HERE = Path(__file__).parent / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync --no-first-run"
)


def audit(url: str, out: Path) -> dict[str, Any]:
    """Run Lighthouse on one URL; the category scores and the audits that lost points."""
    binary = HERE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        raise SystemExit(f"{binary} is missing: run 'npm ci' in {HERE}")
    command = [str(binary), url, "--output=json", f"--output-path={out}", "--quiet"]
    command += [f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(command, env=env, check=True, timeout=300)
    report = json.loads(out.read_text())
    result: dict[str, Any] = {}
    for name in CATEGORIES:
        category = report["categories"][name]
        lost = []
        for ref in category["auditRefs"]:
            item = report["audits"][ref["id"]]
            if ref["weight"] > 0 and item["score"] is not None and item["score"] < 1:
                lost.append(f"{ref['id']} ({item['score']:.2f})")
        result[name] = {"score": round(category["score"] * 100), "lost": lost}
    metrics = report["audits"]
    keys = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")
    keys += ("cumulative-layout-shift", "speed-index")
    result["metrics"] = {key: metrics[key].get("displayValue") for key in keys}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, help="An existing TRADEWINDS_HOME with a store.")
    parser.add_argument("--query", default="tent", help="The search page's query.")
    args = parser.parse_args()
    with served_store(args.home) as base:
        home = httpx.get(base + "/", headers={"Accept": "text/html"}, timeout=60).text
        product = re.search(r'href="(/products/[^"?#]+)', home)
        pages = {"home": "/", "search": f"/search?q={args.query}"}
        if product:
            pages["product"] = product[1]
        scratch = Path(tempfile.mkdtemp(prefix="tw-lighthouse-"))
        results = {name: audit(base + url, scratch / f"{name}.json") for name, url in pages.items()}
    version = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True)
    summary = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "browser": version.stdout.strip(),
        "date": datetime.now(UTC).date().isoformat(),
        "pages": pages,
        "results": results,
    }
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
