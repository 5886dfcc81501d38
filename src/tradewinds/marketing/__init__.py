"""Marketing: customer segments from orders and events, and email campaigns for them
whose every product claim is checked against the product's facts (issue 19, part 5).

>>> from tradewinds.marketing import create_segment, segment_members
>>> create_segment(db, tenant_id, "best", "rfm", {"r": [4, 5], "m": [4, 5]})  # doctest: +SKIP
>>> segment_members(db, tenant_id, "best").size.members  # doctest: +SKIP
212

See ``docs/merchant.md`` (Segments and campaigns).
"""

from tradewinds.marketing.definitions import SEGMENT_KINDS, check_name, read_params
from tradewinds.marketing.segments import (
    Member,
    SegmentDefinition,
    SegmentMembers,
    SegmentSize,
    create_segment,
    delete_segment,
    get_segment,
    segment_members,
    segment_sizes,
)

__all__ = [
    "SEGMENT_KINDS",
    "Member",
    "SegmentDefinition",
    "SegmentMembers",
    "SegmentSize",
    "check_name",
    "create_segment",
    "delete_segment",
    "get_segment",
    "read_params",
    "segment_members",
    "segment_sizes",
]
