"""Helpers shared by the build-time generators (gen_pack.py, gen_form_schema.py)."""
import json
import os
import sys


def fail(msg: str) -> None:
    """Stops the build with a message naming the generator."""
    sys.stderr.write(f"{os.path.basename(sys.argv[0])}: {msg}\n")
    sys.exit(1)


def load(path: str):
    """A JSON file, or a build failure naming the file and the error."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{path}: {e}")
