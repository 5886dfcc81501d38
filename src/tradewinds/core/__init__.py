"""Core: settings, errors, money and time helpers. Imports nothing else of ours."""

from tradewinds.core.errors import (
    ConfigError,
    Conflict,
    ImportFileError,
    InvalidInput,
    InvalidModelOutput,
    ModelUnavailable,
    NotFound,
    TenantIsolationError,
    TradewindsError,
    Unauthorized,
)
from tradewinds.core.money import Money, currency_exponent, parse_money
from tradewinds.core.settings import Settings, get_settings

__all__ = [
    "ConfigError",
    "Conflict",
    "ImportFileError",
    "InvalidInput",
    "InvalidModelOutput",
    "ModelUnavailable",
    "Money",
    "NotFound",
    "Settings",
    "TenantIsolationError",
    "TradewindsError",
    "Unauthorized",
    "currency_exponent",
    "get_settings",
    "parse_money",
]
