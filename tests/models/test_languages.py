"""Which languages a configured model writes: declared, else its backend's default."""

from __future__ import annotations

import pytest

from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import load_settings
from tradewinds.models import model_languages

QWEN = {"backend": "openai", "model": "qwen", "base_url": "http://127.0.0.1:9/v1"}


def test_backend_defaults_and_declared_languages() -> None:
    assert model_languages("chat", load_settings()) == ("en",)  # the embedded SmolLM2
    assert model_languages("copy", load_settings(models={"copy": QWEN})) == ("en", "zh")
    declared = load_settings(models={"copy": {**QWEN, "languages": ["en", "zh", "es", "th"]}})
    assert model_languages("copy", declared) == ("en", "zh", "es", "th")


def test_a_fallback_keeps_only_the_languages_every_model_writes() -> None:
    settings = load_settings(
        models={"copy": {**QWEN, "languages": ["en", "zh", "es"], "fallbacks": ["chat"]}}
    )
    assert model_languages("copy", settings) == ("en",)


def test_bad_language_codes_and_purposes_are_named() -> None:
    with pytest.raises(ConfigError, match="ISO 639-1"):
        load_settings(models={"copy": {**QWEN, "languages": ["English"]}})
    with pytest.raises(ConfigError, match="no model configured for purpose 'copy'"):
        model_languages("copy", load_settings())
