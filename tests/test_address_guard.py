"""The address guard: only http(s) to public addresses, unless the host is explicitly allowed. No real DNS."""

from __future__ import annotations

import pytest

from agent.errors import BlockedAddress, CaptureError
from tools.address_guard import check_url, host_allowed, is_public, resolve

PUBLIC_V4 = "93.184.216.34"
PUBLIC_V6 = "2606:4700:4700::1111"


def public_resolver(host: str) -> list[str]:
    return [PUBLIC_V4]


def no_dns(host: str) -> list[str]:
    raise AssertionError(f"the guard asked DNS about {host!r}; it should not have")


# --- schemes and hosts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "scheme_word"),
    [
        ("file:///etc/passwd", "file"),
        ("data:text/html,<h1>x</h1>", "data"),
        ("ftp://example.com/pub/file", "ftp"),
        ("javascript:alert(1)", "javascript"),
        ("chrome://settings", "chrome"),
        ("example.com/item/1", "scheme-less"),
        ("//example.com/item/1", "scheme-less"),
    ],
)
def test_non_http_schemes_are_refused(url, scheme_word):
    with pytest.raises(BlockedAddress) as info:
        check_url(url, [], resolver=no_dns)
    assert str(info.value).startswith(f"refused {scheme_word} URL")
    assert info.value.exit_code == 4


@pytest.mark.parametrize("url", ["http:///item/1", "https://:443/x", "http://user:pw@/x"])
def test_url_without_host_is_refused(url):
    with pytest.raises(BlockedAddress, match="without a host"):
        check_url(url, [], resolver=no_dns)


def test_scheme_check_runs_before_the_allow_list():
    # Even an allow-everything pattern does not let a file: URL through.
    with pytest.raises(BlockedAddress):
        check_url("file:///etc/passwd", ["*"], resolver=no_dns)


# --- literal addresses -------------------------------------------------------------------------

BLOCKED_LITERALS = [
    ("http://127.0.0.1/", "127.0.0.1"),
    ("http://127.1.2.3:8080/item", "127.1.2.3"),
    ("http://10.0.0.1/", "10.0.0.1"),
    ("http://10.255.255.254/", "10.255.255.254"),
    ("http://172.16.0.1/", "172.16.0.1"),
    ("http://172.31.255.255/", "172.31.255.255"),
    ("http://192.168.1.1/", "192.168.1.1"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
    ("http://100.64.0.1/", "100.64.0.1"),
    ("http://100.127.255.254/", "100.127.255.254"),
    ("http://0.0.0.0/", "0.0.0.0"),
    ("http://[::1]/", "::1"),
    ("http://[fe80::1]/", "fe80::1"),
    ("http://[fd12::1]/", "fd12::1"),
    ("http://[fc00::5]/", "fc00::5"),
    ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
    ("http://[::ffff:10.0.0.1]/", "::ffff:10.0.0.1"),
    ("http://user:secret@127.0.0.1/", "127.0.0.1"),
    ("HTTPS://192.168.0.10/", "192.168.0.10"),
]


@pytest.mark.parametrize(("url", "address"), BLOCKED_LITERALS)
def test_private_loopback_and_link_local_literals_are_blocked(url, address):
    with pytest.raises(BlockedAddress) as info:
        check_url(url, [], resolver=no_dns)
    assert f"({address})" in str(info.value)
    assert not isinstance(info.value, CaptureError)


@pytest.mark.parametrize(
    "address",
    ["172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "11.0.0.1", PUBLIC_V4, PUBLIC_V6, "::ffff:93.184.216.34"],
)
def test_neighbours_of_private_ranges_are_public(address):
    assert is_public(address) is True


@pytest.mark.parametrize("address", ["224.0.0.1", "240.0.0.1", "255.255.255.255", "::", "192.0.2.1", "fe80::1%eth0"])
def test_multicast_reserved_unspecified_documentation_and_scoped_are_not_public(address):
    assert is_public(address) is False


def test_public_literal_is_allowed_without_dns():
    assert check_url(f"https://{PUBLIC_V4}/item/1", [], resolver=no_dns) == PUBLIC_V4
    assert check_url(f"http://[{PUBLIC_V6}]:8443/x", [], resolver=no_dns) == PUBLIC_V6


# --- host names through the injected resolver --------------------------------------------------


def test_public_hostname_via_injected_resolver_returns_host():
    seen: list[str] = []

    def resolver(host: str) -> list[str]:
        seen.append(host)
        return [PUBLIC_V4, PUBLIC_V6]

    assert check_url("https://Shop.Example.com/item/1?x=1", [], resolver=resolver) == "shop.example.com"
    assert seen == ["shop.example.com"]


@pytest.mark.parametrize("private", ["10.1.2.3", "127.0.0.1", "169.254.169.254", "::1", "fd00::1", "::ffff:192.168.1.1"])
def test_hostname_resolving_to_private_address_is_blocked(private):
    # DNS-rebinding style: an innocent-looking name whose record points inside the network.
    with pytest.raises(BlockedAddress) as info:
        check_url("https://innocent.example.com/", [], resolver=lambda host: [private])
    assert str(info.value).startswith(f"refused innocent.example.com ({private})")


def test_one_private_address_among_public_ones_blocks():
    with pytest.raises(BlockedAddress, match=r"\(10\.0\.0\.7\)"):
        check_url("https://mixed.example.com/", [], resolver=lambda host: [PUBLIC_V4, "10.0.0.7", PUBLIC_V6])


@pytest.mark.parametrize("host", ["localhost", "case-1.localhost", "A.B.LOCALHOST", "shop.localhost."])
def test_localhost_names_are_loopback_without_dns(host):
    assert resolve(host, resolver=no_dns) == ["127.0.0.1"]
    with pytest.raises(BlockedAddress, match=r"\(127\.0\.0\.1\)"):
        check_url(f"http://{host}:8808/item/1", [], resolver=no_dns)


def test_name_merely_ending_in_localhost_text_goes_to_the_resolver():
    # "notlocalhost" is not under .localhost: it must be resolved, not assumed loopback.
    assert resolve("notlocalhost", resolver=lambda host: [PUBLIC_V4]) == [PUBLIC_V4]


def test_resolver_oserror_becomes_capture_error():
    def failing(host: str) -> list[str]:
        raise OSError(-2, "Name or service not known")

    with pytest.raises(CaptureError) as info:
        check_url("https://no-such-shop.example/", [], resolver=failing)
    assert not isinstance(info.value, BlockedAddress)
    assert str(info.value).startswith("cannot resolve host 'no-such-shop.example'")
    assert isinstance(info.value.__cause__, OSError)


def test_host_with_no_addresses_is_not_allowed():
    with pytest.raises(CaptureError):
        check_url("https://empty.example/", [], resolver=lambda host: [])


def test_malformed_ipv6_url_is_a_domain_error():
    with pytest.raises(BlockedAddress):
        check_url("http://[::1/", [], resolver=no_dns)


def test_invalid_hostname_label_is_capture_error():
    # The idna encoding fails inside socket.getaddrinfo before any packet is sent.
    with pytest.raises(CaptureError):
        check_url("http://a..b/", [])


# --- the allow list ----------------------------------------------------------------------------


def test_allowed_wildcard_skips_the_address_check():
    assert check_url("http://case-7.localhost:8808/item/1", ["*.localhost"], resolver=no_dns) == "case-7.localhost"


def test_wildcard_does_not_cover_the_bare_parent_name():
    with pytest.raises(BlockedAddress):
        check_url("http://localhost:8808/", ["*.localhost"], resolver=no_dns)


def test_exact_allowed_host_and_case_insensitivity():
    assert check_url("http://Intranet.Test/x", ["intranet.test"], resolver=no_dns) == "intranet.test"
    with pytest.raises(BlockedAddress):
        check_url("http://other.test/x", ["intranet.test"], resolver=lambda host: ["10.0.0.2"])


def test_allowed_literal_address():
    assert check_url("http://127.0.0.1:8808/", ["127.0.0.1"], resolver=no_dns) == "127.0.0.1"


@pytest.mark.parametrize(
    ("host", "patterns", "expected"),
    [
        ("a.localhost", ["*.localhost"], True),
        ("a.b.localhost", ["*.localhost"], True),
        ("localhost", ["*.localhost"], False),
        ("evil-localhost.com", ["*.localhost"], False),
        ("a.localhost.evil.com", ["*.localhost"], False),
        ("SHOP.EXAMPLE.", ["shop.example"], True),
        ("shop.example", ["SHOP.EXAMPLE"], True),
        ("shop.example", [], False),
    ],
)
def test_host_allowed_patterns(host, patterns, expected):
    assert host_allowed(host, patterns) is expected
