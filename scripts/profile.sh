#!/bin/sh
# Profiles timeline with valgrind's callgrind and prints the functions with the most instructions (inclusive and
# self), demangled. Used for the hot spots listed in BENCHMARKS.md.
#
#   scripts/profile.sh extract [ARTICLES]   extraction of the first ARTICLES (default 50) generated articles
#   scripts/profile.sh load [ARTICLES]      a whole `timeline load` of them into a new database
#   scripts/profile.sh events [ARGS...]     one `timeline events ARGS` process (default: --on the first day that
#                                           has events, --format json) on the benchmark's database
#
# Needs a release build (make bench-build) and a generated corpus (make bench-ci or make bench); `events` needs the
# database the suite leaves behind (.build/bench/swift-N.db). TIMELINE=PATH profiles another build of timeline.
set -eu
mode=${1:-extract}
[ $# -gt 0 ] && shift
count=${1:-50}
corpus=$(ls -d .build/bench/corpus-* .build/bench/ci/corpus-* 2>/dev/null | head -n 1)
[ -n "$corpus" ] || { echo "No generated corpus under .build/bench; run 'make bench-ci' first." >&2; exit 1; }
command -v valgrind >/dev/null || apt-get install -y -qq valgrind
out=.build/bench/profile
mkdir -p "$out"
files=$(ls "$corpus"/article-* | head -n "$count")
rm -f "$out"/callgrind.out "$out"/profile.db "$out"/profile.db-wal "$out"/profile.db-shm
# valgrind 3.19 gives up on the DWARF 5 debug information of Swift 6 binaries ("Possibly corrupted debuginfo
# file"), so profile a copy without it: the symbol table keeps every function name.
cp "${TIMELINE:-.build/release/timeline}" "$out"/timeline
strip --strip-debug "$out"/timeline
case $mode in
extract) set -- "$out"/timeline extract $files --format ndjson ;;
load) set -- "$out"/timeline load $files --db "$out"/profile.db ;;
events)
    db=$(ls -t .build/bench/swift-*.db .build/bench/ci/swift-*.db 2>/dev/null | head -n 1)
    [ -n "$db" ] || { echo "No benchmark database under .build/bench; run 'make bench-ci' first." >&2; exit 1; }
    if [ $# -eq 0 ]; then
        day=$(sqlite3 -readonly "$db" "SELECT date_from FROM event WHERE date_from = date_to ORDER BY date_from LIMIT 1")
        set -- --on "$day" --format json
    fi
    set -- "$out"/timeline events --db "$db" "$@" ;;
*) echo "usage: scripts/profile.sh extract|load [ARTICLES] | events [ARGS...]" >&2; exit 64 ;;
esac
valgrind --tool=callgrind --callgrind-out-file="$out"/callgrind.out "$@" >/dev/null 2>"$out"/valgrind.log
echo "== inclusive"
callgrind_annotate --inclusive=yes "$out"/callgrind.out 2>/dev/null | swift demangle --simplified | sed -n '1,60p' \
    | cut -c1-200
echo "== self"
callgrind_annotate "$out"/callgrind.out 2>/dev/null | swift demangle --simplified | sed -n '1,45p' | cut -c1-200
