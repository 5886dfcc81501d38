"""The demo store's policies (returns, shipping, warranty, and a Chinese summary), shipped
as Markdown in this package so the assistant can answer policy questions from the
quickstart on."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

POLICY_SUFFIXES = (".md", ".markdown", ".txt")


def write_demo_policies(target: Path) -> list[Path]:
    """Copy the demo policies into ``target`` unless it already holds policy files (a
    shop's own policies are never overwritten). Returns the files written."""
    if target.is_dir() and any(p.suffix.lower() in POLICY_SUFFIXES for p in target.iterdir()):
        return []
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(resources.files("tradewinds.demo").joinpath("policies").iterdir(),
                         key=lambda f: f.name):  # fmt: skip
        if source.name.endswith(".md"):
            path = target / source.name
            with resources.as_file(source) as file:
                shutil.copyfile(file, path)
            written.append(path)
    return written
