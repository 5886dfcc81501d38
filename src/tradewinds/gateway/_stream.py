"""A streamed answer that counts its tokens, extends its budget and is moderated as it goes."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from itertools import chain
from typing import Any

from tradewinds.core.errors import InvalidInput
from tradewinds.gateway import _content
from tradewinds.gateway._call import GatewayParts, MeteredCall, new_completion_id
from tradewinds.gateway.errors import BudgetExceeded, ContentBlocked
from tradewinds.models import ChunkStream, StreamChunk, Usage


class ChatStream:
    """Iterate for :class:`~tradewinds.models.StreamChunk` s; the last one is final.

    Only the text needed by output moderation, the label and the audit log is kept (the
    answer itself, bounded by ``max_tokens``). Iterating raises ``BudgetExceeded`` or
    ``ContentBlocked`` when the stream is cut; ``close()`` (or dropping it) ends it early
    and still meters what was generated.
    """

    def __init__(
        self,
        gateway: GatewayParts,
        call: MeteredCall,
        chunks: ChunkStream,
        first: StreamChunk | None,
        *,
        prompt_estimate: int,
        step: int,
        input_text: str,
        verdict_in: Any | None,
        moderator: Any | None,
    ) -> None:
        self.id = new_completion_id()
        self.created = int(time.time())
        self.model = call.event.model
        self.label: Any | None = None
        self.verdict: Any | None = None
        self._gateway = gateway
        self._call = call
        self._chunks = chunks
        self._first = first
        self._prompt = prompt_estimate
        self._step = step
        self._input = input_text
        self._verdict_in = verdict_in
        self._moderator = moderator
        self._iter = self._run()

    def __iter__(self) -> Iterator[StreamChunk]:
        return self._iter

    def __next__(self) -> StreamChunk:
        return next(self._iter)

    def close(self) -> None:
        """Stop early; what was generated so far is metered."""
        self._iter.close()
        self._finish_unstarted()

    def _finish_unstarted(self) -> None:
        if not self._call.done:  # never iterated: the generator's finally never ran
            self._chunks.close()
            self._call.finish("client_closed", prompt=self._prompt)

    def _run(self) -> Generator[StreamChunk, None, None]:
        call = self._call
        parts: list[str] = []
        completion = 0
        usage: Usage | None = None
        backend = ""
        status = "client_closed"
        source = chain([self._first] if self._first else [], self._chunks)
        try:
            for chunk in source:
                backend = chunk.backend or backend
                if chunk.text:
                    completion += 1  # servers send about one token per delta
                    if self._prompt + completion > call.reserved:
                        try:
                            call.extend(self._step)
                        except BudgetExceeded:
                            status = "cut_budget"
                            raise
                    parts.append(chunk.text)
                    if self._moderator is not None:
                        verdict = self._moderator.feed(chunk.text)
                        if _content.blocks(verdict):
                            status, self.verdict = "cut_blocked", verdict
                            raise ContentBlocked(
                                f"the answer was stopped by content moderation ({verdict.reason})",
                                details={"categories": list(verdict.flagged)},
                            )
                if chunk.is_final:
                    usage = chunk.usage
                    self.verdict = self._moderator.finish() if self._moderator else None
                    if _content.blocks(self.verdict):
                        status = "cut_blocked"
                        raise ContentBlocked(
                            f"the answer was stopped by content moderation ({self.verdict.reason})",
                            details={"categories": list(self.verdict.flagged)},
                        )
                    self.label = _content.label(
                        self._gateway.settings, call.event.tenant_id, self.model, "".join(parts)
                    )
                    status = "ok"
                yield chunk
            if status != "ok":
                status = "backend_error"  # the stream ended without a final chunk
        except (BudgetExceeded, ContentBlocked, GeneratorExit):
            raise
        except InvalidInput:
            status = "invalid_request"
            raise
        except BaseException:
            status = "backend_error"
            raise
        finally:
            self._chunks.close()
            prompt = usage.prompt_tokens if usage and usage.prompt_tokens else self._prompt
            if usage and usage.completion_tokens and status == "ok":
                completion = usage.completion_tokens
            call.finish(status, prompt=prompt, completion=completion, backend=backend)
            output = "".join(parts)
            if self.label is None and output:  # a cut answer was still shown in part
                self.label = _content.label(
                    self._gateway.settings, call.event.tenant_id, self.model, output
                )
            _content.audit(
                self._gateway.settings,
                self._gateway.db,
                call.event.tenant_id,
                key_id=call.event.key_id,
                model=self.model,
                input_text=self._input,
                output_text=output,
                verdicts=[self._verdict_in, self.verdict],
                label=self.label,
            )
