#!/usr/bin/env python3
"""Puts back the letters ArgumentParser's generate-manual drops from a man page.

The plugin writes only ASCII characters of the help texts, so "biên bản" becomes "bin bn".
This reads the command's own help texts (`bantin --experimental-dump-help`, the JSON the
plugin reads too) and, for each text with other characters, replaces its ASCII-only form in
the page by the text itself, in UTF-8 (man-db runs preconv, so groff reads it).

Usage: man-keep-letters.py PAGE DUMP.json   (rewrites PAGE in place)
"""
import json
import sys


def texts(node):
    """Every help string in the dump: abstracts, discussions and argument help."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("abstract", "discussion") and isinstance(value, str):
                yield value
            else:
                yield from texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from texts(value)


def main():
    page_path, dump_path = sys.argv[1], sys.argv[2]
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    with open(dump_path, encoding="utf-8") as f:
        dump = json.load(f)
    # Longest first, so a text containing a shorter one is restored whole.
    for text in sorted(set(texts(dump)), key=len, reverse=True):
        if text.isascii():
            continue
        stripped = "".join(c for c in text if c.isascii())
        if stripped and stripped in page:
            page = page.replace(stripped, text)
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
