#!/usr/bin/env python3
"""Helps translators work on Qt .ts files without a GUI.

  tstool.py export plumbline_de.ts todo.json   # unfinished messages -> JSON to fill in
  tstool.py import plumbline_de.ts todo.json   # filled-in JSON -> .ts (entries become finished)
  tstool.py check  plumbline_de.ts [...]       # exit 1 listing unfinished, empty or vanished entries
  tstool.py english plumbline_en.ts            # the English source: copy sources, spell out plural forms

A JSON entry: {"context", "source", "comment", "numerus", "translation"}; "translation" is a string, or for
numerus messages a list with one form per plural form of the language (German, French, Spanish: two).
Placeholders (%1, %n, %L1) and HTML tags in the source must survive in the translation.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    comment = message.findtext("comment") or ""
    return (context, message.findtext("source") or "", comment)


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")


def export(ts, out):
    tree = ET.parse(ts)
    todo = []
    for context, message in messages(tree.getroot()):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        forms = len(translation.findall("numerusform")) if numerus else 0
        todo.append({"context": context, "source": message.findtext("source") or "",
                     "comment": message.findtext("comment") or "", "numerus": numerus,
                     "translation": [""] * max(forms, 2) if numerus else ""})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print(f"{len(todo)} unfinished messages written to {out}")


def placeholders(text):
    return sorted(set(re.findall(r"%L?\d|%n", text)))


def import_(ts, src):
    tree = ET.parse(ts)
    with open(src, encoding="utf-8") as f:
        done = {(e["context"], e["source"], e.get("comment", "")): e for e in json.load(f)}
    applied, problems = 0, []
    for context, message in messages(tree.getroot()):
        entry = done.get(key(context, message))
        if entry is None:
            continue
        value = entry["translation"]
        texts = value if isinstance(value, list) else [value]
        if not all(t.strip() for t in texts):
            continue
        source = message.findtext("source") or ""
        for t in texts:
            want = [p for p in placeholders(source) if p != "%n"]
            if placeholders(t) and [p for p in placeholders(t) if p != "%n"] != want or \
                    not placeholders(t) and want:
                problems.append(f"placeholders differ: {source!r} -> {t!r}")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for t in texts:
                ET.SubElement(translation, "numerusform").text = t
        else:
            translation.text = texts[0]
        translation.attrib.pop("type", None)
        applied += 1
    write(tree, ts)
    print(f"{applied} translations applied to {ts}")
    for p in problems:
        print("WARNING", p)


# Plural sources whose English forms are not just "word(s)".
ENGLISH_PLURALS = {
    "%n mapped fields no longer exist: %1": ["%n mapped field no longer exists: %1",
                                             "%n mapped fields no longer exist: %1"],
}


WORD_PLURALS = [("days", "day"), ("entries", "entry"), ("checks", "check")]


def english_forms(source):
    if source in ENGLISH_PLURALS:
        return ENGLISH_PLURALS[source]
    for plural, singular in WORD_PLURALS:
        if f"%n {plural}" in source:
            return [source.replace(f"%n {plural}", f"%n {singular}"), source]
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return [source, source]  # units such as "%n min" read the same in both forms


def english(ts):
    tree = ET.parse(ts)
    filled = 0
    for _, message in messages(tree.getroot()):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        forms = [f.text for f in translation.findall("numerusform")] if translation is not None else []
        redo = message.get("numerus") == "yes" and len(forms) == 2 and forms[0] == forms[1] \
            and english_forms(source)[0] != forms[0]
        if translation is None or (translation.get("type") != "unfinished" and not redo):
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        translation.attrib.pop("type", None)
        filled += 1
    if filled:  # writing reformats the file; leave a complete one as lupdate wrote it
        write(tree, ts)
    print(f"{filled} English entries filled in {ts}")


def check(paths):
    bad = 0
    for ts in paths:
        for context, message in messages(ET.parse(ts).getroot()):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            empty = translation is None or not ("".join(translation.itertext())).strip()
            if kind in ("unfinished", "vanished", "obsolete", "missing") or empty:
                bad += 1
                print(f"{ts}: {context}: {kind or 'empty'}: {message.findtext('source')!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "export":
        export(*args)
    elif command == "import":
        import_(*args)
    elif command == "english":
        english(*args)
    elif command == "check":
        sys.exit(check(args))
    else:
        sys.exit(__doc__)
