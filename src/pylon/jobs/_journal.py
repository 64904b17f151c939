"""A durable, append-only journal: one JSON object per line, each flushed to disk as it is written.

The first line names the job (`identity`: the command, its options, the output); a journal opened
again with a different identity is refused, naming what differs, so a resume can never mix two
jobs' work. A process killed mid-write leaves at most one torn last line: it is cut off on open,
because only lines that reached the disk whole were ever acted on. Export writes a record per
durable chunk of output; a bulk job writes one per item outcome. Replaying the records is how a job
knows, after any crash, what is already done.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ._errors import JobMismatchError

FORMAT_VERSION = 1


def _differences(
    old: Mapping[str, Any], new: Mapping[str, Any]
) -> dict[str, tuple[object, object]]:
    keys = sorted(set(old) | set(new))
    return {k: (old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)}


def fsync_directory(path: Path) -> None:
    """Make a rename or a new file in `path` durable (a no-op where directories can't be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Journal:
    """Open with `Journal.open(path, identity)`; `records` are those written by earlier runs."""

    def __init__(self, path: Path, identity: dict[str, Any], records: list[dict[str, Any]]) -> None:
        self.path = path
        self.identity = identity
        self.records = records
        self._file: IO[bytes] | None = None

    @classmethod
    def open(cls, path: str | os.PathLike[str], identity: Mapping[str, Any]) -> Journal:
        """Open (or start) the journal at `path` for the job named by `identity` (JSON values)."""
        target = Path(path)
        wanted = json.loads(json.dumps(dict(identity)))  # as it will read back
        if not target.exists():
            journal = cls(target, wanted, [])
            journal._start()
            return journal
        header, records = _read(target)
        if header is None and target.stat().st_size == 0:  # killed while writing the header
            target.unlink()
            return cls.open(target, identity)
        found = header.get("identity") if isinstance(header, dict) else None
        if not isinstance(found, dict):
            raise JobMismatchError(
                f"{target} is not a pylon job journal; move it away or choose another path.", {}
            )
        differences = _differences(found, wanted)
        if differences:
            shown = "; ".join(f"{k}: {a!r} then, {b!r} now" for k, (a, b) in differences.items())
            raise JobMismatchError(
                f"{target} belongs to a different command ({shown}); run that command to resume"
                " it, or remove the journal to start over.",
                differences,
            )
        journal = cls(target, wanted, records)
        journal._file = open(target, "ab")  # noqa: SIM115 - closed by close()
        return journal

    def _start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.path, "ab")  # noqa: SIM115 - closed by close()
        self._write({"journal": FORMAT_VERSION, "identity": self.identity})
        fsync_directory(self.path.parent)

    def _write(self, record: Mapping[str, Any]) -> None:
        assert self._file is not None, "the journal is closed"
        line = json.dumps(record, separators=(",", ":"), ensure_ascii=False) + "\n"
        self._file.write(line.encode("utf-8"))
        self._file.flush()
        os.fsync(self._file.fileno())

    def append(self, record: Mapping[str, Any]) -> None:
        """Write one record and wait until it is on disk."""
        self._write(record)
        self.records.append(dict(record))

    def of_kind(self, kind: str) -> Iterator[dict[str, Any]]:
        return (r for r in self.records if r.get("kind") == kind)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read(path: Path) -> tuple[Any, list[dict[str, Any]]]:
    """The header and the whole records of a journal, cutting a torn last line off the file."""
    data = path.read_bytes()
    good_end = data.rfind(b"\n") + 1  # everything after the last newline is a torn write
    lines = data[:good_end].splitlines()
    if good_end < len(data):
        with open(path, "r+b") as file:
            file.truncate(good_end)
            file.flush()
            os.fsync(file.fileno())
    if not lines:
        return None, []
    try:
        header = json.loads(lines[0])
        records = [json.loads(line) for line in lines[1:] if line.strip()]
    except ValueError:
        return None, []
    return header, records
