"""Regenerate the copycheck2 set: products.csv, copies.jsonl, labels.jsonl.

Run: /work/main/.venv/bin/python make_set.py   (from this folder)
The data lives in data1.py .. data6.py (written by hand); this script only lays it out.
"""
import csv
import hashlib
import itertools
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import data1, data2, data3, data4, data5, data6  # noqa: E402,F401

BASE = ["Handle", "Title", "Body (HTML)", "Vendor", "Type", "Product Category", "Tags", "Published",
        "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Variant SKU", "Variant Price",
        "Variant Compare At Price", "Variant Inventory Qty", "Variant Grams"]

# attribute key -> label, in column order (material first, as in the brief)
ATTR = {
    "material": "Material", "capacity": "Capacity", "weight": "Weight", "dimensions": "Dimensions",
    "wattage": "Wattage", "voltage": "Voltage", "battery_life": "Battery life", "run_time": "Run time",
    "charging": "Charging time", "age_range": "Age range", "warranty": "Warranty", "certifications": "Certifications",
    "compatible_with": "Compatible with", "dishwasher_safe": "Dishwasher safe", "microwave_safe": "Microwave safe",
    "machine_washable": "Machine washable", "waterproof": "Waterproof", "water_resistance": "Water resistance",
    "cordless": "Cordless", "pieces": "Pieces", "length": "Length", "width": "Width", "thickness": "Thickness",
    "diameter": "Diameter", "page_count": "Pages", "paper_weight": "Paper weight", "tip_size": "Tip size",
    "nib": "Nib", "tip": "Tip", "thread_count": "Thread count", "fill": "Fill", "fabric_weight": "Fabric weight",
    "pocket_depth": "Pocket depth", "care": "Care", "closure": "Closure", "country_of_origin": "Country of origin",
    "strings": "Strings", "scale_length": "Scale length", "tuning": "Tuning", "gauge": "Gauge",
    "tempo_range": "Tempo range", "finish": "Finish", "movement": "Movement", "gemstone": "Stone",
    "hypoallergenic": "Hypoallergenic", "quick_release": "Quick release", "lock": "Lock", "rfid": "RFID blocking",
    "max_load": "Max load", "height_range": "Height range", "seat_height": "Seat height", "wheel_size": "Wheel size",
    "assembly": "Assembly", "cuff_size": "Cuff size", "memory": "Memory", "latex_free": "Latex-free",
    "peak_current": "Peak current", "max_pressure": "Max pressure", "noise_level": "Noise level",
    "coverage": "Room coverage", "cadr": "CADR", "filter": "Filter", "safety": "Safety features", "speeds": "Speeds",
    "timer": "Timer", "heat_up": "Heat-up time", "flow_rate": "Flow rate", "connection": "Connection size",
    "hinge": "Hinge", "function": "Function", "valve": "Valve", "fit_range": "Fit range", "vents": "Vents",
    "upf": "UPF", "yarn_weight": "Yarn weight", "needle_size": "Needle size", "surface": "Surface",
    "burn_time": "Burn time", "players": "Players", "play_time": "Playing time",
}


def attr_col(key):
    return f"{ATTR[key]} (product.metafields.custom.{key})"


def sku_prefix(handle):
    parts = [w for w in handle.split("-") if w]
    return "".join(w[0] for w in parts[:4]).upper()


def stable_int(s, lo, hi):
    h = int(hashlib.sha1(s.encode()).hexdigest(), 16)
    return lo + h % (hi - lo + 1)


def write_products(path):
    used = sorted({k for p in common.PRODUCTS for k in p["attrs"]}, key=list(ATTR).index)
    unknown = {k for p in common.PRODUCTS for k in p["attrs"]} - set(ATTR)
    assert not unknown, unknown
    header = BASE + [attr_col(k) for k in used]
    skus = set()
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for p in common.PRODUCTS:
            opts = p["opts"]
            combos = list(itertools.product(*[vals for _, vals in opts])) if opts else [("Default Title",)]
            pre = sku_prefix(p["handle"])
            for i, combo in enumerate(combos):
                row = dict.fromkeys(header, "")
                row["Handle"] = p["handle"]
                if opts:
                    row["Option1 Value"] = combo[0]
                    if len(opts) > 1:
                        row["Option2 Value"] = combo[1]
                else:
                    row["Option1 Value"] = "Default Title"
                sku = f"{pre}-{stable_int(p['handle'], 100, 999)}-{i + 1:02d}"
                assert sku not in skus, sku
                skus.add(sku)
                row["Variant SKU"] = sku
                row["Variant Price"] = p["prices"].get(combo[0], p["price"])
                compare = p["compare"]
                if not opts and compare is None and stable_int("cmp" + p["handle"], 0, 4) == 0:
                    compare = f"{float(p['price']) * 1.25:.2f}"  # some single-variant products are on sale
                row["Variant Compare At Price"] = compare or ""
                row["Variant Inventory Qty"] = str(stable_int(sku, 0, 140))
                g = p["grams"]
                row["Variant Grams"] = str(g[combo[0]] if isinstance(g, dict) else g)
                if i == 0:
                    row.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": p["vendor"], "Type": p["type"],
                                "Product Category": p["category"], "Tags": p["tags"], "Published": "TRUE"})
                    if opts:
                        row["Option1 Name"] = opts[0][0]
                        if len(opts) > 1:
                            row["Option2 Name"] = opts[1][0]
                    else:
                        row["Option1 Name"] = "Title"
                    for k, v in p["attrs"].items():
                        row[attr_col(k)] = v
                w.writerow([row[h] for h in header])


def build_copies():
    items = []
    bykey = {}
    for p in common.PRODUCTS:
        for i, c in enumerate(p["copies"]):
            c = dict(c, handle=p["handle"], ref=f"{p['handle']}#{i}")
            items.append(c)
            bykey[c["ref"]] = c
            if c.get("key"):
                assert c["key"] not in bykey, c["key"]
                bykey[c["key"]] = c
    rnd = random.Random(20261207)
    rnd.shuffle(items)
    for n, c in enumerate(items, 1):
        c["id"] = f"c{n:04d}"
    for c in items:
        if "dup" in c:
            src_key, old, new = c["dup"]
            src = bykey[src_key]
            assert src["handle"] != c["handle"] and not src["planted"] and "dup" not in src, src_key
            assert old in src["text"], (src_key, old)
            assert src["lang"] == c["lang"]
            c["text"] = src["text"].replace(old, new)
            c["dup_of"] = src["id"]
            c["planted"] = [("near_duplicate", c["text"],
                             f"near-duplicate of {src['id']} (faithful copy for {src['handle']}) with the name swapped", "copy")]
    return items


def main():
    write_products(os.path.join(HERE, "products.csv"))
    items = build_copies()
    with open(os.path.join(HERE, "copies.jsonl"), "w", encoding="utf-8") as fc, \
         open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for c in items:
            fc.write(json.dumps({"id": c["id"], "handle": c["handle"], "language": c["lang"], "text": c["text"]},
                                ensure_ascii=False) + "\n")
            kinds = []
            for k, *_ in c["planted"]:
                if k not in kinds:
                    kinds.append(k)
            lab = {"id": c["id"], "verdict": "contradiction" if kinds else "ok", "kinds": kinds,
                   "planted": [{"claim": cl, "fact": fa, "field": fi} for _, cl, fa, fi in c["planted"]]}
            if c.get("dup_of"):
                lab["duplicate_of"] = c["dup_of"]
            if c.get("note"):
                lab["note"] = c["note"]
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(common.PRODUCTS)} products, {len(items)} copies")


if __name__ == "__main__":
    main()
