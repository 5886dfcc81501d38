"""JSON logs: one object per line, request and tenant ids, no secrets or e-mail addresses."""

from __future__ import annotations

import json
import logging

from tradewinds.core.logs import JsonFormatter, logging_config, redact

KEY = "tw-Abc123def456ghi789"
EMAIL = "ann.lee@example.com"


def test_redact_masks_keys_tokens_url_passwords_and_emails() -> None:
    text = redact(
        f"key {KEY} for {EMAIL}; Authorization: Bearer s3cr3t-token; "
        "url postgresql+psycopg://tw:pa55word@db/x; password=hunter2"
    )
    for secret in (KEY, EMAIL, "s3cr3t-token", "pa55word", "hunter2"):
        assert secret not in text
    assert "tw-***" in text and "<email>" in text and "Bearer ***" in text


def test_access_lines_keep_no_client_address_or_query() -> None:
    record = logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
        ("203.0.113.9:5123", "GET", f"/api/v1/customers?email={EMAIL}", "1.1", 200), None,
    )  # fmt: skip
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "GET /api/v1/customers 200"


def test_text_format_leaves_logging_alone_and_json_configures_uvicorn() -> None:
    assert logging_config("INFO", "text") is None
    config = logging_config("INFO", "json")
    assert config is not None and config["root"]["handlers"] == ["json"]
    assert set(config["loggers"]) == {"uvicorn", "uvicorn.error", "uvicorn.access"}
