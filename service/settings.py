"""Configuration from the environment (``NEWSFACTS_*``, plus the OpenAI SDK's own variables).

One object, read once per process; every knob is documented in ``docs/configuration.md``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.backends.registry import BackendChoice, BackendName


def _default_data_dir() -> Path:
    # XDG on Linux, the same layout elsewhere: a per-user place that survives reboots.
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsfacts"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSFACTS_", extra="ignore", populate_by_name=True)

    # --- which extractor
    backend: BackendChoice = Field(
        default="auto",
        description="auto: the llm backend when NEWSFACTS_LLM_MODEL is set, else the offline rules backend. "
        "hybrid: rules and llm together (service/backends/hybrid.py).",
    )

    # --- the LLM backend
    llm_model: str | None = None
    llm_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("NEWSFACTS_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("NEWSFACTS_LLM_BASE_URL", "OPENAI_BASE_URL")
    )
    llm_mode: Literal["tools", "tools_strict", "json_schema", "json_object", "json"] = "tools"
    llm_api_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NEWSFACTS_LLM_API_VERSION", "OPENAI_API_VERSION"),
        description="Set for Azure OpenAI (with llm_base_url the resource endpoint).",
    )
    llm_temperature: float = 0.0
    llm_seed: int | None = 7
    llm_max_tokens: int = 4096
    llm_context_tokens: int | None = Field(
        default=None,
        ge=256,
        description="The server's context size: max_tokens is capped at this minus the prompt. None: no cap.",
    )
    llm_system_prompt: Literal["system", "fold"] = Field(
        default="system",
        description="fold: the system prompt goes into the first user turn (templates with no system role).",
    )
    llm_stream: bool = Field(
        default=False,
        description="Stream answers, so a cancelled or timed-out call stops generating on the server.",
    )
    llm_timeout_s: float = Field(default=60.0, gt=0, description="One HTTP attempt.")
    llm_deadline_s: float = Field(
        default=180.0, gt=0, description="All attempts of one call, backoff included."
    )
    llm_max_attempts: int = Field(default=5, ge=1)
    llm_max_reasks: int = Field(default=2, ge=0)
    llm_chunk_tokens: int = Field(default=3000, ge=200)
    llm_chunk_overlap_tokens: int = Field(default=200, ge=0)
    llm_chunk_concurrency: int = Field(default=4, ge=1)
    llm_concurrency: int | None = Field(
        default=None,
        ge=1,
        description="Requests at the provider at once, per process (each replica, each worker); "
        "a request holds its slot only while it is at the provider. None is unbounded.",
    )
    llm_reask_token_budget: int | None = Field(
        default=50_000,
        ge=1,
        description="Tokens (prompt + completion) one chunk's re-asks may spend in all; None is unbounded.",
    )
    llm_backoff_initial_s: float = Field(default=0.5, ge=0, description="First transport-retry backoff.")
    llm_backoff_max_s: float = Field(default=20.0, ge=0, description="Cap of one transport-retry backoff.")
    llm_prompt: str = Field(default="extract/v2", description="Prompt template folder under prompts/.")

    # --- the service
    data_dir: Path = Field(default_factory=_default_data_dir)
    max_body_bytes: int = Field(default=2_000_000, ge=1024)
    max_text_chars: int = Field(default=1_000_000, ge=1000)
    batch_max_items: int = Field(default=32, ge=1)
    batch_concurrency: int = Field(default=8, ge=1)
    max_inflight_extractions: int = Field(default=64, ge=1)
    queue_timeout_s: float = Field(default=10.0, ge=0)
    extraction_budget_s: float | None = Field(
        default=30.0,
        gt=0,
        description="CPU seconds one extraction's CPU-bound steps (rules, grounding) may use; "
        "past it the answer is 422 extraction-budget. None is unbounded.",
    )
    http_header_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description="A request's headers must all arrive within this, or the connection closes.",
    )
    http_body_timeout_s: float = Field(
        default=60.0, gt=0, description="A request's body must all arrive within this after its headers."
    )
    http_keep_alive_s: float = Field(
        default=5.0, gt=0, description="An idle keep-alive connection closes after this."
    )
    http_max_connections: int = Field(
        default=1000, ge=1, description="Open connections per process; one more is closed at once."
    )
    http_drain_timeout_s: float = Field(
        default=60.0,
        gt=0,
        description="A response whose client reads nothing of it for this long (the write buffer stays "
        "full) has its connection aborted, so an unread response is not held in memory for ever.",
    )
    shutdown_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description=(
            "On SIGTERM, how long requests under way may take to finish before they are cancelled;"
            " then how long the job items and background tasks get to stop before they are left behind."
        ),
    )
    cache_max_age_s: float | None = Field(
        default=None, description="Evict entries older than this; None keeps them."
    )
    cache_max_entries: int | None = Field(
        default=100_000, description="Evict oldest past this count; None is unbounded."
    )
    cache_memory_bytes: int = Field(
        # Counted as the results' bytes; the process's RSS grows by about 1.7 times
        # this before it levels off, and issue 7 wants that under 50 MB
        # (benchmarks/RESULTS.md, benchmark 5).
        default=16_000_000,
        ge=0,
        description="In-process copy of recently served results, on top of the store; 0 disables it.",
    )
    cache_evict_interval_s: float = Field(
        default=60.0, ge=0, description="At most one eviction sweep this often; 0 sweeps after every store."
    )
    job_max_items: int = Field(default=10_000, ge=1, description="Articles accepted in one job.")
    job_concurrency: int = Field(default=2, ge=1, description="Jobs one process runs at the same time.")
    job_lease_s: float = Field(
        default=30.0,
        gt=0,
        description="A job whose process stopped renewing its lease this long ago is resumed by another.",
    )
    job_item_deadline_s: float = Field(
        default=900.0,
        gt=0,
        description="Wall-clock seconds one attempt at a job item may run; past it the process stops "
        "renewing the item's lease and gives it up, to be retried (and failed past the attempt cap) "
        "like an item whose worker died.",
    )
    job_item_max_attempts: int = Field(
        default=3,
        ge=1,
        description="Times a job item may be claimed without finishing (its worker died or lost the lease) "
        "before it fails with job-item-abandoned instead of being run again.",
    )
    job_retention_s: float = Field(
        default=7 * 86_400.0,
        ge=0,
        description="A finished job (its items and results, its webhook) is removed this long after its "
        "last item finished; a running job never is. 0 keeps every job.",
    )
    eval_reports_dir: Path = Field(
        default=Path("eval-out"),
        description="Where the viewer's eval tab finds reports written by `newsfacts eval --out`.",
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        description="HMAC-SHA256 key signing job-completion webhooks; jobs asking for a webhook are refused without it.",
    )
    webhook_allow_private_hosts: bool = Field(
        default=False,
        description="Allow webhook URLs on loopback, private and link-local addresses (one-host setups, tests).",
    )
    webhook_max_attempts: int = Field(default=6, ge=1, description="Deliveries tried per webhook.")
    webhook_backoff_initial_s: float = Field(default=2.0, ge=0, description="Wait after the first failure.")
    webhook_backoff_max_s: float = Field(default=600.0, ge=0, description="Cap of one wait between tries.")
    webhook_timeout_s: float = Field(default=10.0, gt=0, description="One delivery attempt.")
    # --- the database (docs/deployment.md)
    database_url: SecretStr | None = Field(
        default=None,
        description="postgresql://user:pass@host:port/db selects PostgreSQL (several hosts); unset, "
        "the embedded SQLite file in data_dir.",
    )
    database_pool_min: int = Field(default=1, ge=0, description="PostgreSQL connections kept open.")
    database_pool_max: int = Field(
        default=10, ge=1, description="PostgreSQL connections at most, per process."
    )
    database_migrate: bool = Field(
        default=True,
        description="Apply missing schema migrations at startup; false: refuse to start until "
        "`newsfacts db upgrade` has run.",
    )
    run_jobs: bool = Field(
        default=True,
        description="This process runs queued job items (false: an API replica that only serves).",
    )
    flight_lease_s: float = Field(
        default=30.0,
        gt=0,
        description="An extraction's in-flight claim, shared by every process on the database, lapses "
        "this long after its process stopped renewing it.",
    )
    llm_rpm_limit: int | None = Field(
        default=None,
        ge=1,
        description="Provider requests per minute, shared by every process on the database.",
    )
    llm_tpm_limit: int | None = Field(
        default=None, ge=1, description="Provider tokens per minute, shared by every process on the database."
    )
    api_keys: list[str] = Field(
        default_factory=list, description="Accepted X-API-Key values; empty disables auth."
    )
    admin_api_keys: list[str] = Field(
        default_factory=list,
        description="X-API-Key values that read every tenant's results (and are accepted like api_keys).",
    )
    cors_origins: list[str] = Field(default_factory=list)
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Host header values accepted (e.g. api.example.org, *.example.org); empty accepts any.",
    )
    log_level: str = "INFO"
    log_json: bool = True

    def llm_configured(self) -> bool:
        return bool(self.llm_model)

    def resolved_backend(self) -> BackendName:
        if self.backend == "auto":
            return "llm" if self.llm_configured() else "rules"
        return self.backend


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
