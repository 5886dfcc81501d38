"""Score ``tradewinds bench copy-check`` verdicts against labels.

    python benchmarks/copy_check/score.py --labels LABELS.jsonl --verdicts VERDICTS.jsonl

LABELS lines: ``{"id", "verdict": "ok"|"contradiction", "kinds": [...], "language"?}``;
VERDICTS lines: ``{"id", "verdict", "findings": [{"kind", ...}]}``. Prints, per language
and overall: recall of contradicted copies (share flagged ``contradiction``), the share of
faithful copies flagged, and recall per labelled kind (a contradicted copy counts for a
kind when it is flagged at all; ``kind_found`` also asks that a finding of that kind is
among its findings). ``--json`` prints the same as one JSON object. The language comes
from the label, else from ``--copies`` (COPIES JSON Lines), else ``all`` only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def _read(path: Path, what: str) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise SystemExit(f"{path} line {number}: not valid JSON ({error.msg})") from error
        if not isinstance(row, dict) or "id" not in row:
            raise SystemExit(f"{path} line {number}: expected a {what} object with an id")
        rows[str(row["id"])] = row
    return rows


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score(
    labels: dict[str, dict[str, Any]],
    verdicts: dict[str, dict[str, Any]],
    languages: dict[str, str],
) -> dict[str, Any]:
    """Recall, faithful-flagged share and per-kind recall, per language and overall."""
    groups: dict[str, list[str]] = defaultdict(list)
    for copy_id, label in labels.items():
        groups["all"].append(copy_id)
        language = label.get("language") or languages.get(copy_id)
        if language:
            groups[language].append(copy_id)
    report: dict[str, Any] = {"missing_verdicts": sorted(set(labels) - set(verdicts))}
    for group, ids in sorted(groups.items()):
        bad = [i for i in ids if labels[i]["verdict"] == "contradiction"]
        good = [i for i in ids if labels[i]["verdict"] != "contradiction"]
        flagged = {i for i in ids if verdicts.get(i, {}).get("verdict") == "contradiction"}
        kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for i in bad:
            found = {f.get("kind") for f in verdicts.get(i, {}).get("findings", [])}
            for kind in labels[i].get("kinds", []) or ["(none)"]:
                kinds[kind][0] += 1
                kinds[kind][1] += i in flagged
                kinds[kind][2] += kind in found
        false_kinds: dict[str, int] = defaultdict(int)
        for i in good:
            if i in flagged:
                for finding in verdicts[i].get("findings", []):
                    if finding.get("severity", "block") == "block":
                        false_kinds[finding.get("kind", "?")] += 1
        report[group] = {
            "copies": len(ids),
            "contradicted": len(bad),
            "faithful": len(good),
            "recall": _ratio(len(flagged & set(bad)), len(bad)),
            "faithful_flagged": _ratio(len(flagged & set(good)), len(good)),
            "kinds": {
                k: {"copies": n, "recall": _ratio(hit, n), "kind_found": _ratio(named, n)}
                for k, (n, hit, named) in sorted(kinds.items())
            },
            "false_findings_by_kind": dict(sorted(false_kinds.items())),
        }
    return report


def _print(report: dict[str, Any]) -> None:
    for group, data in report.items():
        if group == "missing_verdicts":
            continue
        print(f"[{group}] copies {data['copies']}: recall {data['recall']} of "
              f"{data['contradicted']} contradicted; faithful flagged "
              f"{data['faithful_flagged']} of {data['faithful']}")  # fmt: skip
        for kind, k in data["kinds"].items():
            recall, found = k["recall"], k["kind_found"]
            print(f"    {kind:15} n={k['copies']:4}  recall {recall}  kind found {found}")
        if data["false_findings_by_kind"]:
            print(f"    false findings on faithful copies: {data['false_findings_by_kind']}")
    if report["missing_verdicts"]:
        print(f"missing verdicts: {len(report['missing_verdicts'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--verdicts", type=Path, required=True)
    parser.add_argument("--copies", type=Path, help="COPIES JSON Lines, for languages")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    labels = _read(args.labels, "label")
    verdicts = _read(args.verdicts, "verdict")
    languages = {}
    if args.copies:
        languages = {i: str(r.get("language", "")) for i, r in _read(args.copies, "copy").items()}
    report = score(labels, verdicts, languages)
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        _print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
