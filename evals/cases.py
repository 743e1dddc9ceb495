"""Labelled investigation cases (formats.md §3): load and validate with clear errors."""

from __future__ import annotations

import fnmatch
import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from agent.errors import InputError

CASE_ID = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
REQUIRED = ("id", "kind", "pages", "target", "expected")
EXPECTED_REQUIRED = ("verdict", "tis", "findings", "laws")


class Expected(BaseModel):
    verdict: str
    tis: str | None
    findings: list[str]
    laws: list[dict[str, str]]
    listings: dict[str, dict[str, Any]] = Field(default_factory=dict)


class Behaviour(BaseModel):
    """Optional server behaviour for a path (an extra case field; other consumers ignore it)."""

    status: int | None = None
    redirect: str | None = None
    delay_s: float = 0.0
    content_type: str | None = None
    pad_bytes: int = 0
    headers: dict[str, str] = Field(default_factory=dict)


class Case(BaseModel):
    id: str
    kind: str
    description: str = ""
    pages: dict[str, str]
    target: str
    registry: list[dict[str, Any]] = Field(default_factory=list)
    expected: Expected
    serve: dict[str, Behaviour] = Field(default_factory=dict)
    directory: Path


def load_case(case_dir: Path) -> Case:
    path = case_dir / "case.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: missing") from exc
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from exc
    for field in REQUIRED:
        if field not in data:
            raise InputError(f"{path}: missing required field '{field}'")
    for field in ("pages", "expected"):
        if not isinstance(data[field], dict):
            raise InputError(f"{path}: field '{field}' must be an object")
    for field in EXPECTED_REQUIRED:
        if field not in data["expected"]:
            raise InputError(f"{path}: missing required field 'expected.{field}'")
    if not CASE_ID.match(str(data["id"])) or data["id"] != case_dir.name:
        raise InputError(f"{path}: id {data['id']!r} must be a DNS label equal to the directory name {case_dir.name!r}")
    for url_path, file_name in data["pages"].items():
        if url_path in data.get("serve", {}) and not file_name:
            continue
        if not (case_dir / file_name).is_file():
            raise InputError(f"{path}: page file {file_name!r} for {url_path} does not exist")
    try:
        return Case(**data, directory=case_dir)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(f"{path}: field '{'.'.join(str(p) for p in first['loc'])}': {first['msg']}") from exc


def load_cases(root: Path, only: str | None = None) -> list[Case]:
    """Every case under root (optionally only ids matching a glob such as 'demo-*')."""
    if not root.is_dir():
        raise InputError(f"no cases directory at {root}")
    dirs = [d for d in sorted(root.iterdir()) if d.is_dir() and (d / "case.json").exists()]
    if only:
        dirs = [d for d in dirs if fnmatch.fnmatchcase(d.name, only)]
    cases = [load_case(d) for d in dirs]
    if not cases:
        raise InputError(f"no cases (*/case.json) under {root}")
    return cases
