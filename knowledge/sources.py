"""The project's manifest of third-party sources and fetching them by checksum."""

from __future__ import annotations

import hashlib
import json
import shutil
import urllib.request
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from agent.errors import SourceError


class Source(BaseModel):
    id: str
    kind: Literal["statute", "standards_catalogue"]
    title_th: str
    title_en: str
    mirror_path: str
    upstream_url: str
    sha256: str
    bytes: int
    licence: str

    @property
    def file_name(self) -> str:
        suffix = Path(self.mirror_path).suffix
        return self.id.replace("/", "_") + suffix


class SyncResult(BaseModel):
    source_id: str
    path: Path
    origin: Literal["cached", "mirror", "download"]


def load_sources() -> list[Source]:
    """Read knowledge/sources.json shipped with the package."""
    text = resources.files("knowledge").joinpath("sources.json").read_text(encoding="utf-8")
    return [Source(**item) for item in json.loads(text)["sources"]]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _verified(path: Path, source: Source) -> bool:
    return path.is_file() and file_sha256(path) == source.sha256


def fetch_source(source: Source, corpus_dir: Path, mirror_dir: Path | None, allow_download: bool) -> SyncResult:
    """Place the source in corpus_dir, verified by sha256; mirror first, upstream second."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    target = corpus_dir / source.file_name
    if _verified(target, source):
        return SyncResult(source_id=source.id, path=target, origin="cached")
    if mirror_dir is not None:
        candidate = mirror_dir / source.mirror_path
        if candidate.is_file():
            actual = file_sha256(candidate)
            if actual != source.sha256:
                raise SourceError(
                    f"{source.id}: checksum mismatch in mirror {candidate} (expected {source.sha256[:12]}…, got {actual[:12]}…)"
                )
            shutil.copyfile(candidate, target)
            return SyncResult(source_id=source.id, path=target, origin="mirror")
    if not allow_download:
        raise SourceError(f"{source.id}: not in the mirror ({mirror_dir}) and downloads are disabled")
    partial = target.with_suffix(target.suffix + ".part")
    try:
        with urllib.request.urlopen(source.upstream_url, timeout=60) as response, partial.open("wb") as out:
            shutil.copyfileobj(response, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise SourceError(f"{source.id}: download from {source.upstream_url} failed: {exc}") from exc
    actual = file_sha256(partial)
    if actual != source.sha256:
        partial.unlink(missing_ok=True)
        raise SourceError(f"{source.id}: downloaded file fails its checksum (expected {source.sha256[:12]}…, got {actual[:12]}…)")
    partial.replace(target)
    return SyncResult(source_id=source.id, path=target, origin="download")
