"""OCR of listing images with the system Tesseract: reading, and clear failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.settings import OcrSettings
from tools.ocr import OcrError, ocr_available, read_image_text

LABEL = Path(__file__).parent / "fixtures" / "cases" / "fx-licence-in-image" / "label.png"


def test_missing_tesseract_or_language_means_no_ocr(tmp_path):
    assert not ocr_available(OcrSettings(tesseract_path=tmp_path / "no-tesseract"))
    assert not ocr_available(OcrSettings(enabled=False))
    if OcrSettings().tesseract_path.is_file():
        assert not ocr_available(OcrSettings(languages="tha+xyz"))


def test_a_label_photo_is_read_in_thai_and_english():
    settings = OcrSettings()
    if not ocr_available(settings):
        pytest.skip("tesseract with Thai is not installed (run make setup)")
    text = read_image_text(LABEL, settings)
    assert "ใบอนุญาต" in text and "30516-48/2879" in text and "VOLTA" in text


def test_an_image_that_cannot_be_read_is_a_clear_error(tmp_path):
    settings = OcrSettings()
    if not ocr_available(settings):
        pytest.skip("tesseract with Thai is not installed (run make setup)")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    with pytest.raises(OcrError, match="broken.png"):
        read_image_text(broken, settings)
    with pytest.raises(OcrError, match="could not run"):
        read_image_text(LABEL, settings.model_copy(update={"tesseract_path": tmp_path / "gone"}))
