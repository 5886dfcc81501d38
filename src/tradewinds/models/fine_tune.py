"""Fine-tuning a sentence-transformers embedding model on (query, document) pairs.

Contrastive training with in-batch negatives (the "multiple negatives ranking" loss of
sentence-transformers and of GPL/E5-style domain adaptation): in a batch of B pairs each
query's own document is the positive and the other B - 1 documents are negatives. A pair
that shares its query text or its document with another pair of the batch would make that
other pair a false negative, so such cells are masked out of the softmax.

The loop is a plain PyTorch one on purpose: sentence-transformers' own ``fit`` now goes
through its ``Trainer``, which needs ``datasets`` and ``accelerate`` (hundreds of MB) for
what is a forty-line loop here. The result is an ordinary sentence-transformers folder
(``SentenceTransformer.save``) that ``models.embed.model`` can point at. It is written to
a temporary folder beside ``out`` and renamed into place, so an interrupted run never
leaves a half-written model where a working one was.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tradewinds.core.errors import InvalidInput, ModelUnavailable

META_FILE = "tradewinds-fine-tune.json"


@dataclass(frozen=True)
class FineTuneParams:
    """Training knobs, validated on construction."""

    epochs: float = 1.0
    batch_size: int = 64
    learning_rate: float = 3e-5
    scale: float = 20.0  # cosine → logit temperature, as sentence-transformers' default
    max_seq_length: int = 64
    seed: int = 0

    def __post_init__(self) -> None:
        if not 0 < self.epochs <= 20:
            raise InvalidInput(f"Expected epochs in (0, 20], got {self.epochs}.")
        if not 2 <= self.batch_size <= 1024:
            raise InvalidInput(f"Expected batch_size in [2, 1024], got {self.batch_size}.")
        if not 0 < self.learning_rate < 1:
            raise InvalidInput(f"Expected learning_rate in (0, 1), got {self.learning_rate}.")
        if not 8 <= self.max_seq_length <= 512:
            raise InvalidInput(f"Expected max_seq_length in [8, 512], got {self.max_seq_length}.")


def fine_tune(
    base: Path,
    pairs: Sequence[tuple[str, str]],
    out: Path,
    params: FineTuneParams | None = None,
    *,
    info: dict[str, Any] | None = None,
    progress: Callable[[int, int, float], None] | None = None,
) -> dict[str, Any]:
    """Fine-tune the model in folder ``base`` on ``pairs`` and save it to ``out``.

    Parameters
    ----------
    base
        A sentence-transformers folder (``resolve_model_dir`` gives the packaged one).
    pairs
        (query, document text) pairs, each a positive.
    out
        Folder to write; replaced if it exists.
    info
        Extra facts stored in the folder's ``tradewinds-fine-tune.json``.
    progress
        Called with (step, steps, loss) every 25 steps and after the last.

    Returns the metadata written beside the model.
    """
    params = params or FineTuneParams()
    if len(pairs) < params.batch_size:
        raise InvalidInput(
            f"only {len(pairs)} training pair(s); at least one batch ({params.batch_size}) "
            "is needed"
        )
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:  # pragma: no cover - both are dependencies
        raise ModelUnavailable(
            f"fine-tuning needs sentence-transformers and torch: {exc}"
        ) from None
    torch.manual_seed(params.seed)
    model = SentenceTransformer(str(base), device="cpu", local_files_only=True)
    model.max_seq_length = params.max_seq_length
    model.train()
    optimiser = torch.optim.AdamW(model.parameters(), lr=params.learning_rate)
    steps = max(1, int(len(pairs) / params.batch_size * params.epochs))
    order = _batches(pairs, steps, params.batch_size, params.seed)
    started, loss_value = time.perf_counter(), 0.0
    for step, batch in enumerate(order, start=1):
        queries = _encode(model, [q for q, _ in batch])
        documents = _encode(model, [d for _, d in batch])
        logits = queries @ documents.T * params.scale
        logits = logits.masked_fill(_false_negatives(batch), -1e4)
        loss = torch.nn.functional.cross_entropy(logits, torch.arange(len(batch)))
        optimiser.zero_grad()
        loss.backward()  # type: ignore[no-untyped-call]
        optimiser.step()
        loss_value = float(loss.item())
        if progress is not None and (step % 25 == 0 or step == steps):
            progress(step, steps, loss_value)
    model.eval()
    meta = {
        "base": str(base),
        "pairs": len(pairs),
        "steps": steps,
        "final_loss": round(loss_value, 4),
        "seconds": round(time.perf_counter() - started, 1),
        "params": asdict(params),
        **(info or {}),
    }
    _save(model, out, meta)
    return meta


def _batches(
    pairs: Sequence[tuple[str, str]], steps: int, size: int, seed: int
) -> list[list[tuple[str, str]]]:
    """``steps`` batches of ``size`` pairs: shuffled passes over ``pairs``."""
    rng = random.Random(seed)
    flat: list[tuple[str, str]] = []
    while len(flat) < steps * size:
        epoch = list(pairs)
        rng.shuffle(epoch)
        flat.extend(epoch)
    return [flat[i * size : (i + 1) * size] for i in range(steps)]


def _encode(model: Any, texts: list[str]) -> Any:
    import torch

    features = model.preprocess(texts)
    embedded = model(features)["sentence_embedding"]
    return torch.nn.functional.normalize(embedded, dim=-1)


def _false_negatives(batch: Sequence[tuple[str, str]]) -> Any:
    """Mask of cells (i, j), i ≠ j, where pair j shares pair i's query or document."""
    import torch

    queries = [q for q, _ in batch]
    documents = [d for _, d in batch]
    n = len(batch)
    return torch.tensor(
        [
            [
                i != j and (queries[i] == queries[j] or documents[i] == documents[j])
                for j in range(n)
            ]
            for i in range(n)
        ]
    )


def _save(model: Any, out: Path, meta: dict[str, Any]) -> None:
    out = out.expanduser().resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_name(out.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    model.save(str(staging))
    (staging / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def read_meta(folder: Path) -> dict[str, Any] | None:
    """The fine-tuning metadata of ``folder``, or None when it was not made by ``fine_tune``."""
    try:
        data = json.loads((folder / META_FILE).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
