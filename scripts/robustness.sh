#!/usr/bin/env bash
# Large and pathological inputs through the release binary:
#   scripts/robustness.sh [BINARY] [LARGE_MB] [NDJSON_ARTICLES]
# - an article of LARGE_MB megabytes (default 20) and a 1 MB line without spaces must each load (linear time, no
#   crash);
# - HTML nested 10,000 levels deep must either load or fail with one clear error line (libxml2 stops at its depth
#   limit), never crash;
# - an NDJSON file of NDJSON_ARTICLES articles (default 10,000) loads with the same peak memory as a tenth of it:
#   lines are read, extracted and stored a batch at a time, and merged a day at a time (flat means within 1.5x plus
#   SQLite's 32 MiB cache).
# No timing is asserted; the elapsed seconds and peak memory are printed as context.
set -euo pipefail
bin=${1:-.build/release/timeline}
large_mb=${2:-20}
ndjson_articles=${3:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$large_mb" "$ndjson_articles" <<'PY'
import json, os, sys
work, large_mb, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sentence = "Police detained 20 people in the capital on Tuesday, the interior ministry said. "
paragraph = sentence * 40 + "\n"
with open(os.path.join(work, "huge.txt"), "w") as f:
    f.write("By Staff Reporter, March 3, 2021\n")
    while f.tell() < large_mb * 1024 * 1024:
        f.write(paragraph)
with open(os.path.join(work, "line.txt"), "w") as f:
    f.write("By Staff Reporter, March 3, 2021\n" + "x" * (1024 * 1024) + "\n")
with open(os.path.join(work, "deep.html"), "w") as f:
    f.write("<html><body><article>" + "<div>" * 10000 + "<p>Protesters marched on 2 March 2021.</p>"
            + "</div>" * 10000 + "</article></body></html>")
# Every article differs (its number and day), so none is skipped as already loaded.
def feed(name, n):
    with open(os.path.join(work, name), "w") as f:
        for i in range(n):
            day = 1 + i % 28
            text = (f"Police detained {i + 3} people in the capital on {day} March 2021, officials said. "
                    f"Protesters marched for the {i}th time.")
            f.write(json.dumps({"title": f"Report {i}", "date": f"2021-03-{day:02d}", "text": text,
                                "source": f"https://example.org/{i}"}) + "\n")
feed("feed-small.ndjson", max(count // 10, 1))
feed("feed.ndjson", count)
PY

# Runs a load and prints its peak resident memory in KiB (ru_maxrss of the child).
peak_load() {
    python3 - "$bin" "$@" <<'PY'
import resource, subprocess, sys
run = subprocess.run(sys.argv[1:2] + ["load"] + sys.argv[2:], capture_output=True, text=True)
sys.stderr.write(run.stderr[-2000:])
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(run.returncode)
PY
}

for name in huge.txt line.txt; do
    start=$SECONDS
    kib=$(peak_load "$work/$name" --db "$work/robust.db" 2>"$work/err") || { cat "$work/err"; echo "robustness: $name failed"; exit 1; }
    echo "robustness: $name ($(( $(stat -c %s "$work/$name") / 1048576 )) MB) loaded in $(( SECONDS - start )) s, peak $(( kib / 1024 )) MiB: $(tail -1 "$work/err")"
done
status=0
"$bin" load "$work/deep.html" --db "$work/robust.db" 2>"$work/err" || status=$?
if [ "$status" -gt 1 ] || { [ "$status" -eq 1 ] && [ "$(grep -c '^Error: ' "$work/err")" -ne 1 ]; }; then
    cat "$work/err"; echo "robustness: deep.html exited with $status"; exit 1
fi
echo "robustness: deep.html (10,000 levels) exit $status: $(head -1 "$work/err")"
"$bin" check --db "$work/robust.db" >/dev/null

start=$SECONDS
small=$(peak_load "$work/feed-small.ndjson" --db "$work/feed-small.db" 2>"$work/err") || { cat "$work/err"; exit 1; }
big=$(peak_load "$work/feed.ndjson" --db "$work/feed.db" 2>"$work/err") || { cat "$work/err"; exit 1; }
echo "robustness: NDJSON of $ndjson_articles articles: peak $(( big / 1024 )) MiB against $(( small / 1024 )) MiB for a tenth ($(( SECONDS - start )) s): $(tail -1 "$work/err")"
# SQLite's page cache (a writer's is 32 MiB, which the smaller load does not fill) and the batch of articles in
# flight are the only things allowed to grow.
if [ "$big" -gt $(( small * 3 / 2 + 32768 )) ]; then
    echo "robustness: memory grows with the NDJSON file"; exit 1
fi
"$bin" check --db "$work/feed.db" >/dev/null
echo "robustness: all passed"
