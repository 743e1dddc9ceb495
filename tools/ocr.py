"""Text inside listing images, read by Tesseract (Thai + English). OCR can misread: callers keep only what parses."""

from __future__ import annotations

import subprocess
from functools import lru_cache
from pathlib import Path

from agent.settings import OcrSettings


class OcrError(RuntimeError):
    """An image could not be read (tesseract missing, failed or too slow)."""


def ocr_available(settings: OcrSettings) -> bool:
    """OCR is on, and Tesseract is installed with every language the settings ask for."""
    return settings.enabled and _installed(str(settings.tesseract_path), settings.languages)


@lru_cache(maxsize=8)
def _installed(tesseract: str, languages: str) -> bool:
    if not Path(tesseract).is_file():
        return False
    try:
        listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    have = set(listed.stdout.split())
    return all(lang in have for lang in languages.split("+"))


def read_image_text(path: Path, settings: OcrSettings) -> str:
    """The text Tesseract reads in one image file."""
    try:
        done = subprocess.run([str(settings.tesseract_path), str(path), "stdout", "-l", settings.languages],
                              capture_output=True, timeout=settings.timeout_s)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"OCR of {path.name} took longer than {settings.timeout_s:.0f} s") from exc
    except OSError as exc:
        raise OcrError(f"OCR could not run: {exc}") from exc
    if done.returncode != 0:
        raise OcrError(f"OCR of {path.name} failed: {done.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return done.stdout.decode("utf-8", "replace").strip()
