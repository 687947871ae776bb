#!/usr/bin/env python3
"""Fault tests of `timeline load` through the release binary: crashes, concurrent loaders, a full disk.

    scripts/reliability.py crash --trials 100      SIGKILL a load at random moments, then check and finish it
    scripts/reliability.py concurrency --rounds 5  four loaders on overlapping files while two readers query
    scripts/reliability.py disk                    a load onto a full filesystem; a read-only filesystem

Every run compares against a reference database loaded serially from the same files. A kill may leave an article
absent or present, but a present article must be whole: every report (event source), figure and retraction that
the reference holds for the same text. After a kill, loading the same files again must give exactly the reference's
timeline (articles, events with their sources, actors, figures) and pass `timeline check`.

The corpus is `samples/` and `Tests/Fixtures/Corpus/` plus `../shared/corpus` and `../shared/seed` when present.
Prints one summary line per test and exits 1 when any trial fails. No timing is asserted.
"""
import argparse
import json
import os
import random
import signal
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".ndjson", ".jsonl")


def corpus_files(shared):
    folders = [os.path.join(ROOT, "samples"), os.path.join(ROOT, "Tests", "Fixtures", "Corpus")]
    folders += [os.path.join(shared, "corpus"), os.path.join(shared, "seed")]
    seen, files = set(), []
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name == "README.md" or not name.endswith(EXTENSIONS) or not os.path.isfile(path):
                continue
            with open(path, "rb") as handle:
                content = handle.read()
            if content in seen:
                continue
            seen.add(content)
            files.append(path)
    return files


def stage(files, folder):
    """Copies the files into one folder (unique names), so that one path loads them all."""
    os.makedirs(folder, exist_ok=True)
    for index, path in enumerate(files):
        shutil.copy(path, os.path.join(folder, f"{index:03d}-{os.path.basename(path)}"))
    return folder


def run(timeline, *args, check=True, timeout=600):
    result = subprocess.run([timeline, *args], capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise Failure(f"timeline {' '.join(args)} exited {result.returncode}: {result.stderr.strip()[-500:]}")
    return result


class Failure(Exception):
    pass


def connect(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def structural_problems(path):
    """SQLite's integrity and foreign-key checks and both FTS5 indexes' own checks, as a list of problems."""
    problems = []
    db = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:3]}")
        keys = db.execute("PRAGMA foreign_key_check").fetchall()
        if keys:
            problems.append(f"foreign_key_check: {keys[:3]}")
        # A kill before the first migration committed leaves a file with no tables: nothing stored, nothing to check.
        created = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'article'").fetchone()[0]
        for table in ("article_fts", "event_source_fts") if created else ():
            try:
                db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as error:
                problems.append(f"{table}: {error}")
        db.rollback()
    finally:
        db.close()
    return problems


def per_article(path):
    """For each stored article (by content hash): its reports, figures and retractions, as comparable tuples."""
    db = connect(path)
    try:
        if not db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'article'").fetchone()[0]:
            return {}
        articles = {}
        for article_id, sha in db.execute("SELECT id, sha256 FROM article"):
            sources = sorted(db.execute(
                "SELECT start, end, quote, type, occurred_on FROM event_source WHERE article_id = ?",
                (article_id,)).fetchall(), key=repr)
            figures = sorted(db.execute(
                "SELECT category, group_name, low, high, as_of, quote FROM figure WHERE article_id = ?",
                (article_id,)).fetchall(), key=repr)
            retractions = db.execute("SELECT count(*) FROM retraction WHERE article_id = ?",
                                     (article_id,)).fetchone()[0]
            articles[sha] = (sources, figures, retractions)
        return articles
    finally:
        db.close()


def timeline_state(path):
    """The whole timeline as content without ids: articles, events with their sources, actors, figures."""
    db = connect(path)
    try:
        sha = dict(db.execute("SELECT id, sha256 FROM article"))
        events = []
        for event_id, on, precision, kind, location, summary in db.execute(
                "SELECT id, occurred_on, precision, type, location, summary FROM event"):
            sources = sorted(f"{sha[a]}@{s}-{e}" for a, s, e in db.execute(
                "SELECT article_id, start, end FROM event_source WHERE event_id = ?", (event_id,)))
            actors = sorted(str(row) for row in db.execute(
                "SELECT coalesce(actor.name, event_actor.group_name) FROM event_actor "
                "LEFT JOIN actor ON actor.id = event_actor.actor_id WHERE event_id = ?", (event_id,)))
            events.append(repr((on, precision, kind, location, summary, sources, actors)))
        actors = sorted(repr(row) for row in db.execute("SELECT name, kind FROM actor"))
        aliases = sorted(repr(row) for row in db.execute(
            "SELECT actor.name, alias FROM actor_alias JOIN actor ON actor.id = actor_alias.actor_id"))
        figures = sorted(repr((sha[row[0]],) + row[1:]) for row in db.execute(
            "SELECT article_id, category, group_name, low, high, as_of, retracted FROM figure"
            if has_column(db, "figure", "retracted") else
            "SELECT article_id, category, group_name, low, high, as_of FROM figure"))
        return {"articles": sorted(sha.values()), "events": sorted(events), "actors": actors,
                "aliases": aliases, "figures": figures}
    finally:
        db.close()


def has_column(db, table, column):
    return any(row[1] == column for row in db.execute(f"PRAGMA table_info({table})"))


def difference(expected, actual):
    for key in expected:
        if expected[key] != actual[key]:
            missing = [x for x in expected[key] if x not in actual[key]][:2]
            extra = [x for x in actual[key] if x not in expected[key]][:2]
            return (f"{key}: {len(actual[key])} instead of {len(expected[key])}; "
                    f"missing {missing}; unexpected {extra}")
    return None


def reference(timeline, folder, work):
    db = os.path.join(work, "reference.db")
    started = time.monotonic()
    run(timeline, "load", folder, "--db", db)
    elapsed = time.monotonic() - started
    return db, elapsed, per_article(db), timeline_state(db)


# MARK: crash


def crash(args):
    timeline = os.path.abspath(args.timeline)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as work:
        folder = stage(corpus_files(args.shared), os.path.join(work, "articles"))
        ref_db, elapsed, ref_articles, ref_state = reference(timeline, folder, work)
        outcomes = {"killed before any article": 0, "killed part-way": 0, "killed with all stored": 0,
                    "finished before the kill": 0}
        failures = []
        for trial in range(args.trials):
            db = os.path.join(work, f"trial-{trial}.db")
            try:
                kills = 0
                # One or two kills in a row: the second lands in the load that recovers from the first.
                for _ in range(1 if rng.random() < 0.7 else 2):
                    # Extraction comes first and storing and merging last: two kills in three aim at the later part
                    # of a load, where the database is being written.
                    delay = elapsed * (rng.uniform(0.4, 1.05) if rng.random() < 2 / 3 else rng.uniform(0, 1.1))
                    # Every other trial commits each article on its own (--batch-size 1), so that kills also land
                    # between the articles of a run; the others use the default batches, which a kill loses whole.
                    batch = ["--batch-size", "1"] if trial % 2 else []
                    process = subprocess.Popen([timeline, "load", folder, "--db", db] + batch,
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    time.sleep(delay)
                    if process.poll() is None:
                        process.send_signal(signal.SIGKILL)
                        kills += 1
                    process.wait()
                    if os.path.exists(db):
                        problems = structural_problems(db)
                        if problems:
                            raise Failure(f"after a kill at {delay:.3f} s: {problems}")
                        for sha, content in per_article(db).items():
                            if sha not in ref_articles:
                                raise Failure(f"unknown article {sha[:12]} after a kill")
                            if content != ref_articles[sha]:
                                raise Failure(f"article {sha[:12]} stored in part after a kill at {delay:.3f} s")
                stored = len(per_article(db)) if os.path.exists(db) else 0
                if kills == 0:
                    outcomes["finished before the kill"] += 1
                elif stored == 0:
                    outcomes["killed before any article"] += 1
                elif stored < len(ref_articles):
                    outcomes["killed part-way"] += 1
                else:
                    outcomes["killed with all stored"] += 1
                run(timeline, "load", folder, "--db", db)
                problem = difference(ref_state, timeline_state(db))
                if problem:
                    raise Failure(f"after reloading: {problem}")
                checked = run(timeline, "check", "--db", db, check=False)
                if checked.returncode != 0:
                    raise Failure(f"timeline check after reloading: {checked.stdout.strip()} {checked.stderr.strip()}")
            except (Failure, sqlite3.Error, subprocess.TimeoutExpired) as error:
                failures.append(f"trial {trial}: {error}")
            finally:
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(db + suffix):
                        os.remove(db + suffix)
        for failure in failures:
            print(f"crash: FAILED {failure}")
        detail = ", ".join(f"{count} {name}" for name, count in outcomes.items())
        print(f"crash: {args.trials - len(failures)} of {args.trials} trials passed "
              f"({len(ref_articles)} articles, a full load {elapsed:.2f} s, half the trials with --batch-size 1; "
              f"{detail})")
        return 1 if failures else 0


# MARK: concurrency

READ_QUERIES = [["events", "--format", "json"], ["casualties", "--format", "json"], ["actors", "--format", "json"],
                ["events", "--search", "police"]]


class ReaderOutcome:
    def __init__(self):
        self.queries = 0
        self.errors = []


def read_until(timeline, db, stop, outcome):
    """Runs the read commands in a loop (each a process of its own) until `stop` is set."""
    # Before the first loader has created the schema, "no database" is the right answer, not a failure.
    started = False
    while not stop.is_set():
        for query in READ_QUERIES:
            result = subprocess.run([timeline, *query, "--db", db], capture_output=True, text=True)
            outcome.queries += 1
            started = started or result.returncode == 0
            if result.returncode != 0 and started:
                outcome.errors.append(f"{query}: exit {result.returncode}: {result.stderr.strip()}")


def concurrency(args):
    timeline = os.path.abspath(args.timeline)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as work:
        files = corpus_files(args.shared)
        folder = stage(files, os.path.join(work, "articles"))
        names = sorted(os.listdir(folder))
        _, _, _, ref_state = reference(timeline, folder, work)
        failures = []
        reads = 0
        for round_ in range(args.rounds):
            db = os.path.join(work, f"round-{round_}.db")
            # Four overlapping sets that together cover every file: each file goes to two or three loaders.
            sets = [[] for _ in range(4)]
            for name in names:
                for loader in rng.sample(range(4), rng.choice([2, 3])):
                    sets[loader].append(os.path.join(folder, name))
            for files_of_loader in sets:
                rng.shuffle(files_of_loader)
            # No `timeline init` first: the four loaders race to create the file and its schema too.
            loaders = [subprocess.Popen([timeline, "load", *paths, "--db", db], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True) for paths in sets]
            stop = threading.Event()
            outcomes = [ReaderOutcome() for _ in range(2)]
            readers = [threading.Thread(target=read_until, args=(timeline, db, stop, outcome)) for outcome in outcomes]
            for reader in readers:
                reader.start()
            for index, loader in enumerate(loaders):
                _, err = loader.communicate(timeout=600)
                if loader.returncode != 0 or "locked" in err:
                    failures.append(f"round {round_}: loader {index} exited {loader.returncode}: {err.strip()[-400:]}")
            stop.set()
            for reader, outcome in zip(readers, outcomes):
                reader.join()
                reads += outcome.queries
                failures += [f"round {round_}: reader: {error}" for error in outcome.errors]
            problems = structural_problems(db)
            if problems:
                failures.append(f"round {round_}: {problems}")
            problem = difference(ref_state, timeline_state(db))
            if problem:
                failures.append(f"round {round_}: not the serial load's timeline: {problem}")
        for failure in failures:
            print(f"concurrency: FAILED {failure}")
        print(f"concurrency: {args.rounds} rounds of 4 loaders ({len(names)} files, each in 2 or 3 loaders) and "
              f"2 readers ({reads} queries): {len(failures)} failures; "
              f"{len(ref_state['articles'])} articles and {len(ref_state['events'])} events each time, "
              f"as a serial load")
        return 1 if failures else 0


# MARK: disk


def mount_tmpfs(folder, size):
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder],
                            capture_output=True, text=True)
    return result.returncode == 0


def disk(args):
    timeline = os.path.abspath(args.timeline)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        folder = stage(corpus_files(args.shared), os.path.join(work, "articles"))
        mount = os.path.join(work, "small")
        os.makedirs(mount)
        if not mount_tmpfs(mount, "600k"):
            print("disk: skipped (a tmpfs cannot be mounted here; run as root)")
            return 0
        try:
            db = os.path.join(mount, "full.db")
            result = run(timeline, "load", folder, "--db", db, check=False)
            errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
            if result.returncode != 1:
                failures.append(f"full disk: exit {result.returncode}, not 1")
            if len(errors) != 1 or db not in errors[0] or "full" not in errors[0]:
                failures.append(f"full disk: expected one error line naming {db} and the full disk: {errors[:3]}")
            stored = 0
            if os.path.exists(db):
                problems = structural_problems(db)
                if problems:
                    failures.append(f"full disk: database damaged: {problems}")
                reading = run(timeline, "events", "--db", db, "--format", "json", check=False)
                if reading.returncode != 0:
                    failures.append(f"full disk: events exited {reading.returncode}: {reading.stderr.strip()}")
                stored = len(per_article(db))
            first = errors[0] if errors else "(none)"
            print(f"disk: full filesystem (600 KB tmpfs): exit {result.returncode}, {stored} articles kept, "
                  f"intact and readable; {first}")

            # The same filesystem, remounted read-only: reading works, writing fails clearly.
            subprocess.run(["umount", mount], check=True)
            mount_tmpfs(mount, "8m")
            db = os.path.join(mount, "ro.db")
            run(timeline, "load", os.path.join(ROOT, "samples"), "--db", db)
            subprocess.run(["mount", "-o", "remount,ro", mount], check=True)
            reading = run(timeline, "events", "--db", db, "--format", "json", check=False)
            if reading.returncode != 0 or not json.loads(reading.stdout or "[]"):
                failures.append(f"read-only: events exited {reading.returncode}: {reading.stderr.strip()}")
            writing = run(timeline, "load", folder, "--db", db, check=False)
            lines = [line for line in writing.stderr.splitlines() if line.startswith("Error:")]
            if writing.returncode != 1 or len(lines) != 1 or db not in lines[0]:
                failures.append(f"read-only: load exited {writing.returncode}: {writing.stderr.strip()[-400:]}")
            print(f"disk: read-only filesystem: events exit {reading.returncode}; load exit {writing.returncode}: "
                  f"{lines[0] if lines else '(no error line)'}")
        finally:
            subprocess.run(["umount", mount], capture_output=True)
    for failure in failures:
        print(f"disk: FAILED {failure}")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeline", default=os.path.join(ROOT, ".build", "release", "timeline"))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--seed", type=int, default=20220107)
    sub = parser.add_subparsers(dest="test", required=True)
    sub.add_parser("crash").add_argument("--trials", type=int, default=100)
    sub.add_parser("concurrency").add_argument("--rounds", type=int, default=5)
    sub.add_parser("disk")
    args = parser.parse_args()
    return {"crash": crash, "concurrency": concurrency, "disk": disk}[args.test](args)


if __name__ == "__main__":
    sys.exit(main())
