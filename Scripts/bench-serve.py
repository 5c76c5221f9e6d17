#!/usr/bin/env python3
"""Load benchmark of `bantin serve`: N simulated editors on loopback, each sending a preview
of a record (POST /api/preview) once a second for a bounded time, as the browser's live
preview does while a clerk types. Prints the latency percentiles and the server's peak
resident memory (VmHWM of /proc/PID/status).

    Scripts/bench-serve.py [--bantin .build/release/bantin] [--editors 20] [--seconds 30]

Targets (issue 13): 95th percentile under 300 ms, memory under 300 MB. Only loopback is
used; every loop is bounded in count and time and the server is stopped at the end.
"""
import argparse
import http.client
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time

from serve_process import serving

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def session(port):
    """A session cookie and its CSRF token, as a browser gets them."""
    status, headers, body = request(port, "GET", "/api/token")
    assert status == 200, status
    cookie = headers["Set-Cookie"].split(";")[0]
    return cookie, json.loads(body)["csrf"]


def editor(port, number, record, seconds, latencies, failures, lock):
    cookie, csrf = session(port)
    headers = {"Cookie": cookie, "X-CSRF-Token": csrf, "Content-Type": "application/yaml"}
    start = time.monotonic()
    # Editors start spread over the first second, as real ones would.
    time.sleep(number / 20.0)
    for tick in range(int(seconds)):
        due = start + number / 20.0 + tick
        now = time.monotonic()
        if due > now:
            time.sleep(due - now)
        # Each preview carries a fresh edit, like a clerk typing in the venue field.
        body = record.replace("venue: ", f"venue: Phòng {number}-{tick} ", 1).encode("utf-8")
        sent = time.monotonic()
        try:
            status, _, pdf = request(port, "POST", "/api/preview?path=2023-07-03.yaml", body, headers)
            ok = status == 200 and pdf.startswith(b"%PDF")
        except OSError:
            ok = False
        elapsed = time.monotonic() - sent
        with lock:
            if ok:
                latencies.append(elapsed)
            else:
                failures.append(tick)


def peak_rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bantin", default=os.path.join(ROOT, ".build/release/bantin"))
    parser.add_argument("--editors", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()
    if not os.path.exists(args.bantin):
        sys.exit(f"bench-serve: {args.bantin} not found; build it (swift build -c release) or pass --bantin")
    args.editors = max(1, min(args.editors, 200))
    args.seconds = max(1, min(args.seconds, 600))

    workspace = tempfile.mkdtemp(prefix="bantin-bench-serve-")
    for item in ["2023-07-03.yaml", "photos"]:
        source = os.path.join(ROOT, "Examples", item)
        (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(workspace, item))
    with open(os.path.join(workspace, "2023-07-03.yaml"), encoding="utf-8") as f:
        record = f.read()

    try:
        with serving(args.bantin, workspace, "bench-serve") as (server, port):
            # One warm-up preview: the fonts and layout are loaded on first use.
            cookie, csrf = session(port)
            request(port, "POST", "/api/preview", record.encode(), {"Cookie": cookie, "X-CSRF-Token": csrf})

            latencies, failures, lock = [], [], threading.Lock()
            threads = [threading.Thread(target=editor, args=(port, n, record, args.seconds, latencies, failures, lock))
                       for n in range(args.editors)]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=args.seconds + 120)
            wall = time.monotonic() - started
            rss = peak_rss_kb(server.pid)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)

    if not latencies:
        sys.exit("bench-serve: no preview succeeded")
    ordered = sorted(latencies)

    def percentile(p):
        return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))] * 1000

    print(f"editors {args.editors}, {args.seconds} s, {len(latencies)} previews in {wall:.1f} s "
          f"({len(latencies) / wall:.1f}/s), {len(failures)} failed")
    print(f"latency ms: p50 {percentile(50):.0f}  p95 {percentile(95):.0f}  p99 {percentile(99):.0f}  "
          f"max {ordered[-1] * 1000:.0f}  mean {statistics.mean(ordered) * 1000:.0f}")
    print(f"server peak RSS: {rss / 1024:.0f} MB")
    target = percentile(95) < 300 and rss / 1024 < 300 and not failures
    print("targets (p95 < 300 ms, RSS < 300 MB, no failures):", "met" if target else "NOT met")


if __name__ == "__main__":
    main()
