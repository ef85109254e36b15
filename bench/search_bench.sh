#!/usr/bin/env bash
# Cold search at scale: builds a generated handbook of PAGES pages (default 10,000) and times, in
# headless Chromium over HTTP, a fresh page's query from typing to the first result on screen, with
# the bytes of index files it fetched (the bar: under 150 ms and under 300 KB).
#
#   bench/search_bench.sh                     # 10,000 pages
#   PAGES=1000 bench/search_bench.sh
#
# Needs python3, ../shared/bench/gen_corpus.py (or GEN_CORPUS=path), Chromium and chromedriver.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${PAGES:-10000}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
work=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mvn -B -q -o -DskipTests test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp.txt")"
if [ ! -d "$work/src" ]; then
  python3 "$gen" --pages "$pages" --facts 200 --out "$work/corpus" --seed 7 >/dev/null
  python3 bench/convert_corpus.py "$work/corpus" "$work/src" >/dev/null
fi
start=$(date +%s%N)
java -cp "$cp" com.sparkfabrik.handbook.cli.Main build --source "$work/src" --out "$work/site" 2>&1 | tail -1
echo "build: $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "index: $(ls "$work/site/assets/search" | wc -l) files, $(du -sk "$work/site/assets/search" | cut -f1) KB;" \
  "manifest $(stat -c %s "$work/site/assets/search/manifest.js") B;" \
  "largest shard $(ls -S "$work/site/assets/search"/t*.js | head -1 | xargs stat -c %s) B;" \
  "largest chunk $(ls -S "$work/site/assets/search"/d*.js | head -1 | xargs stat -c %s) B"
java -cp "$cp" bench/SearchBench.java "$work/site" ${QUERIES:-retention rotation "key rotation" polcy config-dir zzzz the}
