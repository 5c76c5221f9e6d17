#!/usr/bin/env python3
"""Times `GET /api/records` (the records list) of `bantin serve` over generated records: the
first call checks every record, later calls reuse the entries of records that did not change,
and a call after one record is edited checks that record alone. Prints the times; asserts
nothing (a benchmark, not a test).

    Scripts/bench-records-list.py [--bantin .build/debug/bantin] [--records 300] [--calls 5]

The records come from Scripts/gen-records.py (--seed 7), in a temporary folder removed at the
end; only loopback is used and the server is stopped at the end. To compare with a build
without the cache, pass that build's binary as --bantin: its calls all cost a full check.
"""
import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from serve_process import serving

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def get_records(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        started = time.monotonic()
        connection.request("GET", "/api/records")
        response = connection.getresponse()
        body = response.read()
        elapsed = time.monotonic() - started
        assert response.status == 200, response.status
        return elapsed, json.loads(body)
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bantin", default=os.path.join(ROOT, ".build/debug/bantin"))
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--calls", type=int, default=5)
    args = parser.parse_args()
    if not os.path.exists(args.bantin):
        sys.exit(f"bench-records-list: {args.bantin} not found; build it or pass --bantin")
    args.records = max(1, min(args.records, 2000))
    args.calls = max(1, min(args.calls, 50))

    workspace = tempfile.mkdtemp(prefix="bantin-bench-list-")
    try:
        subprocess.run([sys.executable, os.path.join(ROOT, "Scripts/gen-records.py"), "--count", str(args.records),
                        "--seed", "7", "--out", workspace], check=True, stdout=subprocess.DEVNULL)
        with serving(args.bantin, workspace, "bench-records-list") as (_, port):
            first, entries = get_records(port)
            later = [get_records(port)[0] for _ in range(args.calls)]
            # One record edited outside the server: only it is checked again.
            edited = sorted(name for name in os.listdir(workspace) if name.endswith(".yaml"))[0]
            with open(os.path.join(workspace, edited), "a", encoding="utf-8") as f:
                f.write("# sửa bằng tay\n")
            after_edit, _ = get_records(port)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)

    problems = sum(1 for entry in entries if entry["problems"])
    print(f"{len(entries)} records ({problems} with errors), {args.bantin}")
    print(f"first call:        {first * 1000:8.0f} ms")
    print(f"next {len(later)} calls:     {statistics.median(later) * 1000:8.0f} ms median, {max(later) * 1000:.0f} ms max")
    print(f"after one edit:    {after_edit * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
