#!/usr/bin/env python3
"""Validate a MIRPS JSON document against a schema shipped by @mirps/schemas.

Usage: python3 validate.py SCHEMA.json DOCUMENT.json

Prints "valid", or one line per problem with its path in the document, and exits 1.
Needs the `jsonschema` package (Debian: python3-jsonschema; elsewhere: pip install jsonschema).
The schema checks the shape; the rules beyond it, which its "$comment" points to and
@mirps/schemas/json/rules.json lists (references that resolve, numbering, dates), are
checked by @mirps/core's parsers.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main(schema_path: str, document_path: str) -> int:
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(document_path, encoding="utf-8") as handle:
        document = json.load(handle)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    if not errors:
        print("valid")
        return 0
    for error in errors:
        path = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in error.absolute_path).lstrip(".") or "(root)"
        print(f"{path}: {error.message}")
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
