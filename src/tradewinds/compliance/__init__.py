"""Content controls: moderation, AI-generated content labels, audit log and complaints.

The gateway (and every internal AI feature) calls, per generation::

    verdict = moderate_text(settings, tenant.id, prompt, direction="input", db=db)
    ...                                           # refuse if verdict.blocked
    guard = StreamModerator(settings, tenant.id, db=db)   # when streaming
    for delta in stream: cut = guard.feed(delta)  # stop and send an error event if cut
    out = guard.finish()                          # or moderate_text(..., direction="output")
    label = make_label(settings, tenant_id=tenant.id, model=alias, text=output)
    record_generation(db, tenant.id, key_id=key.id, model=alias, input_text=prompt,
                      output_text=output, verdict=worst([verdict, out]), label=label)

and returns ``label.header_value`` as the ``X-AIGC-Label`` header and ``label.metadata`` as
the ``aigc_label`` body field.
"""

from tradewinds.compliance.audit import (
    AuditQuery,
    count_audit,
    export_audit,
    get_record,
    purge_audit,
    query_audit,
    record_generation,
)
from tradewinds.compliance.blocklist import Blocklist, BlocklistEntry
from tradewinds.compliance.complaints import (
    RESPONSE_DAYS,
    file_complaint,
    get_complaint,
    list_complaints,
    next_statuses,
    update_complaint,
)
from tradewinds.compliance.labels import HEADER_NAME, ContentLabel, explicit_label, make_label
from tradewinds.compliance.moderation import combined_scores, moderate_text, moderate_texts
from tradewinds.compliance.moderators import Moderator, get_moderators, register_moderator
from tradewinds.compliance.policy import (
    BlocklistRecord,
    TenantPolicy,
    add_blocklist_entry,
    delete_blocklist_entry,
    list_blocklist,
    load_policy,
    remove_blocklist_entry,
    set_policy,
    validate_entry,
)
from tradewinds.compliance.streaming import StreamModerator
from tradewinds.compliance.verdict import CATEGORIES, ModerationVerdict, worst
from tradewinds.compliance.verify import Verification, embed_label, verify_text

__all__ = [
    "CATEGORIES",
    "HEADER_NAME",
    "RESPONSE_DAYS",
    "AuditQuery",
    "Blocklist",
    "BlocklistEntry",
    "BlocklistRecord",
    "ContentLabel",
    "ModerationVerdict",
    "Moderator",
    "StreamModerator",
    "TenantPolicy",
    "Verification",
    "add_blocklist_entry",
    "combined_scores",
    "count_audit",
    "delete_blocklist_entry",
    "embed_label",
    "explicit_label",
    "export_audit",
    "file_complaint",
    "get_complaint",
    "get_moderators",
    "get_record",
    "list_blocklist",
    "list_complaints",
    "load_policy",
    "make_label",
    "moderate_text",
    "moderate_texts",
    "next_statuses",
    "purge_audit",
    "query_audit",
    "record_generation",
    "register_moderator",
    "remove_blocklist_entry",
    "set_policy",
    "update_complaint",
    "validate_entry",
    "verify_text",
    "worst",
]
