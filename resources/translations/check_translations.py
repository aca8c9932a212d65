#!/usr/bin/env python3
"""Checks a .ts file: every message has a finished, non-empty translation (all plural forms), and every
translation uses exactly the placeholders of its source (%1..%99, %L1, %n, %Ln).

Usage: check_translations.py FILE.ts [--list]
  exit 0 when complete; 1 with one line per problem (context | source | what is wrong).
  --list only prints the problems and always exits 0 (the sweep in update.sh uses it).
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")


def placeholders(text):
    return sorted(set(m.group(0).replace("%L", "%") for m in PLACEHOLDER.finditer(text or "")))


def main():
    path = sys.argv[1]
    list_only = "--list" in sys.argv
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms if message.get("numerus") == "yes" else [translation.text or "" if translation is not None else ""]
            where = f"{name} | {source!r}"
            if kind == "unfinished" or any(not t.strip() for t in texts):
                problems.append(f"{where} | not translated")
                continue
            want = placeholders(source)
            for text in texts:
                got = placeholders(text)
                # A plural form may spell out "one" instead of %n; it must not invent other placeholders.
                if message.get("numerus") == "yes":
                    want_cmp = [p for p in want if p != "%n"]
                    got_cmp = [p for p in got if p != "%n"]
                else:
                    want_cmp, got_cmp = want, got
                if want_cmp != got_cmp:
                    problems.append(f"{where} | placeholders {got} in {text!r}, source has {want}")
    for p in problems:
        print(p)
    if list_only:
        print(f"{len(problems)} problem(s) in {path}", file=sys.stderr)
        return 0
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
