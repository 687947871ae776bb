#!/usr/bin/env bash
# Runs the libFuzzer harness (Fuzz/TimelineFuzz) over every stage for SECONDS each:
#   scripts/fuzz.sh BINARY SECONDS [TARGET...]
# Each stage keeps its own corpus under .build-fuzz/corpus/STAGE, seeded from samples/, Tests/Fixtures/Corpus and,
# when present, ../shared/corpus and ../shared/seed (by file type). A crash, a sanitizer report, a trap, a hang
# (10 s for one input) or a leak stops that stage: the input is saved in .build-fuzz/artifacts/ and must become a
# regression file in Fuzz/Regressions/ (NewsExtractionTests runs every one of them through the same code).
# Prints one line per stage (runs, coverage, corpus size) and exits 1 when any stage found a failure.
set -uo pipefail
bin=$1
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text frontmatter html json ndjson extract)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/.build-fuzz
mkdir -p "$work/artifacts"
status=0
seed() {
    local target=$1 folder=$2
    case $target in
        text) find "${sources[@]}" -name '*.txt' ;;
        frontmatter) find "${sources[@]}" -name '*.md' ! -name README.md ;;
        html) find "${sources[@]}" -name '*.html' ;;
        json) find "${sources[@]}" -name '*.json' ! -path '*/gold/*' ;;
        ndjson) find "${sources[@]}" -name '*.ndjson' -o -name '*.jsonl' ;;
        extract) find "${sources[@]}" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.json' \) ! -name README.md ;;
    esac | while read -r file; do cp "$file" "$folder/"; done
}
sources=("$root/samples" "$root/Tests/Fixtures/Corpus" "$root/Fuzz/Regressions")
for folder in ../shared/corpus ../shared/seed; do [ -d "$root/$folder" ] && sources+=("$root/$folder"); done
for target in "${targets[@]}"; do
    corpus=$work/corpus/$target
    mkdir -p "$corpus"
    seed "$target" "$corpus" 2>/dev/null
    # An NDJSON seed: every JSON sample, one per line.
    if [ "$target" = ndjson ] && [ -z "$(ls -A "$corpus")" ]; then
        find "$root/samples" "$root/../shared/corpus" -maxdepth 1 -name '*.json' 2>/dev/null \
            | while read -r file; do python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$file"; done \
            > "$corpus/seed.ndjson"
    fi
    log=$work/$target.log
    TIMELINE_FUZZ_TARGET=$target "$bin" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/artifacts/$target-" >"$log" 2>&1
    code=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    units=$(ls "$corpus" | wc -l)
    if [ $code -eq 0 ]; then
        echo "fuzz $target: ${runs:-?} runs in ${seconds} s, ${cov:-cov: ?}, corpus $units inputs: no failure"
    else
        status=1
        echo "fuzz $target: FAILED (exit $code) after ${runs:-?} runs; see $log and $work/artifacts/"
        grep -E '^==[0-9]+==ERROR|^SUMMARY|Fatal error|ALARM|deadly signal' "$log" | head -5
    fi
done
exit $status
