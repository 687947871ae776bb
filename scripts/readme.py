#!/usr/bin/env python3
"""Regenerate (or check) the command transcripts in README.md from real runs.

A transcript in the README is a fenced block preceded by a marker naming the command:

    <!-- run: timeline events --on 2022-01-07 -->
    ```console
    $ timeline events --on 2022-01-07
    ...output...
    ```

Every command runs against one database made by loading samples/ (as `make demo` does),
with COLUMNS=110 so that tables are stable. `--write FILE` rewrites the blocks in place;
`--check FILE` exits 1 when any block differs from a fresh run (the README is stale).
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

MARKER = re.compile(r"<!-- run: (?P<cmd>.+?) -->\n```console\n.*?```\n", re.S)


def run(command, binary, env, cwd):
    words = shlex.split(command)
    if words[0] == "timeline":
        words[0] = binary
    out = subprocess.run(words, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    text = out.stdout
    if text and not text.endswith("\n"):
        text += "\n"
    return text


def render(readme, binary, root):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["COLUMNS"] = "110"
        env["TIMELINE_DB"] = os.path.join(tmp, "timeline.db")
        env.pop("NO_COLOR", None)

        def replace(match):
            command = match.group("cmd")
            output = run(command, binary, env, root)
            return f"<!-- run: {command} -->\n```console\n$ {command}\n{output}```\n"

        return MARKER.sub(replace, readme)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timeline", required=True, help="the built timeline executable")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE")
    group.add_argument("--check", metavar="FILE")
    args = ap.parse_args()
    path = args.write or args.check
    root = os.path.dirname(os.path.abspath(path))
    binary = os.path.abspath(args.timeline)
    readme = open(path, encoding="utf-8").read()
    fresh = render(readme, binary, root)
    if args.write:
        if fresh != readme:
            open(path, "w", encoding="utf-8").write(fresh)
        print(f"{path}: {len(MARKER.findall(readme))} transcripts regenerated")
        return 0
    if fresh != readme:
        import difflib
        diff = difflib.unified_diff(readme.splitlines(), fresh.splitlines(), "README.md", "fresh run", lineterm="")
        print("\n".join(list(diff)[:80]))
        print(f"{path} is stale: run 'make readme' and commit the result.")
        return 1
    print(f"{path}: transcripts are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
