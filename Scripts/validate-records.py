#!/usr/bin/env python3
"""Validate records (YAML or JSON) against BanTin's JSON Schema with a real validator.

    Scripts/validate-records.py SCHEMA FILE...

Needs `jsonschema` and `pyyaml` from PyPI (`make pydeps`). The schema itself is first checked
against the 2020-12 meta-schema. Each YAML record is then read twice:

- "bantin": every scalar as a string (PyYAML's BaseLoader), which is how BanTin reads records;
- "editor": YAML 1.2 core types (integers, floats, true/false, null; dates and times such as
  2023-07-03 and 14:00 stay strings), which is how VS Code's YAML extension reads them.

The schema must accept a valid record both ways. The editor's reading is also validated with
a draft-07 validator, the draft VS Code's YAML extension implements: the schema keeps to
keywords both drafts read alike (`$defs` is reached through plain JSON pointers). PyYAML's own SafeLoader is not used: it
follows YAML 1.1 and would turn `date: 2023-07-03` into a date object and `14:00` into 840,
which neither BanTin nor the editor does. A `.json` record is read with the json module.

Prints one line a problem, `FILE: (reading) path: message`, the messages of the schema's
alternatives included; exit status 1 when a record is refused, 2 on bad usage.
"""

import json
import re
import sys

import jsonschema
import yaml


class EditorLoader(yaml.SafeLoader):
    """YAML 1.2 core schema: the types an editor's YAML language server sees."""


EditorLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     "-+0123456789."),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    EditorLoader.add_implicit_resolver(tag, re.compile(pattern), list(first))


def readings(path):
    """The record as each reader sees it: (name, data) pairs."""
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read()
    if path.endswith(".json"):
        return [("json", json.loads(text))]
    return [("bantin", yaml.load(text, Loader=yaml.BaseLoader)), ("editor", yaml.load(text, Loader=EditorLoader))]


def messages(error, depth=0):
    """The error's message and those of the alternatives under it."""
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path).lstrip(".")
    yield f"{where or '(root)'}: {error.message}"
    for inner in sorted(error.context, key=lambda e: list(map(str, e.absolute_path))):
        yield from messages(inner, depth + 1)


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    draft7 = jsonschema.Draft7Validator(schema)
    refused = 0
    for path in arguments[1:]:
        wrong = False
        for reading, data in readings(path):
            checks = [(reading, validator)] + ([("editor/draft-07", draft7)] if reading == "editor" else [])
            for label, check in checks:
                errors = sorted(check.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
                for error in errors:
                    for line in messages(error):
                        print(f"{path}: ({label}) {line}")
                wrong = wrong or bool(errors)
        refused += wrong
    count = len(arguments) - 1
    print(f"{count} record{'' if count == 1 else 's'} validated, {refused} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
