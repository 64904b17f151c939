"""A throwaway `redis-server` for tests and benchmarks: 127.0.0.1, a free port, a temporary
directory, no persistence (unless asked); stopped (or killed, to stage an outage) by its own
PID."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

__all__ = ["RedisServer", "redis_server_executable"]


def redis_server_executable() -> str | None:
    """The path of `redis-server` (or `valkey-server`), or None when neither is installed."""
    return shutil.which("redis-server") or shutil.which("valkey-server")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class RedisServer:
    """One redis-server process. `start()` waits until it answers PING; `kill()` stops it
    abruptly (an outage); `start()` again brings it back on the same port, empty."""

    def __init__(self, executable: str | None = None, *, durable: bool = False) -> None:
        found = executable or redis_server_executable()
        if found is None:
            raise FileNotFoundError(
                "redis-server is not installed (Debian/Ubuntu: apt-get install redis-server)"
            )
        self.executable = found
        self.durable = durable
        self.port = _free_port()
        self._dir = tempfile.mkdtemp(prefix="pylon-redis-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def start(self, timeout: float = 10.0) -> None:
        # No persistence unless `durable`: then an append-only file synced on every write, so a
        # killed server comes back with its data, like a production Redis set up for it.
        persistence = (
            ["--appendonly", "yes", "--appendfsync", "always"]
            if self.durable
            else ["--appendonly", "no"]
        )
        self._process = subprocess.Popen(
            [self.executable, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             *persistence, "--dir", self._dir, "--daemonize", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"redis-server exited at start (port {self.port})")
            if self.answers():
                return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"redis-server did not answer within {timeout:g} s")

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def kill(self) -> None:
        """Stop it at once, like a crash (SIGKILL to our own process only)."""
        self._signal(signal.SIGKILL)

    def stop(self) -> None:
        self._signal(signal.SIGTERM)

    def _signal(self, signum: int) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, signum)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(10)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    @classmethod
    @contextlib.contextmanager
    def running(cls, *, durable: bool = False) -> Iterator[RedisServer]:
        server = cls(durable=durable)
        try:
            server.start()
            yield server
        finally:
            server.close()
