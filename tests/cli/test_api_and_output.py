"""`pylon api` and the output formats, against the served simulator (CLI in a subprocess)."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest

from .conftest import KEY, Served, jsonl

NEW = '{"field":"state","operator":"equals","value":"new"}'


def _new_issue_ids(served: Served) -> set[str]:
    return {i["id"] for i in served.sim.store.collection("issues") if i["state"] == "new"}


def test_api_paginate_returns_every_item_exactly_once(served: Served) -> None:
    done = served.run("api", "POST", "/issues/search", "-F", f"filter={NEW}", "-F", "limit=4",
                      "--paginate")  # fmt: skip
    assert done.returncode == 0, done.stderr
    ids = [row["id"] for row in jsonl(done.stdout)]
    assert len(ids) == len(set(ids)) and set(ids) == _new_issue_ids(served)
    assert len(ids) > 4  # more than one page


def test_api_paginate_with_the_cursor_in_the_query(served: Served) -> None:
    done = served.run("api", "GET", "/contacts", "-F", "limit=3", "--paginate")
    ids = [row["id"] for row in jsonl(done.stdout)]
    assert len(ids) == len(set(ids)) == served.sim.store.count("contacts")


def test_api_paginate_refuses_an_operation_without_pages(served: Served) -> None:
    done = served.run("api", "GET", "/me", "--paginate")
    assert done.returncode == 2 and "GetMe without pages" in done.stderr


def test_api_prints_the_whole_response_and_sends_fields(served: Served, tmp_path: object) -> None:
    done = served.run("api", "GET", "/me")
    payload = json.loads(done.stdout)
    assert set(payload) == {"data", "request_id"}
    issue = next(iter(served.sim.store.collection("issues")))
    done = served.run("api", "PATCH", f"/issues/{issue['id']}", "-f", "state=on_hold")
    assert done.returncode == 0, done.stderr
    assert served.sim.store.get("issues", issue["id"])["state"] == "on_hold"


def test_api_input_file_and_stdin(served: Served, tmp_path: os.PathLike[str]) -> None:
    body = {"filter": json.loads(NEW), "limit": 2}
    path = os.path.join(tmp_path, "body.json")
    with open(path, "w") as out:
        json.dump(body, out)
    from_file = served.run("api", "POST", "/issues/search", "--input", path)
    from_stdin = served.run("api", "POST", "/issues/search", "--input", "-", input=json.dumps(body))
    assert len(json.loads(from_file.stdout)["data"]) == 2
    assert json.loads(from_stdin.stdout)["data"] == json.loads(from_file.stdout)["data"]


def test_api_errors_exit_1_with_one_line(served: Served) -> None:
    done = served.run("api", "GET", "/issues/no-such-issue")
    assert done.returncode == 1
    assert done.stderr.startswith("error: NotFoundError:") and done.stderr.count("\n") == 1


def test_api_refuses_a_full_url(served: Served) -> None:
    done = served.run("api", "GET", "https://example.com/me")
    assert done.returncode == 2 and "PATH" in done.stderr


def test_formats_json_jsonl_csv_table(served: Served) -> None:
    args = ["contacts", "list", "--max-items", "4"]
    rows = jsonl(served.run(*args).stdout)
    assert len(rows) == 4
    assert json.loads(served.run(*args, "--format", "json").stdout) == rows
    table = served.run(*args, "--format", "table", "--columns", "id,name").stdout.splitlines()
    assert table[0].split() == ["ID", "NAME"] and len(table) == 5
    assert table[1].startswith(rows[0]["id"])
    parsed = list(csv.reader(io.StringIO(served.run("--format", "csv", *args).stdout)))
    assert parsed[0] == ["id", "name", "email"]  # the resource's usual columns
    assert len(parsed) == 5


def test_columns_reach_into_nested_objects(served: Served) -> None:
    done = served.run("issues", "search", "state = new", "--max-items", "2", "-o", "csv",
                      "--columns", "number,account.id")  # fmt: skip
    header, *rows = list(csv.reader(io.StringIO(done.stdout)))
    assert header == ["number", "account.id"] and len(rows) == 2


def test_query_is_jmespath_over_the_whole_list(served: Served) -> None:
    done = served.run("issues", "search", "state = new", "--query", "length(@)")
    assert int(done.stdout) == len(_new_issue_ids(served))
    done = served.run("issues", "search", "state = new", "-q", "[].number", "-o", "json")
    assert sorted(json.loads(done.stdout)) == sorted(
        i["number"] for i in served.sim.store.collection("issues") if i["state"] == "new"
    )


def test_a_bad_query_is_refused_before_sending(served: Served) -> None:
    before = len(served.sim.requests)
    done = served.run("issues", "search", "state = new", "--query", "[?")
    assert done.returncode == 2 and "JMESPath" in done.stderr
    assert len(served.sim.requests) == before


def _terminal(
    served: Served, *argv: str, env: dict[str, str] | None = None, stream: str = "stdout"
) -> tuple[str, str]:
    """Run the CLI with `stream` (stdout or stderr) on a 100-column pseudo-terminal and the other
    on a pipe; returns (what the pipe got, what the terminal got)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    full_env = {**os.environ, "PYLON_BASE_URL": served.url, "PYLON_API_KEY": KEY, **(env or {})}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, stream: follower}
    proc = subprocess.Popen([sys.executable, "-m", "pylon", *argv], env=full_env, **streams)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO once the child has closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    piped = proc.communicate(timeout=60)[0 if stream == "stderr" else 1]
    os.close(leader)
    return piped.decode(), b"".join(chunks).decode()


@pytest.mark.parametrize(
    ("env", "coloured"), [({}, True), ({"NO_COLOR": "1"}, False)], ids=["tty", "NO_COLOR"]
)
def test_colour_only_on_a_terminal_and_never_with_no_color(
    served: Served, env: dict[str, str], coloured: bool
) -> None:
    args = ("teams", "list", "--format", "table")
    assert ("\x1b[" in _terminal(served, *args, env=env)[1]) is coloured
    assert "\x1b[" not in served.run(*args).stdout  # a pipe is never coloured
    assert "\x1b[" not in _terminal(served, *args, "--no-color")[1]


def test_a_progress_bar_on_a_terminal_only(served: Served) -> None:
    out, err = _terminal(served, "issues", "list", "--days", "45", stream="stderr")
    assert "window" in err and "GetIssues" in err  # the bar, on the terminal
    assert len(jsonl(out)) > 0 and "window" not in out  # stdout stays data only
    piped = served.run("issues", "list", "--days", "45")
    assert piped.stderr == "" and jsonl(piped.stdout) == jsonl(out)


def test_multipart_upload_commands(served: Served, tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "notes.txt")
    with open(path, "w") as out:
        out.write("hello")
    done = served.run("attachments", "create", "--file", path, "--description", "notes")
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout)
    assert created["name"] == "notes.txt" and created["description"] == "notes"
    missing = served.run("attachments", "create", "--file", os.path.join(tmp_path, "nope.txt"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_api_typed_fields_and_file_values(served: Served, tmp_path: os.PathLike[str]) -> None:
    issue = next(iter(served.sim.store.collection("issues")))
    path = os.path.join(tmp_path, "title.txt")
    with open(path, "w") as out:
        out.write("Title from a file")
    done = served.run("api", "PATCH", f"/issues/{issue['id']}", "-F", f"title=@{path}",
                      "-F", "customer_portal_visible=true", "-F", 'tags=["x","y"]')  # fmt: skip
    assert done.returncode == 0, done.stderr
    stored = served.sim.store.get("issues", issue["id"])
    assert stored["title"] == "Title from a file" and stored["customer_portal_visible"] is True
    assert stored["tags"] == ["x", "y"]
