"""The model layer: every AI feature reaches a chat or embedding model through here.

>>> from tradewinds.models import ChatRequest, get_chat_model
>>> result = get_chat_model("chat").chat(ChatRequest.from_prompt("Hello", max_tokens=16))

Backends (``llamacpp``, ``openai``, ``sentence-transformers``, and third-party ones) are
registered through the ``tradewinds.backends`` entry-point group and chosen per purpose in
``Settings.models``. Importing this package loads none of their heavy libraries.
"""

from tradewinds.core.errors import InvalidModelOutput
from tradewinds.models.base import BackendOptions, ChatModel, EmbeddingModel, parse_options
from tradewinds.models.fallback import FallbackChatModel, FallbackEmbeddingModel
from tradewinds.models.purposes import (
    PurposeStatus,
    build_embedding_model,
    clear_model_cache,
    get_chat_model,
    get_embedding_model,
    model_languages,
    purpose_statuses,
)
from tradewinds.models.registry import ENTRY_POINT_GROUP, Registry, default_registry
from tradewinds.models.types import (
    ChatRequest,
    ChatResult,
    ChunkStream,
    EmbeddingResult,
    FinishReason,
    FunctionSpec,
    Message,
    Role,
    StreamChunk,
    Tool,
    ToolCall,
    Usage,
    collect_stream,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "BackendOptions",
    "ChatModel",
    "ChatRequest",
    "ChatResult",
    "ChunkStream",
    "EmbeddingModel",
    "EmbeddingResult",
    "FallbackChatModel",
    "FallbackEmbeddingModel",
    "FinishReason",
    "FunctionSpec",
    "InvalidModelOutput",
    "Message",
    "PurposeStatus",
    "Registry",
    "Role",
    "StreamChunk",
    "Tool",
    "ToolCall",
    "Usage",
    "build_embedding_model",
    "clear_model_cache",
    "collect_stream",
    "default_registry",
    "get_chat_model",
    "get_embedding_model",
    "model_languages",
    "parse_options",
    "purpose_statuses",
]
