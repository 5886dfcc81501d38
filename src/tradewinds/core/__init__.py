"""Core: settings, errors, money and time helpers. Imports nothing else of ours."""

from tradewinds.core.errors import (
    ConfigError,
    Conflict,
    ImportFileError,
    InvalidInput,
    ModelUnavailable,
    NotFound,
    TenantIsolationError,
    TradewindsError,
)
from tradewinds.core.money import Money, currency_exponent, parse_money
from tradewinds.core.settings import Settings, get_settings

__all__ = [
    "ConfigError",
    "Conflict",
    "ImportFileError",
    "InvalidInput",
    "ModelUnavailable",
    "Money",
    "NotFound",
    "Settings",
    "TenantIsolationError",
    "TradewindsError",
    "currency_exponent",
    "get_settings",
    "parse_money",
]
