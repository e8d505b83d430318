#!/usr/bin/env bash
# Builds and runs CiteTrace's libFuzzer targets.
#
#   scripts/fuzz.sh build [ingest|export]...     build the fuzzers (default: both)
#   scripts/fuzz.sh run ingest|export [libFuzzer options]...
#                                               fuzz, starting from Tests/Fuzz/corpus/<target>
#   scripts/fuzz.sh replay [ingest|export]...    run every committed corpus file once
#
# Targets (the checks are Sources/CiteTraceFuzzing/FuzzChecks.swift, which the test
# suite also runs on the committed corpus):
#   ingest  the bytes read as .txt, .html and .xml by the engine's decoder, then
#           normalize, segment, quotes, and matching against the speeches in seeds/
#   export  the bytes decoded leniently as a one-document corpus, the whole pipeline,
#           and every report format; TEI and GraphML must be well-formed, the HTML
#           must hold no script but the report's own
#
# Each target is a static library product (FuzzIngest, FuzzExport) built by SwiftPM in
# release mode with -sanitize=fuzzer,address into .build-fuzz/, then linked with swiftc
# so libFuzzer's own `main` is the entry point (SwiftPM would rename the Swift one over it).
# New interesting inputs go to .build-fuzz/corpus/<target> (not committed); crashes to
# .build-fuzz/crashes/<target>/ (not artifacts/: SwiftPM empties that folder of a scratch
# path). Example, one million runs with inputs up to 1 KiB:
#   scripts/fuzz.sh run ingest -runs=1000000 -max_len=1024
# A second process on the same corpus uses the other core (add -seed=N to differ).
# LeakSanitizer checks every input whose mallocs and frees differ in number, and the export
# target's runtime keeps caches, so leak checks take 5/6 of its time: run it with
# -detect_leaks=0 for length (~190 runs/s instead of ~30) and a shorter run without that
# flag for leaks. (A leak run is what found parallelMap's leak.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch=.build-fuzz
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -g)

product() {
  case "$1" in
    ingest) echo FuzzIngest ;;
    export) echo FuzzExport ;;
    *) echo "fuzz.sh: unknown target '$1' (ingest or export)" >&2; exit 1 ;;
  esac
}

build() {
  local target name
  for target in "$@"; do
    name=$(product "$target")
    swift build -c release --scratch-path "$scratch" --product "$name" "${flags[@]}"
    # gold warns once per ASan helper symbol; those lines say nothing.
    swiftc -sanitize=fuzzer,address -g "$scratch/release/lib$name.a" -lstdc++ -o "$scratch/fuzz-$target" \
      2> >(grep -v "Cannot export local symbol" >&2)
    echo "built $scratch/fuzz-$target"
  done
}

run() {
  local target=$1; shift
  build "$target"
  mkdir -p "$scratch/corpus/$target" "$scratch/crashes/$target"
  # Seeds first: libFuzzer writes new inputs into the first directory only.
  # Short malloc stacks: ASan still finds every bad access, and runs go much faster.
  CITETRACE_SEEDS="$root/seeds" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=2} \
    "$scratch/fuzz-$target" "$scratch/corpus/$target" "Tests/Fuzz/corpus/$target" \
    -artifact_prefix="$scratch/crashes/$target/" -dict="Tests/Fuzz/citetrace.dict" "$@"
}

replay() {
  local target
  for target in "$@"; do
    build "$target"
    CITETRACE_SEEDS="$root/seeds" "$scratch/fuzz-$target" Tests/Fuzz/corpus/"$target"/*
  done
}

command=${1:-build}
[ $# -gt 0 ] && shift
case "$command" in
  build) if [ $# -eq 0 ]; then build ingest export; else build "$@"; fi ;;
  run) [ $# -ge 1 ] || { echo "usage: fuzz.sh run ingest|export [libFuzzer options]" >&2; exit 1; }; run "$@" ;;
  replay) if [ $# -eq 0 ]; then replay ingest export; else replay "$@"; fi ;;
  *) echo "usage: fuzz.sh build|run|replay [ingest|export] ..." >&2; exit 1 ;;
esac
