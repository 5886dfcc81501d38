"""Which embedding model builds and queries a tenant's vectors: its own, or the deployment's.

By default every tenant's index is embedded by the configured ``embed`` model. A tenant
may choose its own encoder instead — typically one fine-tuned on its judgements or clicks
(``search encoder fit``, see ``encoder_training``) — with ``search encoder use``. The
choice lives beside the index, outside its generations (a ``reindex`` keeps it)::

    <home>/search/tenant-<id>/encoder.json     {"model": "<folder>", "chosen_at": ...}

and takes effect at the next ``reindex``: the new generation is embedded by the chosen
encoder and records it in its meta (``encoder``: the folder, empty for the deployment's).
Searches and incremental updates use the encoder recorded by the *live* generation, so a
query and the products it is compared with are always embedded by the same model, and a
switch happens atomically when the reindex publishes — never half old, half new.

A tenant encoder is the deployment's ``embed`` spec (backend and options, e.g. int8) with
another model folder and no fallbacks (a fallback model's vectors would not be comparable
with the index's). It must have the deployment model's dimension: the index's vector file
is opened with it. A loaded tenant encoder costs ~65 MB of memory (int8 MiniLM, measured);
at most ``MAX_LOADED`` stay loaded per process, the least recently used is unloaded and
loads again (0.4-1.2 s) when its tenant searches next.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.core.lru import TimedLRU
from tradewinds.store.base import utcnow

if TYPE_CHECKING:
    from tradewinds.core.settings import ModelSpec, Settings
    from tradewinds.models.base import EmbeddingModel
    from tradewinds.search.index import ProductIndex

ENCODER_FILE = "encoder.json"
MAX_LOADED = 8  # tenant encoders kept loaded per process

_models: TimedLRU[str, EmbeddingModel] = TimedLRU(MAX_LOADED)


def encoder_file(settings: Settings, tenant_id: int) -> Path:
    """``<home>/search/tenant-<id>/encoder.json``."""
    from tradewinds.search.paths import index_directory

    return index_directory(settings, tenant_id) / ENCODER_FILE


def chosen_encoder(settings: Settings, tenant_id: int) -> str:
    """The folder the tenant chose for its next ``reindex``; "" for the deployment's model."""
    path = encoder_file(settings, tenant_id)
    try:
        chosen = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"{path}: unreadable encoder choice ({exc}); choose again") from None
    return str(chosen.get("model") or "")


def live_encoder(index: ProductIndex) -> str:
    """The folder that embedded ``index``'s live generation; "" for the deployment's model."""
    return index.meta("encoder", "") or ""


def embedding_model(settings: Settings, encoder: str = "") -> EmbeddingModel:
    """The deployment's ``embed`` model, or with ``encoder`` that folder on the same backend.

    Raises ``ModelUnavailable`` when ``encoder`` no longer exists (searches then fall back
    to keywords and say so). The deployment's model is cached by ``get_embedding_model``,
    tenant encoders here (at most ``MAX_LOADED``, the least recently used unloaded).
    """
    from tradewinds.models import build_embedding_model, get_embedding_model

    if not encoder:
        return get_embedding_model("embed", settings)
    if not Path(encoder).is_dir():
        raise ModelUnavailable(
            f"the tenant's search encoder {encoder} is missing; restore it, or run "
            "`tradewinds search encoder drop` and `tradewinds search reindex`"
        )
    spec = settings.models["embed"].model_copy(update={"model": encoder, "fallbacks": []})
    if spec.backend != "sentence-transformers":
        raise ModelUnavailable(
            f"the tenant's search encoder {encoder} needs models.embed on the "
            f"sentence-transformers backend, not {spec.backend}; run "
            "`tradewinds search encoder drop` and `tradewinds search reindex`"
        )
    key = spec.model_dump_json(exclude={"api_key"})
    model = _models.get(key)
    if model is None:
        model = build_embedding_model(spec, "embed")
        for _, dropped in _models.put(key, model):
            unload = getattr(dropped, "unload", None)
            if unload is not None:
                unload()
    return model


def require_folder_backend(settings: Settings, what: str) -> ModelSpec:
    """The deployment's ``embed`` spec, if its backend loads model folders
    (sentence-transformers); else ``InvalidInput`` saying ``what`` needs that."""
    spec = settings.models.get("embed")
    if spec is None or spec.backend != "sentence-transformers":
        backend = spec.backend if spec else "none"
        raise InvalidInput(
            f"{what} needs models.embed on the sentence-transformers backend, not {backend}"
        )
    return spec


def choose_encoder(settings: Settings, tenant_id: int, folder: Path) -> dict[str, Any]:
    """Record ``folder`` as the tenant's encoder for its next ``reindex``.

    Checks that the deployment embeds with sentence-transformers (the backend that loads
    model folders), that the folder loads, and that its vectors have the deployment
    model's dimension. Returns what was recorded.
    """
    require_folder_backend(settings, "a tenant encoder")
    resolved = folder.expanduser().resolve()
    if not resolved.is_dir():
        raise InvalidInput(f"{folder}: no such model folder")
    try:
        dims = embedding_model(settings, str(resolved)).dims
    except ModelUnavailable as exc:
        raise InvalidInput(f"{folder}: not a loadable embedding model ({exc.message})") from None
    expected = embedding_model(settings).dims
    if dims != expected:
        raise InvalidInput(
            f"{folder}: its vectors have {dims} dimensions, the deployment's embed model "
            f"{expected}; fine-tune the deployment's model instead (search encoder fit)"
        )
    chosen = {"model": str(resolved), "dims": dims, "chosen_at": utcnow().isoformat()}
    _write_atomically(encoder_file(settings, tenant_id), json.dumps(chosen, indent=2))
    return chosen


def drop_encoder(settings: Settings, tenant_id: int) -> bool:
    """Go back to the deployment's model at the next ``reindex``; whether one was chosen."""
    path = encoder_file(settings, tenant_id)
    if not path.is_file():
        return False
    path.unlink()
    return True


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
