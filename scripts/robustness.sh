#!/usr/bin/env bash
# Large and pathological inputs through the release binary: a 20 MB article, a 1 MB line
# without spaces must each load (linear time, no crash); HTML nested 10,000 levels deep must
# either load or fail with one clear error line (libxml2 stops at its depth limit), never crash.
# No timing is asserted; the elapsed seconds are printed as context only.
set -euo pipefail
bin=${1:-.build/release/timeline}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os
work = sys.argv[1]
sentence = "Police detained 20 people in the capital on Tuesday, the interior ministry said. "
paragraph = sentence * 40 + "\n"
with open(os.path.join(work, "huge.txt"), "w") as f:
    f.write("By Staff Reporter, March 3, 2021\n")
    while f.tell() < 20 * 1024 * 1024:
        f.write(paragraph)
with open(os.path.join(work, "line.txt"), "w") as f:
    f.write("By Staff Reporter, March 3, 2021\n" + "x" * (1024 * 1024) + "\n")
with open(os.path.join(work, "deep.html"), "w") as f:
    f.write("<html><body><article>" + "<div>" * 10000 + "<p>Protesters marched on 2 March 2021.</p>"
            + "</div>" * 10000 + "</article></body></html>")
PY

for name in huge.txt line.txt; do
    start=$SECONDS
    "$bin" load "$work/$name" --db "$work/robust.db" 2>"$work/err" || { cat "$work/err"; echo "robustness: $name failed"; exit 1; }
    echo "robustness: $name ($(( $(stat -c %s "$work/$name") / 1048576 )) MB) loaded in $(( SECONDS - start )) s: $(tail -1 "$work/err")"
done
status=0
"$bin" load "$work/deep.html" --db "$work/robust.db" 2>"$work/err" || status=$?
if [ "$status" -gt 1 ] || { [ "$status" -eq 1 ] && [ "$(grep -c '^Error: ' "$work/err")" -ne 1 ]; }; then
    cat "$work/err"; echo "robustness: deep.html exited with $status"; exit 1
fi
echo "robustness: deep.html (10,000 levels) exit $status: $(head -1 "$work/err")"
"$bin" check --db "$work/robust.db" >/dev/null
echo "robustness: all passed"
