"""The real embedded model (SmolLM2 through llama.cpp) choosing the opening sentence,
through the gateway: metered to the tenant as ``merchant.copy``, never adding a fact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.merchant._catalogue import import_catalogue
from tradewinds.core.settings import load_settings
from tradewinds.gateway.usage_writer import flush_usage
from tradewinds.merchant import generate_copy
from tradewinds.models import clear_model_cache
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import UsageRecord
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def _models() -> Iterator[None]:
    clear_model_cache()
    yield
    clear_model_cache()


@pytest.mark.usefixtures("_models")
def test_smollm2_chooses_an_opening_through_the_gateway(
    sqlite_db: Database, tmp_path: Path
) -> None:
    tenant = create_tenant(sqlite_db, "acme", name="Acme")
    import_catalogue(sqlite_db, tenant.id, tmp_path)
    # Moderation's classifier is tested in tests/compliance; here the copy path is.
    settings = load_settings(compliance={"moderators": []})
    result = generate_copy(
        sqlite_db, tenant.id, "trail-kettle", "en", tone="premium", writer="choose",
        settings=settings,
    )  # fmt: skip
    copy = result.copy
    assert copy.origin == "template" and copy.model is not None and "smollm2" in copy.model
    assert any(note.startswith("opening sentence") for note in copy.notes), copy.notes
    assert result.ok and copy.bullets[0] == "Material: Stainless steel"
    assert copy.description.split(". ")[0].rstrip(".") + "." in {
        "Introducing the Trail Kettle by Acme.",
        "The Trail Kettle by Acme, presented in full.",
        "Discover the Trail Kettle by Acme.",
    }
    flush_usage(sqlite_db)
    with tenant_session(sqlite_db, tenant.id) as session:
        features = session.scalars(select(UsageRecord.feature)).all()
    assert features == ["merchant.copy"]
