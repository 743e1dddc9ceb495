"""Cassette settings shared by every vcrpy test: match on method, URI and body; secrets scrubbed both ways."""

from __future__ import annotations

SECRET_HEADERS = {"authorization", "cookie", "set-cookie", "api-key", "openai-organization"}


def secret(name: str) -> bool:
    return name.lower() in SECRET_HEADERS or name.lower().startswith("x-stainless-")


def scrub_request(request):
    for name in [n for n in request.headers if secret(n)]:
        del request.headers[name]
    return request


def scrub_response(response):
    for name in [n for n in response["headers"] if secret(n)]:
        del response["headers"][name]
    return response


def vcr_settings(request) -> dict:
    """Replay only unless --record-mode says otherwise (CI replays; a missing interaction fails)."""
    return {
        "match_on": ["method", "uri", "body"],
        "filter_headers": sorted(SECRET_HEADERS),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "record_mode": request.config.getoption("--record-mode") or "none",
    }
