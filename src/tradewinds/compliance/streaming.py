"""Moderating output while it streams, in bounded memory.

``StreamModerator.feed`` takes each text delta. The blocklist runs on every delta over the
last ``BLOCKLIST_TAIL`` characters (so a keyword split across two deltas still matches); the
moderators run when a sentence ends (a full stop, question or exclamation mark, Latin or
CJK, or a newline) after at least
``MIN_CHECK_CHARS`` new characters, or after ``MAX_UNCHECKED_CHARS`` without an ending, on a
window of the last ``WINDOW_CHARS`` characters. Only that window is kept, however long the
stream, so memory stays bounded. ``feed`` returns a blocking verdict as soon as the output
must be cut; ``finish`` checks what is left and returns the stream's overall verdict.
"""

from __future__ import annotations

import re

from tradewinds.compliance.moderation import (
    blocklist_verdict,
    combined_scores,
    judge,
    tenant_policy,
)
from tradewinds.compliance.moderators import get_moderators
from tradewinds.compliance.verdict import ALLOW, ModerationVerdict, worst
from tradewinds.core.settings import Settings
from tradewinds.store import Database

WINDOW_CHARS = 600
BLOCKLIST_TAIL = 600
MIN_CHECK_CHARS = 40
MAX_UNCHECKED_CHARS = 300
_SENTENCE_END = re.compile("[.!?\n\u3002\uff01\uff1f]")


class StreamModerator:
    """Incremental moderation of one streamed output.

    Parameters
    ----------
    settings
        Effective settings.
    tenant_id
        Whose policy applies.
    db
        Where the tenant's policy lives (see :func:`moderate_text`).
    """

    def __init__(self, settings: Settings, tenant_id: int, *, db: Database | None = None) -> None:
        self.settings = settings
        self.tenant_id = tenant_id
        self.policy = tenant_policy(db, tenant_id)
        self.moderators = get_moderators(settings)
        self._window = ""
        self._unchecked = 0
        self._verdict: ModerationVerdict = ALLOW
        self._blocked: ModerationVerdict | None = None
        self.total_chars = 0
        self.checks = 0

    @property
    def verdict(self) -> ModerationVerdict:
        """The worst verdict so far."""
        return self._blocked or self._verdict

    def feed(self, delta: str) -> ModerationVerdict | None:
        """Add a delta; a ``block`` verdict if the output so far must be cut, else ``None``.

        After a block, every further call returns the same verdict.
        """
        if self._blocked is not None:
            return self._blocked
        if not delta:
            return None
        self.total_chars += len(delta)
        self._window = (self._window + delta)[-max(WINDOW_CHARS, BLOCKLIST_TAIL) :]
        self._unchecked += len(delta)
        hit = self.policy.blocklist.first_hit(self._window[-BLOCKLIST_TAIL:])
        if hit is not None:
            return self._note(blocklist_verdict(self.settings, self.policy, hit))
        ended = _SENTENCE_END.search(delta) is not None
        if (ended and self._unchecked >= MIN_CHECK_CHARS) or (
            self._unchecked >= MAX_UNCHECKED_CHARS
        ):
            return self._check()
        return None

    def finish(self) -> ModerationVerdict:
        """Check what has not been checked yet; the stream's overall verdict."""
        if self._blocked is None and self._unchecked > 0 and self._window.strip():
            self._check()
        return self.verdict

    def _check(self) -> ModerationVerdict | None:
        self._unchecked = 0
        self.checks += 1
        text = self._window[-WINDOW_CHARS:]
        notes: list[str] = []
        scores = combined_scores(self.moderators, [text], notes=notes)[0]
        return self._note(
            judge(self.settings, text, scores, overrides=self.policy.actions, notes=notes)
        )

    def _note(self, verdict: ModerationVerdict) -> ModerationVerdict | None:
        self._verdict = worst([self._verdict, verdict])
        if verdict.blocked:
            self._blocked = verdict
            return verdict
        return None
