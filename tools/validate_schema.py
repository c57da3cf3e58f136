#!/usr/bin/env python3
"""Validate luku.document JSON files against the JSON Schema and the rules it cannot express.

Usage: validate_schema.py SCHEMA FILE...

Besides the schema (Draft 2020-12) it checks, per document:
  - every table row has exactly as many cells as the table has columns;
  - every table id is unique within the document;
  - every check's `row` and `column` index a cell that exists in its table;
  - every header span names columns first < last that exist in its table;
  - no object repeats a key (Python's json would silently keep the last one).

Prints one line per problem, `FILE: JSON-PATH: message`, and exits 1 if there is any problem,
0 otherwise (with a one-line summary). Exits 2 on a usage error, an unreadable or invalid schema,
or when the `jsonschema` package is missing.
"""

import json
import os
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    print("validate_schema: the Python package 'jsonschema' is not installed; "
          "run `make deps` (or `python3 -m pip install jsonschema`)", file=sys.stderr)
    sys.exit(2)

MAX_MESSAGE = 200


def json_path(parts):
    """Render a sequence of keys and indexes as a JSONPath like `$.sections[0].blocks[1]`."""
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif p.isidentifier():
            out += f".{p}"
        else:
            out += "[" + json.dumps(p, ensure_ascii=False) + "]"
    return out


def path_key(parts):
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts]


def short(text):
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + "…"


class DuplicateKeys:
    """object_pairs_hook that remembers repeated keys."""

    def __init__(self):
        self.found = []

    def __call__(self, pairs):
        seen = set()
        for k, _ in pairs:
            if k in seen:
                self.found.append(k)
            seen.add(k)
        return dict(pairs)


def reject_constant(name):
    raise ValueError(f"{name} is not valid JSON")


def branch_disqualified(errors):
    """True when a oneOf/anyOf branch failed only because it is the wrong kind of thing:
    the instance has the wrong JSON type, or its `type` discriminator names another branch."""
    for e in errors:
        rel = list(e.relative_path)
        if e.validator == "type" and rel == []:
            return True
        if e.validator == "const" and rel == ["type"]:
            return True
    return False


def leaf_errors(error):
    """Descend into oneOf/anyOf errors to the branch the instance was meant to match."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches = {}
        for e in error.context:
            branches.setdefault(e.relative_schema_path[0], []).append(e)
        viable = [errs for _, errs in sorted(branches.items()) if not branch_disqualified(errs)]
        if len(viable) == 1:
            for e in viable[0]:
                yield from leaf_errors(e)
            return
    yield error


def json_type(value):
    for t, name in ((bool, "a boolean"), (str, "a string"), (list, "an array"),
                    (int, "a number"), (float, "a number")):
        if isinstance(value, t):
            return name
    return "null" if value is None else "a value"


def describe(error):
    if error.validator in ("oneOf", "anyOf"):
        what = ""
        if isinstance(error.instance, dict) and "type" in error.instance:
            what = f" (type {json.dumps(error.instance['type'], ensure_ascii=False)})"
        elif isinstance(error.instance, dict):
            what = " (no 'type')"
        else:
            what = f" (got {json_type(error.instance)} {short(json.dumps(error.instance, ensure_ascii=False))})"
        return f"matches none of the {len(error.validator_value)} allowed shapes{what}"
    return short(error.message)


def walk_tables(doc):
    """Yield (path, table) for every table block in reading order, tolerating malformed input."""
    def blocks(container, path):
        items = container.get("blocks") if isinstance(container, dict) else None
        if isinstance(items, list):
            for i, b in enumerate(items):
                if isinstance(b, dict) and b.get("type") == "table":
                    yield path + ["blocks", i], b
        subs = container.get("sections") if isinstance(container, dict) else None
        if isinstance(subs, list):
            for i, s in enumerate(subs):
                yield from blocks(s, path + ["sections", i])
    yield from blocks(doc, [])


def table_problems(doc):
    """The rules plain JSON Schema cannot express."""
    problems = []
    first_use = {}
    by_id = {}
    for _, table in walk_tables(doc):
        by_id.setdefault(table.get("id"), table)
    for path, table in walk_tables(doc):
        tid = table.get("id")
        if isinstance(tid, str):
            if tid in first_use:
                problems.append((path + ["id"], f"table id {json.dumps(tid, ensure_ascii=False)} "
                                                f"is already used at {json_path(first_use[tid])}"))
            else:
                first_use[tid] = path
        columns, rows = table.get("columns"), table.get("rows")
        if not isinstance(columns, list) or not isinstance(rows, list):
            continue
        for r, row in enumerate(rows):
            cells = row.get("cells") if isinstance(row, dict) else None
            if isinstance(cells, list) and len(cells) != len(columns):
                problems.append((path + ["rows", r, "cells"],
                                 f"row has {len(cells)} cells but the table has {len(columns)} columns"))
        checks = table.get("checks")
        for c, check in enumerate(checks if isinstance(checks, list) else []):
            if not isinstance(check, dict):
                continue
            ri, ci = check.get("row"), check.get("column")
            if isinstance(ri, int) and not isinstance(ri, bool) and ri >= len(rows):
                problems.append((path + ["checks", c, "row"],
                                 f"row {ri} does not exist: the table has {len(rows)} rows"))
            if isinstance(ci, int) and not isinstance(ci, bool) and ci >= len(columns):
                problems.append((path + ["checks", c, "column"],
                                 f"column {ci} does not exist: the table has {len(columns)} columns"))
        for c, check in enumerate(checks if isinstance(checks, list) else []):
            if not isinstance(check, dict):
                continue
            # A cross-table check (version 3) names the table its operands lie in.
            other = by_id.get(check["table"]) if isinstance(check.get("table"), str) else table
            if other is None:
                problems.append((path + ["checks", c, "table"], f"table {json.dumps(check['table'], ensure_ascii=False)} does not exist"))
                continue
            orows, ocolumns = other.get("rows") or [], other.get("columns") or []
            for k, pair in enumerate(check.get("operands", [])):
                # Version 4: a fourth entry names the operand's own table.
                if isinstance(pair, list) and len(pair) == 4 and isinstance(pair[3], str):
                    own = by_id.get(pair[3])
                    if own is None:
                        problems.append((path + ["checks", c, "operands", k], f"table {json.dumps(pair[3], ensure_ascii=False)} does not exist"))
                        continue
                    if pair[0] >= len(own.get("rows") or []) or pair[1] >= len(own.get("columns") or []):
                        problems.append((path + ["checks", c, "operands", k], f"operand {pair[:2]} is not a cell of table {pair[3]}"))
                    continue
                if isinstance(pair, list) and len(pair) in (2, 3) and all(isinstance(x, int) for x in pair):
                    if pair[0] >= len(orows) or pair[1] >= len(ocolumns):
                        problems.append((path + ["checks", c, "operands", k], f"operand {pair[:2]} is not a cell of the table"))
        spans = table.get("spans")
        for s, span in enumerate(spans if isinstance(spans, list) else []):
            cols = span.get("columns") if isinstance(span, dict) else None
            if isinstance(cols, list) and len(cols) == 2 and all(isinstance(x, int) for x in cols):
                if not (0 <= cols[0] < cols[1] < len(columns)):
                    problems.append((path + ["spans", s, "columns"],
                                     f"span {cols} is not first < last within the table's {len(columns)} columns"))
    return problems


def check_file(validator, name):
    """Return a list of (path parts, message) for one file."""
    dups = DuplicateKeys()
    try:
        with open(name, encoding="utf-8") as f:
            doc = json.load(f, object_pairs_hook=dups, parse_constant=reject_constant)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        return [([], f"cannot read JSON: {e}")]
    problems = [([], f"duplicate key {json.dumps(k, ensure_ascii=False)} in an object") for k in dups.found]
    for error in validator.iter_errors(doc):
        for leaf in leaf_errors(error):
            problems.append((list(leaf.absolute_path), describe(leaf)))
    problems += table_problems(doc)
    problems.sort(key=lambda p: (path_key(p[0]), p[1]))
    return problems


def main(argv):
    if len(argv) < 3:
        print(f"usage: {os.path.basename(argv[0])} SCHEMA FILE...", file=sys.stderr)
        return 2
    schema_name, files = argv[1], argv[2:]
    try:
        with open(schema_name, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
        print(f"validate_schema: {schema_name}: not a usable schema: {short(str(e))}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)

    bad_files = 0
    total = 0
    for name in files:
        problems = check_file(validator, name)
        if problems:
            bad_files += 1
        for parts, message in problems:
            print(f"{name}: {json_path(parts)}: {message}")
        total += len(problems)

    label = schema.get("title", schema_name)
    if total:
        print(f"validate_schema: {total} problem(s) in {bad_files} of {len(files)} file(s) ({label})")
        return 1
    print(f"validate_schema: {len(files)} file(s) valid ({label})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
