"""Marketing: customer segments from orders and events, and email campaigns for them
whose every product claim is checked against the product's facts (issue 19, part 5).

>>> from tradewinds.marketing import create_segment, segment_members
>>> create_segment(db, tenant_id, "best", "rfm", {"r": [4, 5], "m": [4, 5]})  # doctest: +SKIP
>>> segment_members(db, tenant_id, "best").size.members  # doctest: +SKIP
234
>>> from tradewinds.marketing import create_campaign, export_csv
>>> create_campaign(db, tenant_id, "winter", "best", variants={"a": 1, "b": 1})  # doctest: +SKIP
>>> export_csv(db, tenant_id, "winter")  # doctest: +SKIP
'email,name,variant,language,subject,picks\\n...'

See ``docs/merchant.md`` (Segments and campaigns).
"""

from tradewinds.marketing.campaigns import (
    CampaignBlocked,
    CampaignView,
    create_campaign,
    delete_campaign,
    edit_copy,
    get_campaign,
    list_campaigns,
)
from tradewinds.marketing.definitions import (
    NAME_PATTERN,
    SEGMENT_KINDS,
    check_name,
    read_params,
)
from tradewinds.marketing.export import (
    CSV_COLUMNS,
    eml_files,
    export_csv,
    spreadsheet_safe,
    write_eml,
)
from tradewinds.marketing.messages import (
    Recipient,
    Written,
    build_message,
    mask_email,
    preview_emails,
    recipients,
    write_email,
)
from tradewinds.marketing.picks import MAX_PICKS, Pick, campaign_picks
from tradewinds.marketing.segments import (
    MAX_MEMBERS_PAGE,
    Member,
    SegmentDefinition,
    SegmentMembers,
    SegmentSize,
    create_segment,
    delete_segment,
    get_segment,
    list_segments,
    segment_members,
    segment_size,
    segment_sizes,
)
from tradewinds.marketing.sending import SendReport, SmtpFailed, send_campaign
from tradewinds.marketing.variants import assign_variant, read_shares

__all__ = [
    "CSV_COLUMNS",
    "MAX_MEMBERS_PAGE",
    "MAX_PICKS",
    "NAME_PATTERN",
    "SEGMENT_KINDS",
    "CampaignBlocked",
    "CampaignView",
    "Member",
    "Pick",
    "Recipient",
    "SegmentDefinition",
    "SegmentMembers",
    "SegmentSize",
    "SendReport",
    "SmtpFailed",
    "Written",
    "assign_variant",
    "build_message",
    "campaign_picks",
    "check_name",
    "create_campaign",
    "create_segment",
    "delete_campaign",
    "delete_segment",
    "edit_copy",
    "eml_files",
    "export_csv",
    "get_campaign",
    "get_segment",
    "list_campaigns",
    "list_segments",
    "mask_email",
    "preview_emails",
    "read_params",
    "read_shares",
    "recipients",
    "segment_members",
    "segment_size",
    "segment_sizes",
    "send_campaign",
    "spreadsheet_safe",
    "write_email",
    "write_eml",
]
