#!/usr/bin/env python3
"""Writes Sources/Documents/Words/VietnameseWordList.swift from underthesea's Viet74K.txt.

Usage: pip download --no-deps underthesea==9.5.0; unzip the wheel; then
    python3 Scripts/make-word-list.py underthesea/corpus/data/Viet74K.txt
Keeps the words of two to four syllables made of letters only, lower-cased and NFC.
"""
import sys
import unicodedata

HEADER = '''// The Vietnamese words of two to four syllables of underthesea's `Viet74K` list
// (underthesea 9.5.0, Apache License 2.0, see VietnameseWordList.LICENSE beside this file):
// lower-cased, NFC, letters only, one word a line, sorted. Data only; regenerate with
// `Scripts/make-word-list.py`, never edit by hand.
extension VietnameseWords {
    static let list = #"""
'''

words = set()
with open(sys.argv[1], encoding="utf-8") as source:
    for line in source:
        tokens = unicodedata.normalize("NFC", line.strip().lower()).split()
        if 2 <= len(tokens) <= 4 and all(c.isalpha() for c in "".join(tokens)):
            words.add(" ".join(tokens))
with open("Sources/Documents/Words/VietnameseWordList.swift", "w", encoding="utf-8") as out:
    out.write(HEADER + "\n".join(sorted(words)) + '\n"""#\n}\n')
