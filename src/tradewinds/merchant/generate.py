"""Listing copy generation: one public call, :func:`generate_copy`, that writes a stored
product's copy in one language and returns it with the fact checker's verdict.

Who writes (``writer``):

- ``templates``: the attribute templates of ``en`` and ``zh`` (``compose.py``); no model.
- ``choose``: the templates, with the model choosing the opening sentence among the
  tone's phrasings (a JSON-schema-constrained choice); never a fact of its own.
- ``model``: the configured model writes the whole copy from the product's facts; the
  checker reads it, and a copy it blocks is replaced by the templates' (``en``, ``zh``)
  or returned marked as blocked (other languages). The only way to languages other than
  ``en`` and ``zh``, for models that declare them (``ModelSpec.languages``).

The default is ``templates`` for the embedded SmolLM2 (its choices follow the options'
order, not their content: ``docs/merchant.md``) and ``model`` for any other model.
A model that is down, over budget or refusing leaves the templates' copy, with the
reason in ``ListingCopy.notes``. A product that states no facts gets a short generic
draft (``generic=True``) and no model call.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, get_args

from tradewinds.core.errors import InvalidInput, TradewindsError
from tradewinds.merchant import _model_copy
from tradewinds.merchant._source import CopySource
from tradewinds.merchant.checker import LANGUAGES as CHECKED_LANGUAGES
from tradewinds.merchant.checker import check_copy
from tradewinds.merchant.compose import (
    GENERIC_NOTE,
    TEMPLATE_LANGUAGES,
    check_style,
    compose_copy,
    first_fitting,
)
from tradewinds.merchant.findings import CopyCheck
from tradewinds.merchant.listing import META_DESCRIPTION_MAX, SEO_TITLE_MAX, ListingCopy

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.store import Database

Writer = Literal["templates", "choose", "model"]
WRITERS: tuple[str, ...] = get_args(Writer)
COPY_PURPOSE = "copy"
"""The model purpose copy uses when configured (``[models.copy]``); else ``chat``."""


@dataclass(frozen=True)
class GeneratedCopy:
    """A generated copy of product ``handle`` and the fact checker's verdict on it.

    ``check`` read the copy with the rules of its language, or, for languages the
    checker does not read, with the language-neutral ones only (``fully_checked`` false).
    """

    handle: str
    copy: ListingCopy
    check: CopyCheck
    fully_checked: bool = True

    @property
    def ok(self) -> bool:
        """Whether the copy may go to review: nothing blocks and the listing rules hold."""
        return self.check.verdict == "ok" and not self.copy.problems()

    def to_dict(self) -> dict[str, Any]:
        """The copy, the verdict and the listing problems as one JSON object."""
        return {
            "handle": self.handle,
            "ok": self.ok,
            "copy": self.copy.to_dict(),
            "check": self.check.to_dict(),
            "fully_checked": self.fully_checked,
            "problems": self.copy.problems(),
        }


def copy_purpose(settings: Settings) -> str:
    """``copy`` when configured, else ``chat``."""
    return COPY_PURPOSE if COPY_PURPOSE in settings.models else "chat"


def default_writer(settings: Settings) -> Writer:
    """``templates`` for the embedded SmolLM2 (it does not choose well), else ``model``."""
    spec = settings.models[copy_purpose(settings)]
    return "templates" if (spec.backend, spec.model) == ("llamacpp", "smollm2") else "model"


def copy_languages(settings: Settings | None = None, writer: str | None = None) -> tuple[str, ...]:
    """The languages copy can be generated in: the templates' (``en``, ``zh``), plus the
    languages the copy model declares when it writes (``writer="model"``)."""
    from tradewinds.models import model_languages

    settings = _settings(settings)
    chosen = writer or default_writer(settings)
    found = list(TEMPLATE_LANGUAGES)
    if chosen == "model":
        found += [c for c in model_languages(copy_purpose(settings), settings) if c not in found]
    return tuple(found)


def _settings(settings: Settings | None) -> Settings:
    if settings is not None:
        return settings
    from tradewinds.core.settings import get_settings

    return get_settings()


def _check_request(language: str, writer: str, settings: Settings) -> None:
    if writer not in WRITERS:
        raise InvalidInput(f"writer {writer!r}: expected one of {', '.join(WRITERS)}")
    supported = copy_languages(settings, writer)
    if language not in supported:
        purpose = copy_purpose(settings)
        spec = settings.models[purpose]
        raise InvalidInput(
            f"Unsupported language {language!r} for listing copy; supported: "
            f"{', '.join(supported)} (templates: {', '.join(TEMPLATE_LANGUAGES)}; "
            f"models.{purpose} ({spec.backend} {spec.model}) writes with writer=model what "
            f"models.{purpose}.languages declares)",
            details={"parameter": "language", "supported": list(supported)},
        )


def _checked(source: CopySource, copy: ListingCopy) -> GeneratedCopy:
    language = copy.language if copy.language in CHECKED_LANGUAGES else None
    result = check_copy(source.facts, copy.text(), language)
    return GeneratedCopy(source.facts.handle, copy, result, fully_checked=language is not None)


def _noted(copy: ListingCopy, *notes: str) -> ListingCopy:
    return replace(copy, notes=(*copy.notes, *notes))


def _points(source: CopySource) -> list[str]:
    said = []
    for point in source.points():
        if point.kind in ("sentence", "naming"):
            said.append(point.value)
        elif point.values:
            said.append(f"{point.key}: {', '.join(point.values)}")
        else:
            said.append(f"{point.key.replace('_', ' ')}: {point.value}")
    return said


def _generic(source: CopySource, language: str) -> ListingCopy:
    if language in TEMPLATE_LANGUAGES:
        return compose_copy(source, language)
    name = source.name
    return ListingCopy(
        language=language,
        title=name,
        description=name,
        seo_title=first_fitting([name], SEO_TITLE_MAX, " "),
        meta_description=first_fitting([name], META_DESCRIPTION_MAX, " "),
        origin="template",
        generic=True,
        notes=(GENERIC_NOTE,),
    )


def generate_for(
    db: Database | None,
    tenant_id: int | None,
    source: CopySource,
    language: str = "en",
    *,
    tone: str = "neutral",
    length: str = "medium",
    writer: str | None = None,
    settings: Settings | None = None,
) -> GeneratedCopy:
    """Generate and check the copy of an already loaded product (see
    :func:`generate_copy`); ``db`` and ``tenant_id`` pay for model calls and may be None
    only with ``writer="templates"``."""
    settings = _settings(settings)
    check_style(tone, length)
    chosen = writer or default_writer(settings)
    _check_request(language, chosen, settings)
    if not source.has_facts():
        return _checked(source, _generic(source, language))
    templated = None
    if language in TEMPLATE_LANGUAGES:
        templated = compose_copy(source, language, tone=tone, length=length)
    if chosen == "templates":
        if templated is None:  # _check_request allows only template languages here
            raise InvalidInput(f"language {language!r} needs writer=model")
        return _checked(source, templated)
    if db is None or tenant_id is None:
        raise InvalidInput(f"writer={chosen} needs the database and tenant that pay the model")
    purpose = copy_purpose(settings)
    if chosen == "choose" and templated is not None:
        return _checked(
            source, _choose(db, tenant_id, source, templated, tone, length, purpose, settings)
        )
    return _write(db, tenant_id, source, templated, language, tone, length, purpose, settings)


def _choose(
    db: Database,
    tenant_id: int,
    source: CopySource,
    templated: ListingCopy,
    tone: str,
    length: str,
    purpose: str,
    settings: Settings,
) -> ListingCopy:
    from tradewinds.merchant import _copy_en, _copy_zh

    words = _copy_en if templated.language == "en" else _copy_zh
    openings = [words.intro(source, tone, i) for i in range(len(words.INTROS[tone]))]
    try:
        index, model = _model_copy.choose_opening(
            db, tenant_id, source, openings, purpose=purpose, settings=settings
        )
    except TradewindsError as error:
        return _noted(templated, f"model phrasing skipped ({error.code}): {error.message}")
    chosen = compose_copy(source, templated.language, tone=tone, length=length, intro_variant=index)
    return _noted(replace(chosen, model=model), f"opening sentence {index + 1} chosen by {model}")


def _write(
    db: Database,
    tenant_id: int,
    source: CopySource,
    templated: ListingCopy | None,
    language: str,
    tone: str,
    length: str,
    purpose: str,
    settings: Settings,
) -> GeneratedCopy:
    try:
        written = _model_copy.write_copy(
            db, tenant_id, source, _points(source), language,
            tone=tone, length=length, purpose=purpose, settings=settings,
        )  # fmt: skip
    except TradewindsError as error:
        reason = f"model copy failed ({error.code}): {error.message}"
        if templated is None:
            raise InvalidInput(
                f"{source.facts.handle}: {reason}; no templates for {language!r}"
            ) from error
        return _checked(source, _noted(templated, reason))
    result = _checked(source, written)
    if result.ok:
        return result
    blocked = [f"{f.kind}: {f.claim!r}" for f in result.check.findings if f.severity == "block"]
    reason = f"model copy blocked ({'; '.join(blocked + written.problems())})"
    if templated is None:
        return replace(result, copy=_noted(written, reason))
    return _checked(source, _noted(templated, reason))


def generate_copy(
    db: Database,
    tenant_id: int,
    handle: str,
    language: str = "en",
    *,
    tone: str = "neutral",
    length: str = "medium",
    writer: str | None = None,
    settings: Settings | None = None,
) -> GeneratedCopy:
    """Generate the listing copy of a stored product in one language and check it.

    Parameters
    ----------
    db, tenant_id
        The store and the tenant whose product it is (and whose tokens a model spends,
        through the gateway as ``merchant.copy``).
    handle
        The product's handle.
    language
        ``en`` or ``zh`` always; others when the copy model declares them and writes.
    tone, length
        ``neutral|friendly|premium``; ``short|medium|long`` (3, 4 or 5 bullets).
    writer
        ``templates``, ``choose`` or ``model``; default :func:`default_writer`.
    settings
        Settings to read; default ``get_settings()``.

    Returns
    -------
    GeneratedCopy
        The copy (reasons for any fallback in ``copy.notes``) and the checker's verdict.

    Raises
    ------
    NotFound
        The tenant has no product ``handle``.
    InvalidInput
        Unknown tone, length or writer, or an unsupported language (the message lists
        the supported ones).
    """
    from tradewinds.store import tenant_session
    from tradewinds.store.queries import get_product

    with tenant_session(db, tenant_id) as session:
        source = CopySource.of(get_product(session, handle))
    return generate_for(
        db, tenant_id, source, language, tone=tone, length=length, writer=writer, settings=settings
    )
