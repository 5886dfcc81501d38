"""Validate copycheck3: structure, counts, label alignment."""
import csv, json, collections, sys
from pathlib import Path
H = Path(__file__).resolve().parent
rows = list(csv.DictReader(open(H / "products.csv", encoding="utf-8")))
handles = []
for r in rows:
    if r["Title"]:
        handles.append(r["Handle"])
assert len(handles) == len(set(handles)), "handle groups not consecutive / duplicated"
skus = [r["Variant SKU"] for r in rows]
assert len(skus) == len(set(skus))
copies = [json.loads(l) for l in open(H / "copies.jsonl", encoding="utf-8")]
labels = [json.loads(l) for l in open(H / "labels.jsonl", encoding="utf-8")]
ids = [c["id"] for c in copies]
assert len(ids) == len(set(ids)), "dup ids"
assert [l["id"] for l in labels] == ids, "labels misaligned"
hs = set(handles)
for c, l in zip(copies, labels):
    assert c["handle"] in hs, c
    assert c["language"] in ("en", "zh")
    assert (l["verdict"] == "ok") == (not l["kinds"]) == (not l["planted"]), l
    for p in l["planted"]:
        assert p["claim"] in c["text"], (c["id"], p["claim"])
lang = collections.Counter(c["language"] for c in copies)
verd = collections.Counter(l["verdict"] for l in labels)
kind = collections.Counter(k for l in labels for k in l["kinds"])
kl = collections.Counter((k, c["language"]) for c, l in zip(copies, labels) for k in l["kinds"])
used = len({c["handle"] for c in copies})
vl = collections.Counter((l["verdict"], c["language"]) for c, l in zip(copies, labels))
print("products", len(handles), "csv rows", len(rows), "copies", len(copies), "products used", used)
print("languages", dict(lang), {k: round(v / len(copies), 3) for k, v in lang.items()})
print("verdicts", dict(verd), "by lang", dict(vl))
print("kinds:")
for k, v in sorted(kind.items()):
    print(f"  {k:15s} {v:3d}  en {kl[(k,'en')]:3d}  zh {kl[(k,'zh')]:3d}")
print("two-kind copies", sum(1 for l in labels if len(l["kinds"]) > 1),
      "multi-planted", sum(1 for l in labels if len(l["planted"]) > 1))
opt = sum(1 for r in rows if r["Title"] and r["Option1 Name"] not in ("Title",))
empty = sum(1 for r in rows if r["Title"] and not r["Body (HTML)"] and not any(v for k, v in r.items() if "metafields" in k and v))
zh_t = sum(1 for r in rows if r["Title"] and any("\u4e00" <= ch <= "\u9fff" for ch in r["Title"]))
print("with options", opt, "no-facts products", empty, "chinese titles", zh_t)
print("product types", len({r['Type'] for r in rows if r['Title']}))
errs = []
if len(copies) < 320: errs.append("copies<320")
if used < 85: errs.append("used<85")
if any(v < 12 for v in kind.values()) or len(kind) < 12: errs.append("kind<12")
if any(kl[(k, lg)] == 0 for k in kind for lg in ("en", "zh")): errs.append("kind missing a language")
if abs(verd["ok"] - verd["contradiction"]) / len(copies) > 0.05: errs.append("verdict imbalance")
if not 0.55 <= lang["en"] / len(copies) <= 0.65: errs.append("language mix")
print("ERRORS:", errs or "none")
sys.exit(1 if errs else 0)
