"""Per-run clients handed to the graph's nodes through LangGraph's runtime context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from agent.reasoners.base import Reasoner
from agent.settings import OcrSettings
from knowledge.catalogue import Catalogue
from knowledge.library import LawLibrary
from tools.browser import PageCapture
from tools.classify import Classifier
from tools.registry import Registry
from tools.registry_backends import RegistryBackend


class Capturer(Protocol):
    def capture(self, url: str, out_dir: Path) -> PageCapture: ...


@dataclass
class RunContext:
    """Everything a node may use. Nodes never read the environment."""

    run_dir: Path
    browser: Capturer
    registry: Registry
    library: LawLibrary
    catalogue: Catalogue
    classifier: Classifier
    reasoner: Reasoner
    registry_backend: str = "local"
    backend: RegistryBackend | None = None  # None: the local registry above
    today: date | None = field(default=None)
    ocr: OcrSettings | None = None  # None: listing images are not read

    @property
    def evidence_dir(self) -> Path:
        return self.run_dir / "evidence"
