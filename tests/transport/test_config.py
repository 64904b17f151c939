"""Configuration: bad input fails at construction with zero requests sent (B-01..B-04, B-06)."""

from __future__ import annotations

import math

import httpx
import pytest

from pylon._config import DEFAULT_TIMEOUT, REGIONS, ClientConfig, masked
from pylon._errors import PylonConfigError

from ._support import CANARY, wired_client

KEY = CANARY


def create(**kwargs: object) -> ClientConfig:
    kwargs.setdefault("environ", {})
    return ClientConfig.create(**kwargs)  # type: ignore[arg-type]


@pytest.fixture
def no_requests() -> list[httpx.Request]:
    """A list that records requests a MockTransport receives; tests assert it stays empty."""
    return []


def build(no_requests: list[httpx.Request], **kwargs: object) -> None:
    """Build a client from `kwargs` the way `Pylon(...)` does (the tests expect it to fail)."""

    def handler(request: httpx.Request) -> httpx.Response:
        no_requests.append(request)
        return httpx.Response(200, json={})

    with wired_client(create(**kwargs), transport=httpx.MockTransport(handler)):
        pass


# -- B-01 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("api_key", "environ"),
    [
        pytest.param(None, {}, id="missing"),
        pytest.param("", {}, id="empty"),
        pytest.param("   ", {}, id="blank"),
        pytest.param(None, {"PYLON_API_KEY": ""}, id="empty-env"),
        pytest.param(None, {"PYLON_API_KEY": " \n"}, id="blank-env"),
    ],
)
def test_missing_key(api_key: str | None, environ: dict[str, str], no_requests: list) -> None:
    with pytest.raises(PylonConfigError, match="PYLON_API_KEY") as caught:
        build(no_requests, api_key=api_key, environ=environ)
    assert "api_key" in str(caught.value)
    assert no_requests == []


def test_key_from_environment() -> None:
    assert create(environ={"PYLON_API_KEY": KEY}).api_key == KEY
    assert create(api_key=KEY, environ={"PYLON_API_KEY": "other_key_value"}).api_key == KEY


# -- B-02 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("wrapped", [KEY + "\n", KEY + "\r\n", f"  {KEY}\t", f"\n{KEY}"])
def test_surrounding_whitespace_is_stripped(wrapped: str) -> None:
    assert create(api_key=wrapped).api_key == KEY


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        pytest.param(KEY[:10] + " " + KEY[10:], "whitespace", id="internal-space"),
        pytest.param(KEY[:10] + "\r\n" + KEY[10:], "whitespace", id="internal-crlf"),
        pytest.param(KEY[:10] + "ключ" + KEY[10:], "non-ASCII", id="non-ascii"),
        pytest.param(KEY[:10] + "\x00" + KEY[10:], "control", id="nul"),
        pytest.param(KEY[:10] + "\x7f" + KEY[10:], "control", id="del"),
        pytest.param("Bearer " + KEY, "Bearer", id="bearer-prefix"),
    ],
)
def test_bad_key_characters(bad: str, problem: str, no_requests: list) -> None:
    with pytest.raises(PylonConfigError, match=problem) as caught:
        build(no_requests, api_key=bad)
    text = str(caught.value) + repr(caught.value)
    assert KEY not in text and KEY[:12] not in text and KEY[-8:] not in text
    assert no_requests == []


def test_key_must_be_a_string() -> None:
    with pytest.raises(PylonConfigError, match="string"):
        ClientConfig(api_key=b"bytes-key-value")  # type: ignore[arg-type]


# -- B-03 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "api.usepylon.com",
        "ftp://api.usepylon.com",
        "",
        "   ",
        "https://api.usepylon.com?x=1",
        "https://api.usepylon.com/#frag",
        "https://api.usepylon.com?",
        "https://",
        "https://user:pw@api.usepylon.com",
        "https://api.usepylon.com:notaport",
        "http://api.usepylon.com",
        "http://10.0.0.5:8080",
        "http://example.localhost.evil.com",
    ],
)
def test_bad_base_urls(url: str, no_requests: list) -> None:
    with pytest.raises(PylonConfigError):
        build(no_requests, api_key=KEY, base_url=url)
    assert no_requests == []


@pytest.mark.parametrize(
    "url",
    [
        "https://api.usepylon.com/",
        "http://127.0.0.1:8000",
        "http://127.9.9.9",
        "http://localhost:9999/prefix",
        "http://[::1]:8080",
        "https://proxy.internal/pylon",
    ],
)
def test_good_base_urls(url: str) -> None:
    assert create(api_key=KEY, base_url=url).base_url == url.rstrip("/")


def test_insecure_remote_http_needs_consent() -> None:
    config = create(api_key=KEY, base_url="http://10.0.0.5:8080", allow_insecure=True)
    assert config.base_url == "http://10.0.0.5:8080"


# -- B-04 and precedence ---------------------------------------------------------------------------


def test_unknown_region_lists_the_choices() -> None:
    with pytest.raises(PylonConfigError) as caught:
        create(api_key=KEY, region="uk")
    assert "'us'" in str(caught.value) and "'eu'" in str(caught.value)


def test_region_and_base_url_together() -> None:
    with pytest.raises(PylonConfigError, match="not both"):
        create(api_key=KEY, region="eu", base_url="https://api.eu.usepylon.com")
    with pytest.raises(PylonConfigError, match="not both"):
        create(api_key=KEY, environ={"PYLON_BASE_URL": "https://x.test", "PYLON_REGION": "eu"})


@pytest.mark.parametrize(
    ("kwargs", "environ", "expected"),
    [
        ({}, {}, REGIONS["us"]),
        ({"region": "EU"}, {}, REGIONS["eu"]),
        ({"region": " us "}, {"PYLON_BASE_URL": "http://127.0.0.1:1"}, REGIONS["us"]),
        ({}, {"PYLON_BASE_URL": "http://127.0.0.1:1/"}, "http://127.0.0.1:1"),
        ({}, {"PYLON_REGION": "eu"}, REGIONS["eu"]),
        ({"base_url": "http://localhost:2"}, {"PYLON_REGION": "eu"}, "http://localhost:2"),
    ],
)
def test_base_url_precedence(kwargs: dict, environ: dict, expected: str) -> None:
    config = create(api_key=KEY, environ=environ, **kwargs)
    assert config.base_url == expected
    assert config.region == {REGIONS["us"]: "us", REGIONS["eu"]: "eu"}.get(expected)


# -- B-06 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "timeout",
    [0, -1, math.nan, math.inf, None, True, "5", httpx.Timeout(5.0, read=0), httpx.Timeout(-1.0)],
)
def test_bad_timeouts(timeout: object, no_requests: list) -> None:
    with pytest.raises(PylonConfigError, match="timeout"):
        build(no_requests, api_key=KEY, timeout=timeout)
    assert no_requests == []


@pytest.mark.parametrize("max_retries", [-1, None, True, 1.5, "2"])
def test_bad_max_retries(max_retries: object, no_requests: list) -> None:
    with pytest.raises(PylonConfigError, match="max_retries"):
        build(no_requests, api_key=KEY, max_retries=max_retries)
    assert no_requests == []


def test_max_retries_none_gets_a_helpful_message() -> None:
    with pytest.raises(PylonConfigError, match="Use 0 to turn retries off"):
        create(api_key=KEY, max_retries=None)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("deadline", 0),
        ("deadline", -3),
        ("deadline", math.nan),
        ("deadline", True),
        ("max_concurrency", 0),
        ("max_concurrency", 2.0),
        ("rate_limit", "yes"),
        ("rate_limit", {"GetIssue": (0, 60)}),
        ("rate_limit", {"GetIssue": (10, 0)}),
        ("rate_limit", {"GetIssue": (True, 60)}),
        ("rate_limit", {"GetIssue": 10}),
        ("default_headers", {"Authorization": "Bearer x"}),
        ("default_headers", {"X-Ok": "line\r\nbreak"}),
        ("default_headers", {"bad name": "v"}),
        ("default_headers", ["not", "a", "mapping"]),
        ("retry_creates_on_429", "yes"),
    ],
)
def test_other_bad_options(field: str, value: object) -> None:
    with pytest.raises(PylonConfigError):
        create(api_key=KEY, **{field: value})


def test_defaults() -> None:
    config = create(api_key=KEY)
    assert config.timeout == DEFAULT_TIMEOUT
    assert (config.timeout.connect, config.timeout.read, config.timeout.write) == (5.0, 60.0, 60.0)
    assert (config.max_retries, config.deadline, config.max_concurrency) == (2, 120.0, 16)
    assert config.rate_limit is True and config.retry_creates_on_429 is True


def test_options_are_normalised() -> None:
    config = create(
        api_key=KEY,
        timeout=7,
        deadline=30,
        rate_limit={"GetIssue": [5, 10], "SearchIssues": None},
        default_headers={"X-Team": "support"},
    )
    assert config.timeout == httpx.Timeout(7.0)
    assert config.deadline == 30.0 and config.rate_limit == {
        "GetIssue": (5, 10.0),
        "SearchIssues": None,
    }
    assert dict(config.default_headers) == {"X-Team": "support"}
    with pytest.raises(TypeError):
        config.default_headers["X-Other"] = "no"  # type: ignore[index]
    assert create(api_key=KEY, deadline=None).deadline is None


def test_replace_validates_again() -> None:
    config = create(api_key=KEY)
    assert config.replace(max_retries=5).max_retries == 5
    assert config.max_retries == 2
    with pytest.raises(PylonConfigError):
        config.replace(max_retries=-1)


# -- masking --------------------------------------------------------------------------------------


def test_masked() -> None:
    assert masked("pylon_0123456789abcdef") == "…cdef"
    assert masked("short") == "…"
    assert masked("") == "…" and masked(None) == "…"


def test_repr_masks_the_key() -> None:
    config = create(api_key=KEY)
    assert KEY not in repr(config) and KEY not in str(config)
    assert f"'…{KEY[-4:]}'" in repr(config)


# -- secrets placed in base_url never reach a message (issue 11, item 17) --------------------

_URL_SECRET = "s3cr3tV4lue"


@pytest.mark.parametrize(
    "url",
    [
        f"https://user:{_URL_SECRET}@api.usepylon.com",
        f"https://{_URL_SECRET}@api.usepylon.com",
        f"https://api.usepylon.com?token={_URL_SECRET}",
        f"https://api.usepylon.com/v1?a=1&token={_URL_SECRET}",
        f"https://api.usepylon.com?{_URL_SECRET}",
        f"https://api.usepylon.com#{_URL_SECRET}",
        f"ftp://user:{_URL_SECRET}@api.usepylon.com",
        f"api.usepylon.com?token={_URL_SECRET}",
        f"http://user:{_URL_SECRET}@10.0.0.5",
        f"http://10.0.0.5/?token={_URL_SECRET}",
        f"https://user:{_URL_SECRET}@api.usepylon.com:notaport",
        f"https://user:{_URL_SECRET}@[::1",
    ],
)
def test_config_errors_redact_secrets_in_base_url(url: str, no_requests: list) -> None:
    # Fails on the old main: messages echoed the whole base_url, query and userinfo included.
    with pytest.raises(PylonConfigError) as caught:
        build(no_requests, api_key=KEY, base_url=url)
    shown = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert _URL_SECRET not in shown
    assert "base_url" in str(caught.value)
    assert no_requests == []


def test_shown_url_keeps_what_helps() -> None:
    from pylon._config import shown_url

    assert (
        shown_url("https://u:p@h.example/x?a=1&b=2#f") == "https://***@h.example/x?a=***&b=***#***"
    )
    assert shown_url("https://api.usepylon.com/v1") == "https://api.usepylon.com/v1"


# -- default_headers values httpx cannot encode (issue 11, item 10) ---------------------------


@pytest.mark.parametrize("value", ["café", "Bearer ✓", "x\u2028y", "\x00"])
def test_non_ascii_default_header_value_is_refused_by_name(value: str, no_requests: list) -> None:
    # Fails on the old main: a non-ASCII value raised a bare UnicodeEncodeError at construction.
    with pytest.raises(PylonConfigError) as caught:
        build(no_requests, api_key=KEY, default_headers={"X-Team": value})
    assert "X-Team" in str(caught.value)
    assert value not in str(caught.value)
    assert no_requests == []
