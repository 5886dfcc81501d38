"""Regenerate the copycheck3 dev set: products.csv, copies.jsonl, labels.jsonl.

All products and copies are hand-written in data_*.py next to this file; this script only
lays them out (Shopify CSV rows, stable shuffled ids) and resolves near-duplicate references.

    /work/main/.venv/bin/python make_set.py
"""
from __future__ import annotations

import csv
import importlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import LABELS  # noqa: E402
from data_extra import DROP  # noqa: E402

DATA_MODULES = ["data_kitchen", "data_home", "data_outdoor", "data_kids_pets", "data_misc"]

BASE_COLS = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Type", "Product Category", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Variant SKU",
    "Variant Price", "Variant Compare At Price", "Variant Inventory Qty", "Variant Grams",
]


def load_products():
    products = []
    for name in DATA_MODULES:
        products.extend(importlib.import_module(name).PRODUCTS)
    extra = importlib.import_module("data_misc").EXTRA
    by_h = {p["h"]: p for p in products}
    for h, cs in extra.items():
        by_h[h]["c"].extend(cs)
    for h, cs in importlib.import_module("data_extra").EXTRA2.items():
        by_h[h]["c"].extend(cs)
    handles = [p["h"] for p in products]
    dup = {h for h in handles if handles.count(h) > 1}
    assert not dup, dup
    return products


def write_csv(products):
    # attribute columns in a fixed order: material first (as in the brief), then by first use
    keys: list[str] = ["material"]
    for p in products:
        for k in p["a"]:
            if k not in keys:
                keys.append(k)
    attr_cols = [f"{LABELS[k]} (product.metafields.custom.{k})" for k in keys]
    rng = random.Random(7)
    sku_seen = set()
    rows = []
    for n, p in enumerate(products, 1):
        opts = p["o"] or [("Title", ["Default Title"])]
        o1n, o1v = opts[0]
        o2n, o2v = opts[1] if len(opts) > 1 else ("", [""])
        first = True
        vi = 0
        for v1 in o1v:
            for v2 in o2v:
                vi += 1
                price = p["price"][v1] if isinstance(p["price"], dict) else p["price"]
                grams = p["g"][v1] if isinstance(p["g"], dict) else p["g"]
                sku = f"{p['sku']}-{vi:02d}"
                assert sku not in sku_seen, sku
                sku_seen.add(sku)
                cmp_at = p.get("cmp", "")
                row = {c: "" for c in BASE_COLS + attr_cols}
                row.update({
                    "Handle": p["h"],
                    "Option1 Value": v1,
                    "Option2 Value": v2,
                    "Variant SKU": sku,
                    "Variant Price": f"{price:.2f}",
                    "Variant Compare At Price": f"{cmp_at:.2f}" if cmp_at else "",
                    "Variant Inventory Qty": str(rng.randint(0, 140)),
                    "Variant Grams": str(grams),
                })
                if first:
                    row.update({
                        "Title": p["t"], "Body (HTML)": p["body"], "Vendor": p["v"],
                        "Type": p["ty"], "Product Category": p["cat"], "Tags": p["tags"],
                        "Published": "TRUE", "Option1 Name": o1n, "Option2 Name": o2n,
                    })
                    for k, val in p["a"].items():
                        row[f"{LABELS[k]} (product.metafields.custom.{k})"] = val
                    first = False
                rows.append(row)
    with open(HERE / "products.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=BASE_COLS + attr_cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def write_copies(products):
    items = []
    for p in products:
        for i, c in enumerate(p["c"]):
            if c["text"] in DROP:
                assert c["planted"], c["text"]
                continue
            items.append((f"{p['h']}#{i}", p["h"], c))
    bymap = {p["h"]: p["c"] for p in products}
    rng = random.Random(20240603)
    rng.shuffle(items)
    ids = {key: f"c{n:04d}" for n, (key, _, _) in enumerate(items, 1)}
    with open(HERE / "copies.jsonl", "w", encoding="utf-8") as fc, \
         open(HERE / "labels.jsonl", "w", encoding="utf-8") as fl:
        for key, handle, c in items:
            cid = ids[key]
            fc.write(json.dumps({"id": cid, "handle": handle, "language": c["lang"],
                                 "text": c["text"]}, ensure_ascii=False) + "\n")
            planted = []
            kinds = []
            for pl in c["planted"]:
                kind, claim, fact, field = pl[:4]
                entry = {"claim": claim, "fact": fact, "field": field}
                if kind == "near_duplicate":
                    src = ids[pl[4]]
                    sh, si = pl[4].split("#")
                    assert bymap[sh][int(si)]["planted"] == [], pl[4]
                    entry["fact"] = fact.replace("{src}", src)
                    entry["duplicate_of"] = src
                planted.append(entry)
                if kind not in kinds:
                    kinds.append(kind)
            label = {"id": cid, "verdict": "contradiction" if planted else "ok",
                     "kinds": kinds, "planted": planted, "note": c["note"]}
            fl.write(json.dumps(label, ensure_ascii=False) + "\n")
    return len(items)


if __name__ == "__main__":
    prods = load_products()
    nrows = write_csv(prods)
    ncopies = write_copies(prods)
    print(f"{len(prods)} products, {nrows} CSV rows, {ncopies} copies")
