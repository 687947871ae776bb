#!/usr/bin/env python3
"""Fail when the extractor's scores on the development corpus fall below the recorded floor.

Runs ../shared/eval/score.py, reads its JSON summary and compares each figure with
accuracy-floor.json. Prints the scorer's summary line and one line per figure that fell.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--timeline", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--gold", help="gold folder (default: SHARED/corpus/gold)")
    ap.add_argument("--articles", action="append", help="article folders (default: SHARED/corpus and SHARED/seed)")
    args = ap.parse_args()
    scorer = os.path.join(args.shared, "eval", "score.py")
    if not os.path.exists(scorer):
        print(f"score floor: {scorer} not found; skipped")
        return 0
    floor = json.load(open(args.floor))
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        run = subprocess.run(
            [sys.executable, scorer, "--timeline", args.timeline,
             "--gold", args.gold or os.path.join(args.shared, "corpus", "gold")]
            + [flag for folder in (args.articles or [os.path.join(args.shared, "corpus"),
                                                     os.path.join(args.shared, "seed")])
               for flag in ("--articles", folder)]
            + ["--json", out.name],
            capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            print("score floor: the scorer failed")
            return 1
        summary = json.load(open(out.name))
    print(f"{os.path.basename(args.floor)}: " + run.stdout.strip().splitlines()[-1])
    fell = [f"{key}: {summary.get(key)} < floor {value}" for key, value in floor.items()
            if key != "errors" and summary.get(key, 0) < value]
    if summary.get("errors", 0) > floor.get("errors", 0):
        fell.append(f"errors: {summary['errors']} > floor {floor.get('errors', 0)}")
    for line in fell:
        print("score floor: " + line)
    return 1 if fell else 0


if __name__ == "__main__":
    sys.exit(main())
