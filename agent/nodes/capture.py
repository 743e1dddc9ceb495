"""Node: open the URL in the real browser and put every artifact in the ledger."""

from __future__ import annotations

import json

from langgraph.runtime import Runtime

from agent.context import RunContext
from agent.errors import BlockedAddress, CaptureError
from agent.evidence import Evidence, canonical_json, make_evidence, utc_now
from agent.state import InvestigationState
from tools.ocr import OcrError, read_image_text


def capture(state: InvestigationState, runtime: Runtime[RunContext]) -> dict:
    ctx = runtime.context
    url = state["url"]
    try:
        page = ctx.browser.capture(url, ctx.evidence_dir)
    except (CaptureError, BlockedAddress) as exc:
        attempt = {"url": url, "attempted_at": utc_now(), "error": str(exc)}
        payload = canonical_json(attempt)
        failure = make_evidence("page", url, payload, label="failed capture attempt")
        ctx.evidence_dir.mkdir(parents=True, exist_ok=True)
        (ctx.evidence_dir / "capture-error.json").write_bytes(payload.encode("utf-8"))
        failure.path = "evidence/capture-error.json"
        return {"capture_error": str(exc), "capture_evidence": [failure.id], "ledger": {failure.id: failure}}

    def rel(name: str) -> str:
        return f"evidence/{page.artifacts[name].path}"

    source = page.final_url
    text = make_evidence("page", source, page.visible_text, retrieved_at=page.retrieved_at, path=rel("text"),
                         media_type="text/plain", label="visible text of the page")
    structured = make_evidence("page", source + "#structured-data", page.structured_text, retrieved_at=page.retrieved_at,
                               path=rel("structured"), media_type="text/plain", label="structured data (JSON-LD, state, meta, tables, alt text)")
    html_bytes = (ctx.evidence_dir / page.artifacts["html"].path).read_bytes()
    html = make_evidence("page", source + "#html", html_bytes, retrieved_at=page.retrieved_at, path=rel("html"),
                         media_type="text/html", label="HTML after scripts ran")
    shot = make_evidence("screenshot", source, (ctx.evidence_dir / page.artifacts["screenshot"].path).read_bytes(),
                         retrieved_at=page.retrieved_at, path=rel("screenshot"), media_type="image/png", label="full-page screenshot")
    extras = []
    if page.hidden_text:
        extras.append(make_evidence("page", source + "#hidden-text", (ctx.evidence_dir / page.artifacts["hidden"].path).read_bytes(),
                                    retrieved_at=page.retrieved_at, path=rel("hidden"), media_type="text/plain",
                                    content=(ctx.evidence_dir / page.artifacts["hidden"].path).read_text(encoding="utf-8"),
                                    label="text a person cannot see (hidden, zero-size, same colour, comments) — flagged, not a visible claim"))
    if "mhtml" in page.artifacts:
        extras.append(make_evidence("page", source + "#mhtml", (ctx.evidence_dir / page.artifacts["mhtml"].path).read_bytes(),
                                    retrieved_at=page.retrieved_at, path=rel("mhtml"), media_type="multipart/related", label="MHTML snapshot"))
    for image in page.images:
        extras.append(make_evidence("page", image.url, (ctx.evidence_dir / image.path).read_bytes(), retrieved_at=page.retrieved_at,
                                    path=f"evidence/{image.path}", media_type=image.media_type, label=f"listing image (alt: {image.alt!r})"))
    read = _read_images(page, ctx)
    extras += read
    meta = {
        "requested_url": page.requested_url, "final_url": page.final_url, "status": page.status,
        "content_type": page.content_type, "redirect_chain": page.redirect_chain,
        "hops": [h.model_dump() for h in page.hops], "browser": page.browser_version,
        "retrieved_at": page.retrieved_at, "seconds": page.seconds, "hidden_text_items": len(page.hidden_text),
        "refused_requests": page.refused_requests,
        "artifacts": {k: v.model_dump() for k, v in page.artifacts.items()},
    }
    (ctx.evidence_dir / "capture.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    ledger = {item.id: item for item in (text, structured, html, shot, *extras)}
    return {
        "capture_error": None,
        "capture_evidence": [text.id, structured.id, html.id, shot.id, *(e.id for e in extras)],
        "capture_meta": meta,
        "probe": page.probe,
        "ocr_evidence": [e.id for e in read],
        "ledger": ledger,
    }


def _read_images(page, ctx: RunContext) -> list[Evidence]:
    """OCR text of the largest listing images, each its own evidence item (what OCR read, which can be wrong)."""
    if ctx.ocr is None:
        return []
    read: list[Evidence] = []
    images = sorted((i for i in page.images if i.bytes >= ctx.ocr.min_image_bytes), key=lambda i: -i.bytes)[: ctx.ocr.max_images]
    for image in images:
        image_path = ctx.evidence_dir / image.path
        try:
            text = read_image_text(image_path, ctx.ocr)
        except OcrError:
            continue  # an unreadable image adds nothing; the image itself is still in the ledger
        if not text:
            continue
        out = image_path.with_suffix(image_path.suffix + ".ocr.txt")
        out.write_text(text, encoding="utf-8")
        read.append(make_evidence("extraction", image.url + "#ocr", text, retrieved_at=page.retrieved_at,
                                  path=f"evidence/{out.relative_to(ctx.evidence_dir)}", media_type="text/plain", content=text,
                                  label=f"text read by OCR ({ctx.ocr.languages}) from listing image {image.path}; OCR can misread"))
    return read
