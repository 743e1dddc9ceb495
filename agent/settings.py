"""One settings object for the whole program (environment prefix ``SODSONG_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


def _default_data_dir() -> Path:
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "sodsong"


def _default_mirror() -> Path | None:
    candidate = REPO_ROOT.parent / "shared" / "data"
    return candidate if candidate.is_dir() else None


class BrowserSettings(BaseModel):
    """How the real browser is driven."""

    chromium_path: Path = Field(Path("/usr/bin/chromium"), description="Chromium executable driven by Playwright.")
    navigation_timeout_s: float = Field(20.0, description="Limit for one page navigation.")
    total_timeout_s: float = Field(45.0, description="Limit for a whole capture (navigation, settle, artifacts).")
    settle_ms: int = Field(500, description="Extra wait after load for scripts to build the page.")
    max_page_bytes: int = Field(8_000_000, description="Pages whose HTML exceeds this are refused as evidence.")
    max_redirects: int = Field(10, description="Redirects followed (each hop checked by the address guard).")
    probe_timeout_s: float = Field(10.0, description="Limit for reading the rendered page (endless scripts are cut off).")
    max_screenshot_height: int = Field(12000, description="Full-page screenshots are clipped at this height in CSS pixels.")
    max_images: int = Field(8, description="Listing images kept as evidence.")
    max_image_bytes: int = Field(2_000_000, description="Largest listing image kept as evidence.")
    viewport_width: int = Field(1280, description="Viewport width in CSS pixels.")
    viewport_height: int = Field(1600, description="Viewport height in CSS pixels.")
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Hosts allowed past the private-address guard; '*.localhost' style wildcards accepted.",
    )


class OcrSettings(BaseModel):
    """Reading text inside listing images (a TIS mark or licence number shown only in a photo)."""

    enabled: bool = Field(True, description="Read listing images with OCR when tesseract is installed.")
    tesseract_path: Path = Field(Path("/usr/bin/tesseract"), description="Tesseract executable (Debian: tesseract-ocr).")
    languages: str = Field("tha+eng", description="Tesseract languages (Debian: tesseract-ocr-tha).")
    timeout_s: float = Field(15.0, description="Limit for reading one image.")
    max_images: int = Field(4, description="Listing images read per page (largest first).")
    min_image_bytes: int = Field(2000, description="Smaller images (icons, placeholders) are not read.")


class LLMSettings(BaseModel):
    """An OpenAI-compatible endpoint; with no base URL and no key the offline reasoner is used."""

    base_url: str | None = Field(None, description="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1.")
    api_key: SecretStr | None = Field(None, description="API key for the endpoint.")
    model: str = Field("gpt-4o-mini", description="Chat model name.")
    embedding_model: str | None = Field(None, description="Embedding model for the dense index (None: the offline LSA model).")
    translate_queries: bool = Field(True, description="With an endpoint configured, let the model rewrite law questions into statutory Thai.")
    temperature: float = Field(0.0, description="Sampling temperature.")
    timeout_s: float = Field(60.0, description="Request timeout.")

    @property
    def configured(self) -> bool:
        return bool(self.base_url or self.api_key)


class RemoteRegistrySettings(BaseModel):
    """TISI's public licence pages (or a stand-in for them): where they are and how politely to ask."""

    base_url: str | None = Field(None, description="Base URL of the licence search site (e.g. https://appdb.tisi.go.th); none = no remote lookups.")
    search_path: str = Field("/tis_dev/p4_license_report/p4license_report.php", description="Search form page (POST), relative to base_url or absolute.")
    detail_path: str = Field("/l/", description="Licence detail page (POST), relative to base_url or absolute (TISI's is on another host).")
    search_field: str = Field("license_no", description="Search form field for the licence number (not verified against TISI).")
    detail_field: str = Field("license_no", description="Detail form field for the licence number (not verified against TISI).")
    form_encoding: str = Field("utf-8", description="Encoding of posted form values (TIS-620 sites may need cp874).")
    timeout_s: float = Field(10.0, description="Limit for one HTTP request.")
    retries: int = Field(3, description="Further attempts after the first on connection errors, timeouts, 5xx and 429.")
    backoff_s: float = Field(0.5, description="First retry delay; doubles on each further retry.")
    min_interval_s: float = Field(1.0, description="Least time between two requests to one host.")
    max_retry_after_s: float = Field(30.0, description="Longest Retry-After honoured; a longer one ends the lookup as unavailable.")
    cache_max_age_s: float = Field(86400.0, description="Cached pages older than this are fetched again.")


class RegistrySettings(BaseModel):
    """Where licence numbers are looked up."""

    backend: Literal["local", "remote", "chained"] = Field("local", description="local SQLite registry, TISI's pages, or local then remote.")
    remote: RemoteRegistrySettings = Field(default_factory=RemoteRegistrySettings)


class Settings(BaseSettings):
    """Sodsong settings. Nested fields use ``__``: ``SODSONG_BROWSER__ALLOWED_HOSTS='["*.localhost"]'``."""

    model_config = SettingsConfigDict(env_prefix="SODSONG_", env_nested_delimiter="__", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir, description="Runs, evidence, indexes and registry live here.")
    mirror_dir: Path | None = Field(
        default_factory=_default_mirror,
        description="Local mirror of third-party sources (default ../shared/data when present).",
    )
    allow_download: bool = Field(True, description="Download a source from its upstream URL when no mirror holds it.")
    browser: BrowserSettings = Field(default_factory=BrowserSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    ocr: OcrSettings = Field(default_factory=OcrSettings)
    registry: RegistrySettings = Field(default_factory=RegistrySettings)

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"

    @property
    def corpus_dir(self) -> Path:
        return self.data_dir / "corpus"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def registry_path(self) -> Path:
        return self.data_dir / "registry.sqlite"

    @property
    def registry_cache_path(self) -> Path:
        return self.data_dir / "tisi-cache.sqlite"

    @property
    def checkpoints_path(self) -> Path:
        return self.data_dir / "checkpoints.sqlite"

    @property
    def batches_path(self) -> Path:
        return self.data_dir / "batches.sqlite"
