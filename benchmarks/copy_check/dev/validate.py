#!/usr/bin/env python3
"""Structural checks and counts for the copycheck dev set.  Exit code 1 on any failure."""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ["material", "number_unit", "feature", "compatibility", "age", "certification",
         "warranty", "colour_variant", "refusal", "placeholder", "price_stock", "near_duplicate"]
HEADER_START = ["Handle", "Title", "Body (HTML)", "Vendor", "Type", "Product Category", "Tags",
                "Published", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
                "Variant SKU", "Variant Price", "Variant Compare At Price",
                "Variant Inventory Qty", "Variant Grams",
                "Material (product.metafields.custom.material)"]

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


# ---------------------------------------------------------------- products.csv
with (HERE / "products.csv").open(encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = [dict(zip(header, r)) for r in reader]
if header[:len(HEADER_START)] != HEADER_START:
    err("products.csv header does not start with the required columns")
for col in header[len(HEADER_START) - 1:]:
    if not re.fullmatch(r"[^()]+ \(product\.metafields\.custom\.[a-z0-9_]+\)", col):
        err("bad attribute column: %r" % col)
attr_cols = [c for c in header if "(product.metafields.custom." in c]

products: dict[str, dict] = {}
seen_done: set[str] = set()
prev = None
skus = Counter()
opt_products = 0
for r in rows:
    h = r["Handle"]
    if h != prev:
        if h in products:
            err("handle %s rows are not consecutive" % h)
        if not r["Title"]:
            err("first row of %s has no Title" % h)
        products[h] = {"first": r, "variants": []}
        prev = h
    else:
        for c in ["Title", "Body (HTML)", "Vendor", "Type", "Product Category", "Tags",
                  "Published", "Option1 Name", "Option2 Name"] + attr_cols:
            if r[c]:
                err("%s: later variant row carries product field %s" % (h, c))
    products[h]["variants"].append(r)
    skus[r["Variant SKU"]] += 1
    if not re.fullmatch(r"\d+\.\d\d", r["Variant Price"]):
        err("%s: bad price %r" % (h, r["Variant Price"]))
for s, n in skus.items():
    if n > 1 or not s:
        err("SKU %r used %d times" % (s, n))
no_fact = 0
zh_title = 0
for h, p in products.items():
    fr = p["first"]
    if fr["Option1 Name"] == "Title" and fr["Option1 Value"] != "Default Title":
        err("%s: option-less product must use Default Title" % h)
    if fr["Option1 Name"] in ("Color", "Size", "颜色", "Length", "Weight", "Model", "Grip", "Style", "Set") or fr["Option2 Name"]:
        opt_products += 1
    has_attr = any(fr[c] for c in attr_cols)
    if not has_attr and not fr["Body (HTML)"] and fr["Option1 Name"] == "Title":
        no_fact += 1
    if re.search(r"[\u4e00-\u9fff]", fr["Title"]):
        zh_title += 1
    if " > " not in fr["Product Category"]:
        err("%s: category is not a breadcrumb" % h)

# ---------------------------------------------------------------- copies / labels
copies = [json.loads(l) for l in (HERE / "copies.jsonl").open(encoding="utf-8")]
labels = [json.loads(l) for l in (HERE / "labels.jsonl").open(encoding="utf-8")]
if len(copies) != len(labels):
    err("copies/labels length mismatch")
ids = [c["id"] for c in copies]
if len(set(ids)) != len(ids):
    err("duplicate copy ids")
for c, l in zip(copies, labels):
    if c["id"] != l["id"]:
        err("label order mismatch at %s / %s" % (c["id"], l["id"]))
    if set(c) != {"id", "handle", "language", "text"}:
        err("%s: copy keys %s" % (c["id"], sorted(c)))
    if c["handle"] not in products:
        err("%s: unknown handle %s" % (c["id"], c["handle"]))
    if c["language"] not in ("en", "zh"):
        err("%s: bad language" % c["id"])
    has_han = bool(re.search(r"[\u4e00-\u9fff]", c["text"]))
    if c["language"] == "zh" and not has_han:
        err("%s: zh copy without Chinese" % c["id"])
    if c["language"] == "en" and has_han:
        err("%s: en copy with Chinese characters" % c["id"])
    v = l["verdict"]
    if v not in ("ok", "contradiction"):
        err("%s: bad verdict" % c["id"])
    if (v == "ok") != (not l["kinds"]) or (v == "ok") != (not l["planted"]):
        err("%s: verdict / kinds / planted disagree" % c["id"])
    for k in l["kinds"]:
        if k not in KINDS:
            err("%s: unknown kind %s" % (c["id"], k))
    for pl in l["planted"]:
        if pl["claim"] not in c["text"]:
            err("%s: claim %r not in text" % (c["id"], pl["claim"]))
        if not pl["fact"] or not pl["field"]:
            err("%s: planted entry without fact/field" % c["id"])
    if "near_duplicate" in l["kinds"]:
        src = l.get("duplicate_of")
        if src not in ids:
            err("%s: near_duplicate without valid duplicate_of" % c["id"])
        else:
            s = copies[ids.index(src)]
            sl = labels[ids.index(src)]
            if s["handle"] == c["handle"]:
                err("%s: duplicate of a copy of the same product" % c["id"])
            if sl["verdict"] != "ok":
                err("%s: duplicate source %s is not faithful" % (c["id"], src))
    # hygiene lint on faithful copies
    if v == "ok":
        t = c["text"]
        if re.search(r"\$\s?\d|\d\s?元|in stock|left in stock|库存|仅售|特价|% off|sale\b", t, re.I):
            err("%s: faithful copy mentions price/stock" % c["id"])
        if re.search(r"as an ai|language model|i'm sorry|i cannot|抱歉|无法|TBD|lorem|\{\{|\[[A-Z ]+\]|【", t, re.I):
            err("%s: faithful copy looks like refusal/placeholder" % c["id"])
    words = len(re.findall(r"[A-Za-z0-9']+", c["text"])) + len(re.findall(r"[\u4e00-\u9fff]", c["text"])) // 2
    if words < 2:
        err("%s: text too short" % c["id"])

# ---------------------------------------------------------------- counts
n = len(copies)
lang = Counter(c["language"] for c in copies)
verd = Counter(l["verdict"] for l in labels)
kind_lang = Counter()
for c, l in zip(copies, labels):
    for k in l["kinds"]:
        kind_lang[(k, c["language"])] += 1
used = {c["handle"] for c in copies}
multi = sum(1 for l in labels if len(l["kinds"]) > 1)
hard_ok = sum(1 for l in labels if l["verdict"] == "ok" and l["note"])

print("products: %d (with options: %d, no-fact: %d, Chinese title: %d), variant rows: %d, attribute columns: %d"
      % (len(products), opt_products, no_fact, zh_title, len(rows), len(attr_cols)))
print("copies: %d over %d products" % (n, len(used)))
print("language: en %d (%.1f%%), zh %d (%.1f%%)" % (lang["en"], 100 * lang["en"] / n, lang["zh"], 100 * lang["zh"] / n))
print("verdict: ok %d (%.1f%%), contradiction %d (%.1f%%); copies with 2+ kinds: %d; faithful with a note: %d"
      % (verd["ok"], 100 * verd["ok"] / n, verd["contradiction"], 100 * verd["contradiction"] / n, multi, hard_ok))
vl = Counter((c["language"], l["verdict"]) for c, l in zip(copies, labels))
print("language x verdict:", dict(vl))
print("%-16s %5s %5s %5s" % ("kind", "en", "zh", "all"))
for k in KINDS:
    e, z = kind_lang[(k, "en")], kind_lang[(k, "zh")]
    print("%-16s %5d %5d %5d" % (k, e, z, e + z))
    if e + z < 12:
        err("kind %s has only %d copies" % (k, e + z))
    if not e or not z:
        err("kind %s missing a language" % k)

if n < 320:
    err("fewer than 320 copies")
if len(used) < 85:
    err("fewer than 85 products used")
if len(products) < 90:
    err("fewer than 90 products")
if opt_products < 30:
    err("fewer than 30 products with options")
if not 0.55 <= lang["en"] / n <= 0.65:
    err("language split off 60/40")
if abs(verd["ok"] - verd["contradiction"]) / n > 0.05:
    err("verdicts not balanced within 5%")

if errors:
    print("\nFAILED (%d):" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nall checks passed")
