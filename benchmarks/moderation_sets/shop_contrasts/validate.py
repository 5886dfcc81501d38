"""Validate prompts.jsonl and print counts."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "zh"}
KINDS = {"shop", "general"}
LABELS = {"safe", "unsafe"}
CATS = {"none", "sexual", "sexual_minors", "hate", "harassment", "violence",
        "self_harm", "illicit", "weapons"}
SAFE_PATTERNS = {"homonym", "figurative", "safe_target", "safe_context",
                 "product", "definition", "history", "privacy_public"}
SPLITS = {"dev", "test"}
FIELDS_SAFE = {"id", "text", "lang", "kind", "label", "category", "pattern", "split"}
FIELDS_UNSAFE = FIELDS_SAFE | {"contrast_of"}


def main(path=os.path.join(HERE, "prompts.jsonl")):
    errors = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: invalid JSON ({e})")
    ids = Counter(r.get("id") for r in recs)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = Counter(r.get("text") for r in recs)
    errors += [f"duplicate text {t!r}" for t, c in texts.items() if c > 1]
    by_id = {r.get("id"): r for r in recs}
    for r in recs:
        rid = r.get("id")
        want = FIELDS_SAFE if r.get("label") == "safe" else FIELDS_UNSAFE
        if set(r) != want:
            errors.append(f"{rid}: fields {sorted(set(r) ^ want)} wrong")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            errors.append(f"{rid}: empty text")
        if r.get("lang") not in LANGS:
            errors.append(f"{rid}: bad lang")
        if r.get("kind") not in KINDS:
            errors.append(f"{rid}: bad kind")
        if r.get("label") not in LABELS:
            errors.append(f"{rid}: bad label")
        if r.get("category") not in CATS:
            errors.append(f"{rid}: bad category")
        if r.get("split") not in SPLITS:
            errors.append(f"{rid}: bad split")
        if r.get("label") == "safe":
            if r.get("pattern") not in SAFE_PATTERNS:
                errors.append(f"{rid}: bad safe pattern {r.get('pattern')}")
            if r.get("category") != "none":
                errors.append(f"{rid}: safe item must have category none")
        elif r.get("label") == "unsafe":
            if r.get("pattern") != "direct":
                errors.append(f"{rid}: unsafe pattern must be direct")
            if r.get("category") == "none":
                errors.append(f"{rid}: unsafe item needs a category")
            target = by_id.get(r.get("contrast_of"))
            if target is None:
                errors.append(f"{rid}: contrast_of {r.get('contrast_of')} missing")
            elif target.get("label") != "safe":
                errors.append(f"{rid}: contrast_of {target['id']} is not safe")
            elif target.get("lang") != r.get("lang"):
                errors.append(f"{rid}: contrast in another language")
        has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in r.get("text", ""))
        if (r.get("lang") == "zh") != has_cjk:
            errors.append(f"{rid}: lang/script mismatch")

    def show(title, counter):
        print(title)
        for k in sorted(counter):
            print(f"  {'/'.join(k) if isinstance(k, tuple) else k}: {counter[k]}")

    print(f"records: {len(recs)}")
    show("by label", Counter(r["label"] for r in recs))
    show("by lang/label", Counter((r["lang"], r["label"]) for r in recs))
    show("by lang/kind/label", Counter((r["lang"], r["kind"], r["label"]) for r in recs))
    show("by split/label", Counter((r["split"], r["label"]) for r in recs))
    show("by split/lang/kind/label",
         Counter((r["split"], r["lang"], r["kind"], r["label"]) for r in recs))
    show("safe by pattern", Counter(r["pattern"] for r in recs if r["label"] == "safe"))
    show("unsafe by category", Counter(r["category"] for r in recs if r["label"] == "unsafe"))
    safe = [r for r in recs if r["label"] == "safe"]
    uns = [r for r in recs if r["label"] == "unsafe"]
    if safe:
        print(f"safe zh share: {sum(r['lang'] == 'zh' for r in safe) / len(safe):.1%}, "
              f"safe shop share: {sum(r['kind'] == 'shop' for r in safe) / len(safe):.1%}")
    if uns:
        print(f"unsafe zh share: {sum(r['lang'] == 'zh' for r in uns) / len(uns):.1%}")
    print(f"test share: {sum(r['split'] == 'test' for r in recs) / len(recs):.1%}")
    if errors:
        print(f"{len(errors)} ERRORS:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
