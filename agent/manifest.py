"""The run manifest: SHA-256 of every evidence file and the report; its own hash goes into the assessment."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from agent.evidence import sha256_bytes

MANIFEST = "manifest.json"
UNLISTED = {MANIFEST, "assessment.json"}


def _files(run_dir: Path) -> list[Path]:
    return sorted(p for p in run_dir.rglob("*") if p.is_file() and p.relative_to(run_dir).as_posix() not in UNLISTED)


def write_manifest(run_dir: Path) -> str:
    """Hash every file under the run directory (except the manifest and assessment); return the manifest's sha256."""
    entries = {p.relative_to(run_dir).as_posix(): {"sha256": sha256_bytes(p.read_bytes()), "bytes": p.stat().st_size} for p in _files(run_dir)}
    data = json.dumps({"files": entries}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    (run_dir / MANIFEST).write_bytes(data)
    return sha256_bytes(data)


class VerifyReport(BaseModel):
    run_dir: str
    files: int
    changed: list[str]
    missing: list[str]
    added: list[str]
    manifest_ok: bool
    ledger_mismatch: list[str]

    @property
    def ok(self) -> bool:
        return self.manifest_ok and not (self.changed or self.missing or self.added or self.ledger_mismatch)


def verify_run(run_dir: Path) -> VerifyReport:
    """Recompute every hash: files against the manifest, the manifest against the assessment, the ledger against files."""
    manifest_path, assessment_path = run_dir / MANIFEST, run_dir / "assessment.json"
    if not manifest_path.is_file() or not assessment_path.is_file():
        from agent.errors import InputError

        raise InputError(f"{run_dir} is not a Sodsong run directory (manifest.json and assessment.json required)")
    raw = manifest_path.read_bytes()
    assessment = json.loads(assessment_path.read_text(encoding="utf-8"))
    listed = json.loads(raw)["files"]
    present = {p.relative_to(run_dir).as_posix(): p for p in _files(run_dir)}
    changed = [name for name, entry in listed.items() if name in present and sha256_bytes(present[name].read_bytes()) != entry["sha256"]]
    missing = [name for name in listed if name not in present]
    added = [name for name in present if name not in listed]
    ledger_mismatch = []
    for item in assessment.get("evidence", []):
        path = item.get("path")
        if path and path in present and sha256_bytes(present[path].read_bytes()) != item["sha256"]:
            ledger_mismatch.append(f"{item['id']} ({path})")
    return VerifyReport(
        run_dir=str(run_dir), files=len(listed), changed=changed, missing=missing, added=added,
        manifest_ok=sha256_bytes(raw) == assessment.get("manifest_sha256"), ledger_mismatch=ledger_mismatch,
    )
