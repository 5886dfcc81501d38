# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""``tradewinds bench copy-check`` on a tiny catalogue, and ``tradewinds copy check`` on
a stored product."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

CSV = """Handle,Title,Body (HTML),Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Inventory Qty,Material (product.metafields.custom.material),Capacity (product.metafields.custom.capacity)
trail-kettle,Trail Kettle,"<p>Boils in 5 minutes. Not dishwasher safe.</p>",Acme,Kettle,Color,Black,TK-1,39.00,5,Stainless steel,2.5 L
trail-kettle,,,,,,Sage Green,TK-2,39.00,5,,
camp-mug,Camp Mug,"<p>An enamel mug for the campfire. Holds 350 ml. Dishwasher safe.</p>",Acme,Mug,Title,Default Title,CM-1,12.00,5,Enamelled steel,
"""  # noqa: E501
COPIES = [
    {"id": "1", "handle": "trail-kettle", "language": "en", "text": "Holds about 85 oz; black."},
    {"id": "2", "handle": "trail-kettle", "language": "en", "text": "Holds 2.5 gallons."},
    {"id": "3", "handle": "camp-mug", "language": "zh", "text": "容量350毫升，可放入洗碗机。"},
    {"id": "4", "handle": "camp-mug", "language": "zh", "text": "铜制杯身。"},
]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    catalog, copies = tmp_path / "products.csv", tmp_path / "copies.jsonl"
    catalog.write_text(CSV, encoding="utf-8")
    copies.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in COPIES))
    return catalog, copies


def test_bench_copy_check_writes_a_verdict_per_copy(
    tmp_path: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    catalog, copies = _files(tmp_path)
    out = tmp_path / "verdicts.jsonl"
    result = run_cli("bench", "copy-check", "--catalog", str(catalog), "--copies", str(copies),
                     "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["copies"] == 4 and summary["products"] == 2
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert {i: r["verdict"] for i, r in rows.items()} == {
        "1": "ok", "2": "contradiction", "3": "ok", "4": "contradiction",
    }  # fmt: skip
    assert rows["2"]["findings"][0]["source"] == "attribute capacity"
    assert rows["4"]["findings"][0]["kind"] == "material"


def test_bench_copy_check_names_a_bad_line(
    tmp_path: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    catalog, copies = _files(tmp_path)
    copies.write_text(copies.read_text() + '{"id": "5"}\n')
    result = run_cli("bench", "copy-check", "--catalog", str(catalog), "--copies", str(copies),
                     "--out", str(tmp_path / "v.jsonl"))  # fmt: skip
    assert result.returncode == 2
    assert "line 5: missing handle, language, text" in result.stderr


def test_copy_check_prints_findings_for_a_stored_product(
    tmp_path: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    catalog, _ = _files(tmp_path)
    assert run_cli("tenants", "create", "shop").returncode == 0
    imported = run_cli("import", "products", str(catalog), "--tenant", "shop")
    assert imported.returncode == 0, imported.stderr
    bad = run_cli("copy", "check", "trail-kettle", "--tenant", "shop", "--text", "Copper, 3 L")
    assert bad.returncode == 1
    assert "material" in bad.stdout and "number_unit" in bad.stdout
    good = run_cli("copy", "check", "trail-kettle", "--tenant", "shop", "--language", "zh",
                   "--text", "不锈钢，2.5升", "--json")  # fmt: skip
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["verdict"] == "ok"
