"""``generate_copy`` on stored products: checked copy, tenants, languages, a model down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.merchant._catalogue import import_catalogue
from tests.merchant._products import KETTLE
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.settings import Settings, load_settings
from tradewinds.merchant import copy_languages, generate_copy
from tradewinds.merchant._source import CopySource
from tradewinds.merchant.generate import default_writer, generate_for
from tradewinds.models import clear_model_cache
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


def _down(**spec: Any) -> Settings:
    """A copy model behind an OpenAI-compatible URL where nothing listens (moderation's
    classifier is tested in tests/compliance; the tenant blocklist still runs)."""
    down = {"backend": "openai", "model": "qwen", "base_url": "http://127.0.0.1:9/v1",
            "timeout_s": 2, "options": {"max_retries": 0}, **spec}  # fmt: skip
    return load_settings(models={"copy": down}, compliance={"moderators": []})


def test_stored_product_gets_checked_copy_in_english_and_chinese(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_catalogue(db, tenant.id, tmp_path)
    for language in ("en", "zh"):
        result = generate_copy(db, tenant.id, "trail-kettle", language, tone="friendly")
        assert result.ok and result.check.verdict == "ok" and result.fully_checked
        assert result.copy.origin == "template" and result.copy.model is None
        assert "Acme" in result.copy.description
        assert any("1500 W" in b for b in result.copy.bullets)
    generic = generate_copy(db, tenant.id, "plain-tote", "en")
    assert generic.copy.generic and generic.copy.bullets == () and generic.ok
    assert generic.to_dict()["copy"]["generic"] is True


def test_another_tenants_product_is_not_found(
    db: Database, tenant: Tenant, other_tenant: Tenant, tmp_path: Path
) -> None:
    import_catalogue(db, tenant.id, tmp_path)
    with pytest.raises(NotFound):
        generate_copy(db, other_tenant.id, "trail-kettle", "en")


def test_unsupported_language_lists_the_supported_ones() -> None:
    settings = load_settings()
    assert default_writer(settings) == "templates"  # the embedded SmolLM2
    assert copy_languages(settings) == ("en", "zh")
    with pytest.raises(InvalidInput, match=r"Unsupported language 'fr'.*supported: en, zh") as info:
        generate_for(None, None, CopySource(KETTLE), "fr", settings=settings)
    assert info.value.details["supported"] == ["en", "zh"]


def test_declared_languages_are_offered_when_the_model_writes() -> None:
    settings = _down(languages=["en", "zh", "es", "fr", "ar"])
    assert default_writer(settings) == "model"
    assert copy_languages(settings) == ("en", "zh", "es", "fr", "ar")
    assert copy_languages(settings, "templates") == ("en", "zh")
    assert copy_languages(_down()) == ("en", "zh")  # openai backends default to en, zh


def test_a_model_that_is_down_leaves_the_templates_copy_with_the_reason(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from tradewinds.store.tenants import create_tenant

    tenant = create_tenant(sqlite_db, "acme", name="Acme")
    import_catalogue(sqlite_db, tenant.id, tmp_path)
    settings = _down(languages=["en", "zh", "es"])
    try:
        result = generate_copy(sqlite_db, tenant.id, "trail-kettle", "en", settings=settings)
        assert result.ok and result.copy.origin == "template"
        assert result.copy.notes[-1].startswith("model copy failed (model_unavailable)")
        with pytest.raises(InvalidInput, match="no templates for 'es'"):
            generate_copy(sqlite_db, tenant.id, "trail-kettle", "es", settings=settings)
        # a product without facts never reaches the model
        generic = generate_copy(sqlite_db, tenant.id, "plain-tote", "es", settings=settings)
        assert generic.copy.generic and generic.copy.language == "es"
    finally:
        clear_model_cache()


def test_a_model_writer_needs_the_tenant_that_pays() -> None:
    with pytest.raises(InvalidInput, match="needs the database and tenant"):
        generate_for(None, None, CopySource(KETTLE), "en", writer="choose", settings=_down())
