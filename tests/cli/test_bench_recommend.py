"""``tradewinds bench recommend`` writes the run TSV the protocol reads."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.recommend._chains import chain_sequences
from tradewinds.cli.app import app
from tradewinds.core.errors import ImportFileError
from tradewinds.recommend import read_run

runner = CliRunner()


def _write(tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    histories = {f"u{n}": [str(i) for i in s] for n, s in enumerate(chain_sequences(200))}
    path = tmp_path / "history.txt"
    path.write_text("".join(f"{u} {' '.join(s)}\n" for u, s in histories.items()))
    return path, histories


def test_bench_recommend_writes_top_k_unseen_items(tmp_path: Path) -> None:
    sequences, histories = _write(tmp_path)
    attributes = tmp_path / "attrs.json"
    attributes.write_text(json.dumps({str(i): [i % 4] for i in range(40)}))
    out = tmp_path / "run.tsv"
    result = runner.invoke(
        app,
        [
            "bench",
            "recommend",
            "--sequences",
            str(sequences),
            "--attributes",
            str(attributes),
            "--k",
            "5",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[-1])["rows"] == 5 * len(histories)
    lines = out.read_text().splitlines()
    assert lines[0] == "user\titem\trank"
    assert lines[1].split("\t")[2] == "1" and len(lines[1].split("\t")) == 3
    run = read_run(out)
    assert run.keys() == histories.keys()
    for user, items in run.items():
        assert len(items) == 5 and not set(items) & set(histories[user])
    hits = sum(run[u][0] == str((int(h[-1]) + 1) % 40) for u, h in histories.items())
    assert hits > 0.7 * len(histories)


def test_bench_recommend_runs_the_baseline_and_names_bad_lines(tmp_path: Path) -> None:
    sequences, _ = _write(tmp_path)
    out = tmp_path / "run.tsv"
    ok = runner.invoke(
        app,
        [
            "bench",
            "recommend",
            "--sequences",
            str(sequences),
            "--k",
            "3",
            "--out",
            str(out),
            "--model",
            "transition",
        ],
    )
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout.splitlines()[-1])["model"] == "transition"
    bad = tmp_path / "bad.txt"
    bad.write_text("u1 1 2\nu2\n")
    failed = runner.invoke(app, ["bench", "recommend", "--sequences", str(bad), "--out", str(out)])
    assert isinstance(failed.exception, ImportFileError)  # main() prints it, exit code 2
    assert f"{bad} line 2: items: user 'u2' has no items" in failed.exception.message
