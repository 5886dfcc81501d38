"""All tables. Importing this module registers every table on ``Base.metadata``."""

from tradewinds.store.tables.assistant import AssistantMessage, AssistantSession
from tradewinds.store.tables.catalog import (
    Category,
    Product,
    ProductAttribute,
    ProductImage,
    ProductOption,
    ProductStatus,
    ProductTag,
    Variant,
)
from tradewinds.store.tables.checkout import (
    AccountOrder,
    Cart,
    CartLine,
    CheckoutReceipt,
    OrderPayment,
)
from tradewinds.store.tables.compliance import (
    AuditRecord,
    BlocklistEntryRow,
    Complaint,
    ComplaintEvent,
    CompliancePolicy,
)
from tradewinds.store.tables.copy_jobs import COPY_JOB_OUTCOMES, CopyJobItem
from tradewinds.store.tables.customers import AccountSession, Customer, CustomerAddress
from tradewinds.store.tables.events import EventKind, InteractionEvent
from tradewinds.store.tables.fleet import Depot, Vehicle
from tradewinds.store.tables.forecast import ForecastPoint, ForecastRun, SupplyTerm
from tradewinds.store.tables.fulfilment import OrderFulfilment, OrderRefund, OrderRefundLine
from tradewinds.store.tables.gateway import ApiKey, TenantBudget, TokenLedger, UsageRecord
from tradewinds.store.tables.imports import ImportJob
from tradewinds.store.tables.jobs import JOB_STATUSES, Job
from tradewinds.store.tables.listing_copy import CopyDraft, CopySettings, CopyVersion
from tradewinds.store.tables.marketing import Campaign, CampaignDelivery, CustomerSegment
from tradewinds.store.tables.media import RemoteImage, RemoteImageStatus
from tradewinds.store.tables.orders import Order, OrderLine, OrderStatus, OrderStatusChange
from tradewinds.store.tables.rate_limits import RateBucket
from tradewinds.store.tables.recommend import RecommendationEvent
from tradewinds.store.tables.routing import PlanRoute, RoutePlan, RouteStop
from tradewinds.store.tables.search import (
    MerchandisingRule,
    RuleAction,
    SearchClick,
    SearchLogEntry,
    SearchSynonym,
)
from tradewinds.store.tables.sign_in import SignInFailure
from tradewinds.store.tables.staff import ConsoleChange, StaffMember, StaffSession
from tradewinds.store.tables.tenants import Tenant

__all__ = [
    "COPY_JOB_OUTCOMES",
    "JOB_STATUSES",
    "AccountOrder",
    "AccountSession",
    "ApiKey",
    "AssistantMessage",
    "AssistantSession",
    "AuditRecord",
    "BlocklistEntryRow",
    "Campaign",
    "CampaignDelivery",
    "Cart",
    "CartLine",
    "Category",
    "CheckoutReceipt",
    "Complaint",
    "ComplaintEvent",
    "CompliancePolicy",
    "ConsoleChange",
    "CopyDraft",
    "CopyJobItem",
    "CopySettings",
    "CopyVersion",
    "Customer",
    "CustomerAddress",
    "CustomerSegment",
    "Depot",
    "EventKind",
    "ForecastPoint",
    "ForecastRun",
    "ImportJob",
    "InteractionEvent",
    "Job",
    "MerchandisingRule",
    "Order",
    "OrderFulfilment",
    "OrderLine",
    "OrderPayment",
    "OrderRefund",
    "OrderRefundLine",
    "OrderStatus",
    "OrderStatusChange",
    "PlanRoute",
    "Product",
    "ProductAttribute",
    "ProductImage",
    "ProductOption",
    "ProductStatus",
    "ProductTag",
    "RateBucket",
    "RecommendationEvent",
    "RemoteImage",
    "RemoteImageStatus",
    "RoutePlan",
    "RouteStop",
    "RuleAction",
    "SearchClick",
    "SearchLogEntry",
    "SearchSynonym",
    "SignInFailure",
    "StaffMember",
    "StaffSession",
    "SupplyTerm",
    "Tenant",
    "TenantBudget",
    "TokenLedger",
    "UsageRecord",
    "Variant",
    "Vehicle",
]
