"""Check the copycheck2 set. Run: /work/main/.venv/bin/python validate.py"""
import collections, csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["material", "number_unit", "feature", "compatibility", "age", "certification", "warranty",
         "colour_variant", "refusal", "placeholder", "price_stock", "near_duplicate"]
errors = []
def err(m): errors.append(m)

rows = list(csv.DictReader(open(os.path.join(HERE, "products.csv"), encoding="utf-8")))
hdr = next(csv.reader(open(os.path.join(HERE, "products.csv"), encoding="utf-8")))
base = "Handle,Title,Body (HTML),Vendor,Type,Product Category,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price,Variant Compare At Price,Variant Inventory Qty,Variant Grams,Material (product.metafields.custom.material)".split(",")
if hdr[:len(base)] != base: err("header prefix differs from the brief")
attr_cols = [h for h in hdr if re.fullmatch(r".+ \(product\.metafields\.custom\.[a-z0-9_]+\)", h)]
if len(attr_cols) != len(hdr) - 17: err("non-attribute extra columns")
products, order, skus = {}, [], set()
for r in rows:
    h = r["Handle"]
    if r["Title"]:
        if h in products: err(f"handle {h} has two first rows or is not consecutive")
        products[h] = {"row": r, "variants": []}
        order.append(h)
    else:
        if not order or order[-1] != h: err(f"rows of {h} not consecutive / no first row")
        extra = [c for c in hdr if r[c] and c not in ("Handle", "Option1 Value", "Option2 Value", "Variant SKU", "Variant Price", "Variant Inventory Qty", "Variant Grams")]
        if extra: err(f"{h}: later row carries {extra}")
    products[h]["variants"].append(r)
    if r["Variant SKU"] in skus: err(f"duplicate SKU {r['Variant SKU']}")
    skus.add(r["Variant SKU"])
    if not re.fullmatch(r"\d+\.\d\d", r["Variant Price"]): err(f"{h}: bad price {r['Variant Price']}")
for h, p in products.items():
    r = p["row"]
    if " > " not in r["Product Category"]: err(f"{h}: category not a breadcrumb")
    if r["Option1 Name"] == "Title" and (r["Option1 Value"] != "Default Title" or len(p["variants"]) != 1): err(f"{h}: bad default option")
nofacts = [h for h, p in products.items() if not p["row"]["Body (HTML)"] and not any(p["row"][c] for c in attr_cols)]
coloursize = [h for h, p in products.items() if p["row"]["Option1 Name"] in ("Color", "Size", "Finish", "Length", "Width", "Strap Color", "Dial", "Weight", "Ink Color")]
zh_titles = [h for h, p in products.items() if re.search(r"[\u4e00-\u9fff]", p["row"]["Title"])]
kinds_of_goods = collections.Counter(p["row"]["Product Category"].split(" > ")[0] + " > " + p["row"]["Product Category"].split(" > ")[1] for p in products.values())

copies = [json.loads(l) for l in open(os.path.join(HERE, "copies.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
ids = [c["id"] for c in copies]
if len(set(ids)) != len(ids): err("copy ids not unique")
if [l["id"] for l in labels] != ids: err("labels do not align with copies")
texts = collections.Counter(c["text"] for c in copies)
for t, n in texts.items():
    if n > 1: err(f"duplicate copy text: {t[:50]}")
byid = {c["id"]: c for c in copies}
kc, kl, lang, verdict = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for c, l in zip(copies, labels):
    if c["handle"] not in products: err(f"{c['id']}: unknown handle {c['handle']}")
    if c["language"] not in ("en", "zh"): err(f"{c['id']}: bad language")
    has_cjk = bool(re.search(r"[\u4e00-\u9fff]", c["text"]))
    if c["language"] == "zh" and not has_cjk: err(f"{c['id']}: zh copy without Chinese")
    if c["language"] == "en" and has_cjk: err(f"{c['id']}: en copy with Chinese")
    lang[c["language"]] += 1
    verdict[l["verdict"]] += 1
    if l["verdict"] == "ok" and (l["kinds"] or l["planted"]): err(f"{c['id']}: ok with kinds")
    if l["verdict"] == "contradiction" and not (l["kinds"] and l["planted"]): err(f"{c['id']}: contradiction without kinds")
    for k in l["kinds"]:
        if k not in KINDS: err(f"{c['id']}: unknown kind {k}")
        kc[k] += 1; kl[(k, c["language"])] += 1
    for pl in l["planted"]:
        if pl["claim"] not in c["text"]: err(f"{c['id']}: claim not in text: {pl['claim']}")
        f = pl["field"]
        if f not in ("description", "variants", "copy") and not any(col.endswith(f".{f})") for col in attr_cols): err(f"{c['id']}: unknown field {f}")
        if f not in ("description", "variants", "copy"):
            col = next(col for col in attr_cols if col.endswith(f".{f})"))
            if not products[c["handle"]]["row"][col]: err(f"{c['id']}: field {f} is empty for {c['handle']}")
        if f == "description" and not products[c["handle"]]["row"]["Body (HTML)"]: err(f"{c['id']}: no description")
    if "near_duplicate" in l["kinds"]:
        src = byid.get(l.get("duplicate_of"))
        if not src or src["handle"] == c["handle"]: err(f"{c['id']}: bad duplicate_of")
        elif labels[ids.index(src["id"])]["verdict"] != "ok": err(f"{c['id']}: duplicate of a non-faithful copy")
    if l["verdict"] == "ok" and c["handle"] in nofacts and re.search(r"\d", c["text"]): err(f"{c['id']}: numbers in copy of a no-facts product")
    if l["verdict"] == "ok" and re.search(r"[$¥]|\d+(\.\d+)?元|in stock|库存|lorem|\[|\{\{|TBD|As an AI|抱歉", c["text"], re.I): err(f"{c['id']}: hygiene pattern in faithful copy")
used = {c["handle"] for c in copies}
n = len(copies)
checks = [
    ("products >= 90", len(products) >= 90), ("copies >= 320", n >= 320), ("products used >= 85", len(used) >= 85),
    ("en share 0.55..0.65", 0.55 <= lang["en"] / n <= 0.65),
    ("ok vs contradiction within 5%", abs(verdict["ok"] - verdict["contradiction"]) / n <= 0.05),
    ("every kind >= 12", all(kc[k] >= 12 for k in KINDS)),
    ("every kind in both languages", all(kl[(k, "en")] and kl[(k, "zh")] for k in KINDS)),
    ("no-facts products ~8", len(nofacts) >= 8), ("colour/size options >= 30", len(coloursize) >= 30),
    ("Chinese titles present", len(zh_titles) >= 3), ("kinds of goods >= 8", len({k.split(' > ')[0] + k for k in kinds_of_goods}) >= 8),
]
for name, ok in checks:
    print(("PASS " if ok else "FAIL ") + name)
    if not ok: errors.append(name)
print(f"\nproducts {len(products)} (rows {len(rows)}, attribute columns {len(attr_cols)}), used {len(used)}, no-facts {len(nofacts)}, colour/size options {len(coloursize)}, Chinese titles {len(zh_titles)}")
print(f"copies {n}: en {lang['en']} ({lang['en']/n:.1%}), zh {lang['zh']} ({lang['zh']/n:.1%}); ok {verdict['ok']}, contradiction {verdict['contradiction']}")
print(f"two-kind copies: {sum(1 for l in labels if len(l['kinds']) > 1)}; copies with note: {sum(1 for l in labels if l.get('note'))}")
for k in KINDS:
    print(f"  {k:15} {kc[k]:3}  (en {kl[(k,'en')]}, zh {kl[(k,'zh')]})")
print("kinds of goods:", dict(kinds_of_goods))
print("\nERRORS:" if errors else "\nno errors", *errors, sep="\n  ")
sys.exit(1 if errors else 0)
