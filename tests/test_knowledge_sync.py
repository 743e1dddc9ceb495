"""Sources are taken from the mirror by checksum; a mismatch is refused with a clear error."""

from __future__ import annotations

import shutil

import pytest

from agent.errors import SourceError
from agent.settings import Settings
from knowledge.sources import fetch_source, load_sources
from tests.conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="third-party mirror ../shared/data not present")


def test_manifest_lists_eleven_statutes_and_the_catalogue():
    sources = load_sources()
    assert sum(s.kind == "statute" for s in sources) == 11
    assert sum(s.kind == "standards_catalogue" for s in sources) == 1
    assert all(len(s.sha256) == 64 and s.upstream_url.startswith("https://") for s in sources)


def test_fetch_from_mirror_then_cached(tmp_path):
    source = next(s for s in load_sources() if s.id == "law/452494")
    first = fetch_source(source, tmp_path / "corpus", SHARED_DATA, allow_download=False)
    assert first.origin == "mirror"
    second = fetch_source(source, tmp_path / "corpus", SHARED_DATA, allow_download=False)
    assert second.origin == "cached" and second.path == first.path


def test_checksum_mismatch_in_mirror_is_refused(tmp_path):
    source = next(s for s in load_sources() if s.id == "law/452494")
    mirror = tmp_path / "mirror"
    target = mirror / source.mirror_path
    target.parent.mkdir(parents=True)
    shutil.copyfile(SHARED_DATA / source.mirror_path, target)
    with target.open("ab") as handle:
        handle.write(b"x")
    with pytest.raises(SourceError, match="checksum mismatch"):
        fetch_source(source, tmp_path / "corpus", mirror, allow_download=False)


def test_missing_source_without_download_is_a_clear_error(tmp_path):
    source = load_sources()[0]
    with pytest.raises(SourceError, match="downloads are disabled"):
        fetch_source(source, tmp_path / "corpus", tmp_path / "empty-mirror", allow_download=False)


def test_sync_parses_sections_and_catalogue(knowledge_settings: Settings):
    from knowledge.build import load_catalogue
    from knowledge.library import LawLibrary

    catalogue = load_catalogue(knowledge_settings)
    assert len(catalogue) == 149
    assert catalogue.get("2879-2560").name_en.lower().startswith("portable power bank")
    assert catalogue.get("685 เล่ม 1").tis == "685 เล่ม 1-2562"  # family lookup finds the edition in force
    library = LawLibrary.open(knowledge_settings.corpus_dir, knowledge_settings.index_dir)
    ipsa = "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"
    assert library.get(ipsa, "มาตรา ๒๐ ทวิ").section == "20 ทวิ"
    assert [p.section for p in library.penalties_for(ipsa, "36")] == ["55"]
    hits = library.search("ผู้ใดจำหน่ายผลิตภัณฑ์อุตสาหกรรมที่ไม่เป็นไปตามมาตรฐาน", k=5, law=ipsa)
    assert hits and all(h.section.law == ipsa for h in hits)
