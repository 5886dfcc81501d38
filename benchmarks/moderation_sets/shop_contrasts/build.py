"""Build prompts.jsonl from the hand-written data_*.py files.

Deterministic: ids follow file order; split is assigned per contrast unit
(a safe prompt together with its unsafe contrasts), stratified by
(lang, kind, has_contrast): within each stratum, items at positions
i % 5 in {1, 3} go to "test" (40%), the rest to "dev" (60%).
"""
import json
import os
from collections import defaultdict

import data_en_shop
import data_en_general
import data_zh_shop
import data_zh_general
import data_extra_contrasts

HERE = os.path.dirname(os.path.abspath(__file__))


def build():
    groups = (data_en_shop.GROUPS + data_en_general.GROUPS
              + data_zh_shop.GROUPS + data_zh_general.GROUPS)
    extra = dict(data_extra_contrasts.EXTRA)
    units = []  # (safe_record, [unsafe_records])
    counters = defaultdict(int)
    for lang, kind, topic, items in groups:
        for item in items:
            text, pattern = item[0], item[1]
            contrasts = list(item[2]) if len(item) > 2 else []
            contrasts += extra.pop(text, [])
            prefix = f"{lang}-{kind}-{topic}"
            counters[prefix] += 1
            sid = f"{prefix}-{counters[prefix]:03d}"
            safe = {"id": sid, "text": text, "lang": lang, "kind": kind,
                    "label": "safe", "category": "none", "pattern": pattern}
            unsafe = []
            for c in contrasts:
                cat, utext = c[0], c[1]
                ukind = c[2] if len(c) > 2 else kind
                uprefix = f"{lang}-{ukind}-{topic}"
                counters[uprefix + "-u"] += 1
                uid = f"{uprefix}-u{counters[uprefix + '-u']:03d}"
                unsafe.append({"id": uid, "text": utext, "lang": lang,
                               "kind": ukind, "label": "unsafe",
                               "category": cat, "pattern": "direct",
                               "contrast_of": sid})
            units.append((safe, unsafe))

    if extra:
        raise SystemExit(f"extra contrasts for unknown safe texts: {list(extra)}")
    strata = defaultdict(int)
    records = []
    for safe, unsafe in units:
        key = (safe["lang"], safe["kind"], bool(unsafe))
        i = strata[key]
        strata[key] += 1
        split = "test" if i % 5 in (1, 3) else "dev"
        for r in [safe] + unsafe:
            r["split"] = split
            records.append(r)
    return records


if __name__ == "__main__":
    recs = build()
    out = os.path.join(HERE, "prompts.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {out}")
