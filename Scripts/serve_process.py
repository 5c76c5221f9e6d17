"""Starts and stops `bantin serve` for the benchmark scripts (Scripts/bench-serve.py,
Scripts/bench-records-list.py): loopback only, on a free port, stopped however the run ends."""
import contextlib
import socket
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(bantin, workspace, name):
    """Yields (process, port) once `bantin serve workspace` accepts connections; `name` is the
    calling script's, for the message when the server never starts."""
    port = free_port()
    server = subprocess.Popen([bantin, "serve", workspace, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            sys.exit(f"{name}: the server did not start")
        yield server, port
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
