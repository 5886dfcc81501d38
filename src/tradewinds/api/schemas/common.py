"""Response building blocks shared by every resource: money, pages, errors."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from tradewinds.core.money import Money

T = TypeVar("T")


class Schema(BaseModel):
    """Base of every API schema: unknown fields are refused, output is stable."""

    model_config = ConfigDict(extra="forbid")


class MoneyOut(Schema):
    """An amount of money: exact decimal string, currency and integer minor units."""

    amount: str = Field(description="Exact decimal string, e.g. '19.99'. Never a float.")
    currency: str = Field(description="ISO 4217 code, e.g. 'USD'.")
    minor: int = Field(description="Integer minor units, e.g. 1999.")

    @classmethod
    def of(cls, minor: int, currency: str) -> MoneyOut:
        money = Money(minor, currency)
        return cls(amount=money.format_plain(), currency=money.currency, minor=money.minor)

    @classmethod
    def maybe(cls, minor: int | None, currency: str) -> MoneyOut | None:
        return None if minor is None else cls.of(minor, currency)


class PageOut(Schema, Generic[T]):
    """One page of a list."""

    items: list[T]
    total: int = Field(description="Number of matches across all pages.")
    limit: int
    offset: int
    next: str | None = Field(
        description="Relative URL of the following page; null on the last page."
    )


class ErrorDetail(Schema):
    code: str = Field(description="Stable, machine-readable: not_found, invalid_input, ...")
    message: str = Field(description="For people: what went wrong and what was expected.")
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorOut(Schema):
    """The one error shape every endpoint returns."""

    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries documenting the error shape for ``statuses``."""
    described = {
        401: "Missing or wrong admin token.",
        404: "Not found for this tenant.",
        422: "Invalid parameter; the message names it and says what was expected.",
        503: "Not ready.",
    }
    return {s: {"model": ErrorOut, "description": described.get(s, "Error.")} for s in statuses}
