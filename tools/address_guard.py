"""Refuse URLs that are not http(s) or that point at private, loopback or link-local addresses."""

from __future__ import annotations

import fnmatch
import ipaddress
import socket
from typing import Callable
from urllib.parse import urlsplit

from agent.errors import BlockedAddress, CaptureError

Resolver = Callable[[str], list[str]]


def _system_resolver(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


def host_allowed(host: str, allowed_hosts: list[str]) -> bool:
    """True when the host matches one of the configured patterns ('*.localhost', 'example.test')."""
    host = host.lower().rstrip(".")
    return any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in allowed_hosts)


def resolve(host: str, resolver: Resolver | None = None) -> list[str]:
    """Addresses of a host; '*.localhost' is loopback by RFC 6761 without asking DNS."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return ["127.0.0.1"]
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    try:
        addresses = (resolver or _system_resolver)(host)
    except (OSError, UnicodeError) as exc:
        raise CaptureError(f"cannot resolve host {host!r}: {exc}") from exc
    if not addresses:
        raise CaptureError(f"cannot resolve host {host!r}: no addresses")
    return addresses


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def check_url(url: str, allowed_hosts: list[str], resolver: Resolver | None = None) -> str:
    """Return the host if the URL may be fetched; raise BlockedAddress or CaptureError otherwise."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise BlockedAddress(f"refused malformed URL {url!r}: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise BlockedAddress(f"refused {parts.scheme or 'scheme-less'} URL: only http and https pages are investigated")
    if not host:
        raise BlockedAddress(f"refused URL without a host: {url}")
    if host_allowed(host, allowed_hosts):
        return host
    for address in resolve(host, resolver):
        if not is_public(address):
            raise BlockedAddress(
                f"refused {host} ({address}): private, loopback or link-local address; allow the host in settings to investigate it"
            )
    return host
