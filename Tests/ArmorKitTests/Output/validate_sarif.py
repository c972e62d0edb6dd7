#!/usr/bin/env python3
"""Validate SARIF logs against the official OASIS SARIF 2.1.0 JSON schema (draft-04).

Usage: validate_sarif.py [--schema PATH] [FILE.sarif ...]
Without files, validates every *.sarif golden file in the Snapshots folder next to this
script. The schema defaults to ../shared/schemas/sarif-schema-2.1.0.json relative to the
package root. Needs `jsonschema` (pip install jsonschema). Exit status 0 if all are valid.
"""
import glob
import json
import os
import sys

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_SCHEMA = os.path.join(PACKAGE_ROOT, "..", "shared", "schemas", "sarif-schema-2.1.0.json")


def main(argv):
    schema_path = DEFAULT_SCHEMA
    files = []
    args = iter(argv)
    for arg in args:
        if arg == "--schema":
            schema_path = next(args, None) or sys.exit("--schema needs a path")
        else:
            files.append(arg)
    if not files:
        files = sorted(glob.glob(os.path.join(HERE, "Snapshots", "*.sarif")))
    if not files:
        print("validate_sarif: no SARIF files found", file=sys.stderr)
        return 1
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        if errors:
            failed += 1
            for error in errors:
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"{path}: /{where}: {error.message}", file=sys.stderr)
        else:
            print(f"{path}: valid SARIF 2.1.0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
