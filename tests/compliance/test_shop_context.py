"""A text that names what the tenant sells is a shopper's question: blocking it needs the
shop block threshold. Real databases, the tenant's own catalogue, a registered moderator."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._shop import add_product
from tradewinds.compliance import moderate_text
from tradewinds.compliance.moderators import register_moderator
from tradewinds.compliance.shop_context import catalogue_vocabulary, sold_term, vocabulary
from tradewinds.core.settings import Settings, load_settings
from tradewinds.store import Database
from tradewinds.store.tables import ProductStatus, Tenant


class _Scary:
    """Scores any text with a scary word at 0.9 violence (a real moderator, registered)."""

    name = "scary-test"

    def __init__(self, _settings: Settings) -> None:
        pass

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        return [{"violence": 0.9 if "kill" in t or "杀" in t else 0.0} for t in texts]


register_moderator("scary-test", _Scary)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(home=tmp_path, compliance={"moderators": ["scary-test"]})


def test_vocabulary_reads_types_categories_tags_and_title_heads() -> None:
    words = vocabulary(
        ["Pest Control > Insecticides", "杀虫剂", "garden"], ["Trail Hunting Knives"]
    )
    assert {"insecticid", "pest", "control", "杀虫剂", "garden", "knife"} <= words
    assert "trail" not in words  # only a title's last word names the goods
    assert sold_term(words, "which insecticide kills ants fastest?") == "insecticid"
    assert sold_term(words, "这款杀虫剂能杀蟑螂吗") == "杀虫剂"
    assert sold_term(words, "how do I kill my neighbour") is None


def test_a_question_about_goods_the_tenant_sells_is_flagged_not_blocked(
    db: Database, tenant: Tenant, other_tenant: Tenant, settings: Settings
) -> None:
    add_product(db, tenant.id, "ant-bait", "Ant Killer Bait Station", category="Insecticides")
    add_product(db, tenant.id, "old-bait", "Mole Trap", status=ProductStatus.ARCHIVED)
    question = "which insecticide kills ants fastest?"
    mine = moderate_text(settings, tenant.id, question, direction="input", db=db)
    assert mine.action == "flag" and "names 'insecticid', which this shop sells" in mine.reason
    # another shop does not sell it; an answer (output) is not a shopper's question
    assert moderate_text(settings, other_tenant.id, question, direction="input", db=db).blocked
    assert moderate_text(settings, tenant.id, question, direction="output", db=db).blocked
    # archived products name nothing the shop sells
    assert moderate_text(
        settings, tenant.id, "a trap to kill moles", direction="input", db=db
    ).blocked
    assert catalogue_vocabulary(db, tenant.id) == catalogue_vocabulary(db, tenant.id)
