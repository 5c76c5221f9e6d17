#!/usr/bin/env python3
"""Check meeting records (YAML/JSON) against the invariants BanTin relies on.

    Scripts/check-records.py PATH... [--stats]

PATHs are files or folders (searched recursively for *.yaml, *.yml, *.json). A quick
independent check for example and generated records, not a substitute for `bantin check`:
it needs PyYAML (python3-yaml), and checks only what the generator and the examples promise.

Checked: required fields; regime; real dates; quoted "HH:MM" times with end after start;
present <= members; one absentee name per missing member; nobody both absent and speaking
or chairing; for + against + other <= present on each vote; the signers are the chair and the
secretary; every string NFC, without leading or trailing spaces; photo files exist.
--stats prints the number of words of proceedings, speeches and conclusion per record.
Exit status 1 when a record has a problem.
"""

import datetime as dt
import json
import os
import re
import sys
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("check-records.py needs PyYAML: apt-get install python3-yaml (or pip install pyyaml)")

REQUIRED = ["kind", "regime", "organization", "number", "title", "date", "start", "end", "chair",
            "secretary", "attendance", "proceedings", "signers"]
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                for n in sorted(names):
                    if n.endswith((".yaml", ".yml", ".json")):
                        yield os.path.join(root, n)
        else:
            yield p


def strings(v, path=""):
    if isinstance(v, str):
        yield path, v
    elif isinstance(v, dict):
        for k, x in v.items():
            yield from strings(x, f"{path}.{k}" if path else str(k))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from strings(x, f"{path}[{i}]")


def as_date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        return dt.date.fromisoformat(v)
    raise ValueError(f"not a date: {v!r}")


def check(rec):
    errs = []
    if not isinstance(rec, dict):
        return ["the document is not a mapping"]
    for f in REQUIRED:
        if f not in rec:
            errs.append(f"{f}: missing")
    if errs:
        return errs
    if rec["kind"] != "meeting":
        errs.append(f"kind: {rec['kind']!r} is not 'meeting'")
    if rec["regime"] not in ("party", "state"):
        errs.append(f"regime: {rec['regime']!r} is neither party nor state")
    org = rec["organization"]
    for f in ("name", "code", "place"):
        if not isinstance(org, dict) or not org.get(f):
            errs.append(f"organization.{f}: missing")
    if not isinstance(rec["number"], int) or isinstance(rec["number"], bool) or rec["number"] < 1:
        errs.append(f"number: {rec['number']!r} is not a positive integer")
    try:
        as_date(rec["date"])
    except ValueError as e:
        errs.append(f"date: {e}")
    for f in ("start", "end"):
        if not isinstance(rec[f], str) or not TIME.match(rec[f]):
            errs.append(f"{f}: {rec[f]!r} is not a quoted \"HH:MM\" time (unquoted 14:00 is the integer 840 in YAML 1.1)")
    if not errs and "end_date" not in rec and rec["end"] <= rec["start"]:
        errs.append(f"end: {rec['end']} is not after start {rec['start']}")

    att = rec["attendance"]
    members, present = att.get("members"), att.get("present")
    absent = att.get("absent") or []
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (members, present)):
        errs.append("attendance: members and present must be integers")
        present = None
    else:
        if not 0 <= present <= members:
            errs.append(f"attendance: present {present} is not within 0..members {members}")
        if len(absent) != members - present:
            errs.append(f"attendance.absent: {len(absent)} names for {members - present} absent members")
    absent_names = {a.get("name") for a in absent if isinstance(a, dict)}
    if len(absent_names) != len(absent):
        errs.append("attendance.absent: an entry without a name, or a name listed twice")
    for who in ("chair", "secretary"):
        if rec[who].get("name") in absent_names:
            errs.append(f"{who}: {rec[who].get('name')} is also listed absent")
    for i, s in enumerate(rec.get("speeches") or []):
        if s.get("speaker") in absent_names:
            errs.append(f"speeches[{i}].speaker: {s.get('speaker')} is listed absent")
        if not s.get("text"):
            errs.append(f"speeches[{i}].text: missing")
    for i, v in enumerate(rec.get("votes") or []):
        counts = [v.get(k, 0) for k in ("for", "against", "other")]
        if not all(isinstance(c, int) and c >= 0 for c in counts):
            errs.append(f"votes[{i}]: counts must be non-negative integers")
        elif present is not None and sum(counts) > present:
            errs.append(f"votes[{i}]: {'+'.join(map(str, counts))} = {sum(counts)} is more than present {present}")
    signers = rec["signers"]
    if signers.get("chair", {}).get("name") != rec["chair"].get("name"):
        errs.append("signers.chair.name: not the chair")
    if "secretary" in signers and signers["secretary"].get("name") != rec["secretary"].get("name"):
        errs.append("signers.secretary.name: not the secretary")
    if rec["regime"] == "party" and not signers.get("chair", {}).get("authority", "").startswith("T/M "):
        errs.append("signers.chair.authority: a Party record signs “T/M …”")
    for path, s in strings(rec):
        if unicodedata.normalize("NFC", s) != s:
            errs.append(f"{path}: not NFC")
        if s != s.strip():
            errs.append(f"{path}: leading or trailing whitespace")
        if not s:
            errs.append(f"{path}: empty")
    return errs


def count_words(rec):
    n = sum(len(p.split()) for p in rec.get("proceedings") or [])
    n += sum(len(s.get("text", "").split()) for s in rec.get("speeches") or [])
    n += sum(len(p.split()) for p in rec.get("conclusion") or [])
    return n


def main(argv):
    stats = "--stats" in argv
    paths = [a for a in argv if a != "--stats"]
    if not paths:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    bad, n, word_counts = 0, 0, []
    for f in files(paths):
        n += 1
        try:
            with open(f, encoding="utf-8") as fh:
                rec = json.load(fh) if f.endswith(".json") else yaml.safe_load(fh)
        except Exception as e:  # noqa: BLE001 - report any parse failure
            print(f"{f}: error: cannot parse: {e}")
            bad += 1
            continue
        errs = check(rec)
        base = os.path.dirname(f)
        for i, ph in enumerate((rec or {}).get("photos") or [] if isinstance(rec, dict) else []):
            if not os.path.isfile(os.path.join(base, ph.get("file", ""))):
                errs.append(f"photos[{i}].file: {ph.get('file')} not found")
        for e in errs:
            print(f"{f}: error: {e}")
        bad += bool(errs)
        if stats and isinstance(rec, dict):
            word_counts.append(count_words(rec))
            print(f"{f}: {word_counts[-1]} words")
    if stats and word_counts:
        word_counts.sort()
        print(f"words: min {word_counts[0]}, median {word_counts[len(word_counts) // 2]}, "
              f"max {word_counts[-1]}, mean {sum(word_counts) / len(word_counts):.0f}")
    print(f"{n} records, {bad} with problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
