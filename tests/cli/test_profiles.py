"""Profiles, precedence (flag > env > profile > default), `auth login` and `auth status`.

The config folder is a temporary one (XDG_CONFIG_HOME, see conftest); `main()` runs in-process
where no subprocess is needed, and `auth status` talks to the simulator over a real port.
"""

from __future__ import annotations

import importlib
import io
import json
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pylon.cli import main
from pylon.cli._profiles import dump_toml
from pylon.testing import seeded_simulator

from .conftest import KEY, Served

WORK_KEY = "work_key_0123456789_WORK"
SIM_KEY = "sim_key_0123456789_SIMK"
EU = "https://api.eu.usepylon.com"


def _write_config(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


@pytest.fixture
def profiles(isolated_config: Path) -> Path:
    _write_config(
        isolated_config,
        f'default_profile = "work"\n\n[profiles.work]\napi_key = "{WORK_KEY}"\nregion = "eu"\n\n'
        f'[profiles.sim]\napi_key = "{SIM_KEY}"\nbase_url = "http://127.0.0.1:9"\n',
    )
    return isolated_config


def show(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code = main(["config", "show", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    for secret in (WORK_KEY, SIM_KEY, KEY):
        assert secret not in out + err
    shown: dict[str, Any] = json.loads(out)
    return shown


PRECEDENCE = [
    # (flags, env, profile, key source, key ends, base_url, base_url source)
    ([], {}, "work", "profile 'work'", "WORK", EU, "profile 'work'"),
    ([], {"PYLON_PROFILE": "sim"}, "sim", "profile 'sim'", "SIMK", "http://127.0.0.1:9", "profile"),
    (["--profile", "work"], {"PYLON_PROFILE": "sim"}, "work", "profile", "WORK", EU, "profile"),
    ([], {"PYLON_API_KEY": KEY}, "work", "env PYLON_API_KEY", "cdef", EU, "profile 'work'"),
    (["--api-key", "flag_key_0123456789_FLAG"], {"PYLON_API_KEY": KEY}, "work", "flag --api-key",
     "FLAG", EU, "profile"),
    ([], {"PYLON_BASE_URL": "http://localhost:1"}, "work", "profile", "WORK", "http://localhost:1",
     "env PYLON_BASE_URL"),
    (["--region", "us"], {"PYLON_BASE_URL": "http://localhost:1"}, "work", "profile", "WORK",
     "https://api.usepylon.com", "flag --region"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("flags", "env", "profile", "key_source", "key_end", "base_url", "url_source"), PRECEDENCE
)
def test_precedence_is_flag_then_env_then_profile_then_default(
    profiles: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
    env: dict[str, str],
    profile: str,
    key_source: str,
    key_end: str,
    base_url: str,
    url_source: str,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    shown = show(capsys, *flags)
    assert shown["profile"] == profile
    assert shown["api_key_source"].startswith(key_source) and shown["api_key"] == "…" + key_end
    assert shown["base_url"] == base_url and shown["base_url_source"].startswith(url_source)
    # The same flags before the subcommand mean the same.
    code = main([*flags, "config", "show"])
    assert code == 0 and json.loads(capsys.readouterr().out) == shown


def test_without_any_config_the_default_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    shown = show(capsys)
    assert shown["profile"] == "default" and shown["profile_source"] == "default"
    assert shown["api_key"] is None and shown["api_key_source"] == "none"
    assert shown["base_url"] == "https://api.usepylon.com" and shown["region"] == "us"


def test_an_unknown_profile_lists_the_existing_ones(
    profiles: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["me", "--profile", "staging"]) == 2
    err = capsys.readouterr().err
    assert "no profile 'staging'" in err and "profiles: sim, work" in err
    monkeypatch.setenv("PYLON_PROFILE", "nope")
    assert main(["config", "show"]) == 2
    assert "env PYLON_PROFILE" in capsys.readouterr().err


def test_a_broken_config_file_is_a_clear_usage_error(
    isolated_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_config(isolated_config, "[profiles.work\n")
    assert main(["config", "show"]) == 2
    assert "not valid TOML" in capsys.readouterr().err


def test_the_toml_writer_round_trips(tmp_path: Path) -> None:
    # Read back by the parser the CLI reads with: tomllib from 3.11, tomli (the cli extra) on 3.10.
    reader: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")
    data = {"default_profile": "w", "profiles": {"odd name": {"api_key": 'q"\\\n\x7fé'}, "w": {}}}
    assert reader.loads(dump_toml(data)) == data


def _login(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], key: str, *argv: str
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(key + "\n"))
    code = main(["auth", "login", "--with-token", *argv])
    out, err = capsys.readouterr()
    assert key not in out + err
    return code, err


def test_login_to_the_config_file_then_status(
    served: Served,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, err = _login(monkeypatch, capsys, KEY, "--store", "file", "--base-url", served.url)
    assert code == 0, err
    assert "mode 0600" in err and str(isolated_config) in err and "…cdef" in err
    assert stat.S_IMODE(isolated_config.stat().st_mode) == 0o600
    assert KEY in isolated_config.read_text()

    assert main(["auth", "status"]) == 0
    out, err = capsys.readouterr()
    status = json.loads(out)
    me = served.sim.handle("GET", "/me", headers={"Authorization": "Bearer x"}).json()["data"]
    assert status["organisation"] == me["name"] and status["organisation_id"] == me["id"]
    assert status["api_key"] == "…cdef" and status["api_key_source"].startswith("profile 'default'")
    assert status["base_url"] == served.url and KEY not in out + err


class FakeKeyring:
    """A keyring backend kept in memory, standing in for the system one."""

    priority = 1

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, password: str) -> None:
        self.saved[(service, user)] = password

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        del self.saved[(service, user)]


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeKeyring]:
    import sys
    import types

    backend = FakeKeyring()
    module = types.ModuleType("keyring")
    module.get_keyring = lambda: backend  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    yield backend


def test_login_uses_the_keyring_when_there_is_one(
    served: Served,
    isolated_config: Path,
    keyring: FakeKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, err = _login(monkeypatch, capsys, KEY, "--profile", "ci", "--base-url", served.url)
    assert code == 0 and "system keyring" in err
    assert keyring.saved == {("py-usepylon-sdk", "ci"): KEY}
    assert (
        KEY not in isolated_config.read_text()
        and 'key_store = "keyring"' in isolated_config.read_text()
    )
    assert main(["auth", "status", "--profile", "ci"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["api_key_source"] == "profile 'ci' (system keyring)"
    assert main(["auth", "logout", "--profile", "ci"]) == 0
    assert keyring.saved == {}


def test_login_with_a_refused_key_stores_nothing(
    isolated_config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = seeded_simulator(issues=1, api_key="the_right_key_0123456789")
    with sim.serve(port=0) as url:
        code, err = _login(monkeypatch, capsys, KEY, "--store", "file", "--base-url", url)
    assert code == 1 and "AuthenticationError" in err
    assert not isolated_config.exists()


def test_status_says_why_when_the_key_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = seeded_simulator(issues=1, api_key="the_right_key_0123456789")
    with sim.serve(port=0) as url:
        monkeypatch.setenv("PYLON_BASE_URL", url)
        monkeypatch.setenv("PYLON_API_KEY", KEY)
        code = main(["auth", "status"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "…cdef from env PYLON_API_KEY was refused" in err and "(401)" in err
    assert KEY not in err and err.count("\n") == 1


def test_status_says_why_when_the_host_is_unreachable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("PYLON_BASE_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("PYLON_API_KEY", KEY)
    assert main(["auth", "status"]) == 1
    err = capsys.readouterr().err
    assert f"cannot reach http://127.0.0.1:{port}" in err and KEY not in err


def test_login_again_keeps_the_profile_host_and_verifies_against_it(
    served: Served,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _write_config(isolated_config, f'[profiles.sim]\nbase_url = "{served.url}"\n')
    code, err = _login(monkeypatch, capsys, KEY, "--profile", "sim", "--store", "file")
    assert code == 0, err
    assert f"at {served.url}" in err  # checked against the profile's own host
    text = isolated_config.read_text()
    assert f'base_url = "{served.url}"' in text and KEY in text


def test_config_use_sets_the_default_profile(
    profiles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "use", "sim"]) == 0
    assert show(capsys)["profile"] == "sim"
    assert main(["config", "use", "nope"]) == 2
    assert "profiles: sim, work" in capsys.readouterr().err
    assert main(["config", "profiles", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows == ["name,default,key,region,base_url", "sim,true,config file,,http://127.0.0.1:9",
                    "work,false,config file,eu,"]  # fmt: skip


class ZeroPriorityKeyring(FakeKeyring):
    """What keyring reports for a backend it would not choose on its own."""

    priority = 0


def _no_keyring_module(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "keyring", None)  # the extra is not installed


def _keyring_returning(monkeypatch: pytest.MonkeyPatch, get_keyring: Any) -> None:
    import sys
    import types

    module = types.ModuleType("keyring")
    module.get_keyring = get_keyring  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)


def _broken_keyring_config() -> Any:
    raise RuntimeError("keyringrc.cfg names a backend that does not exist")


def _headless(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail  # what keyring picks on a machine without a keyring

    backend = fail.Keyring()
    _keyring_returning(monkeypatch, lambda: backend)


UNUSABLE_KEYRINGS = {
    "not installed": _no_keyring_module,
    "broken configuration": lambda mp: _keyring_returning(mp, _broken_keyring_config),
    "headless fail backend": _headless,
    "zero priority": lambda mp: _keyring_returning(mp, ZeroPriorityKeyring),
}


@pytest.mark.parametrize("unusable", list(UNUSABLE_KEYRINGS))
def test_without_a_usable_keyring_login_stores_in_the_file_or_says_how_to_get_one(
    unusable: str,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    UNUSABLE_KEYRINGS[unusable](monkeypatch)
    code, err = _login(monkeypatch, capsys, KEY, "--store", "keyring", "--no-verify")
    assert code == 2
    assert "no usable system keyring: pip install 'py-usepylon-sdk[keyring]'" in err
    assert "--store file" in err and not isolated_config.exists()
    code, err = _login(monkeypatch, capsys, KEY, "--no-verify")  # --store auto: the file
    assert code == 0 and f"{isolated_config} (mode 0600)" in err
    assert KEY in isolated_config.read_text()


def test_a_keyring_profile_whose_keyring_is_gone_asks_for_a_key(
    isolated_config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_config(isolated_config, '[profiles.ci]\nkey_store = "keyring"\n')
    _no_keyring_module(monkeypatch)
    assert main(["auth", "status", "--profile", "ci"]) == 2
    err = capsys.readouterr().err
    assert "no Pylon API key" in err and "profile 'ci'" in err and "pylon auth login" in err
    assert main(["auth", "logout", "--profile", "ci"]) == 0  # nothing in a keyring to remove
    assert capsys.readouterr().err.strip() == "Removed the key of profile 'ci'."


def test_logout_of_a_key_the_keyring_does_not_hold_removes_the_file_entry_only(
    isolated_config: Path, keyring: FakeKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_config(isolated_config, f'[profiles.ci]\napi_key = "{KEY}"\n')
    assert main(["auth", "logout", "--profile", "ci"]) == 0
    assert capsys.readouterr().err.strip() == "Removed the key of profile 'ci'."
    assert KEY not in isolated_config.read_text()
