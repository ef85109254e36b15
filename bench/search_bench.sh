#!/usr/bin/env bash
# Cold search at scale: builds a generated handbook of PAGES pages (default 10,000), prints the
# build's time and the index's size, and times, in headless Chromium with a new profile per query,
# each query from focusing the search box (typing at once) to the answer on screen, with the index
# files it loaded and their bytes (the bar: under 150 ms and under 300 KB), from file:// and over
# HTTP on loopback from two servers (the JDK's and Python's, both with TCP_NODELAY), interleaved.
#
#   bench/search_bench.sh                     # 10,000 pages
#   PAGES=1000 bench/search_bench.sh
#   BENCH_DIR=/tmp/sb ROUNDS=3 TIMELINE=1 bench/search_bench.sh   # keep the corpus; 3 rounds; when
#                                                                 # each index file was asked for and arrived
#   BENCH_DIR=/tmp/sb NO_BUILD=1 bench/search_bench.sh            # time the site already built there
#   EXTRA="http:/tmp/old/site file:/tmp/old/site" bench/search_bench.sh   # and another build, interleaved
#   SERVERS="python-nagle" bench/search_bench.sh  # other servers (file http python python-nagle)
#   RECALL=200 bench/search_bench.sh   # then: do 1, 2 and 4 words of 200 random sections find them?
#   PAGEFIND=1 bench/search_bench.sh   # and Pagefind (npm, PAGEFIND_VERSION) over a copy of the same
#                                      # site, interleaved: its index time and memory, then its search
#                                      # in its default worker (pagefind:) and on the page (pagefind-main:)
# The share of the build spent on the index: JFR=1 records the build, then
#   jfr print --events jdk.ExecutionSample --stack-depth 64 $BENCH_DIR/build.jfr \
#     | python3 bench/jfr_breakdown.py 60 | grep -E 'samples|Search'
#
# Needs python3, ../shared/bench/gen_corpus.py (or GEN_CORPUS=path), Chromium and chromedriver.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${PAGES:-10000}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
work=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
mvn -B -q -o -DskipTests test-compile
# the test classpath, through the exec plugin the build already uses (the dependency plugin needs
# downloads that an offline build cannot make)
mvn -B -q -o org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=echo \
  -Dexec.args='%classpath' -Dexec.classpathScope=test | sed 's/\x1b\[[0-9;]*m//g' | head -1 > "$work/cp.txt"
cp="$(cat "$work/cp.txt")"
if [ ! -d "$work/src" ]; then
  python3 "$gen" --pages "$pages" --facts 200 --out "$work/corpus" --seed 7 --no-hugo >/dev/null
  python3 bench/convert_corpus.py "$work/corpus" "$work/src" >/dev/null
fi
if [ -z "${NO_BUILD:-}" ]; then
  start=$(date +%s%N)
  jfr=()
  [ -z "${JFR:-}" ] || jfr=(-XX:StartFlightRecording=filename="$work/build.jfr",settings=profile)
  rm -rf "$work/site"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${jfr[@]}" -cp "$cp" com.sparkfabrik.handbook.cli.Main \
    build --quiet --source "$work/src" --out "$work/site" 2>&1 | tail -1
  echo "build: $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi
echo "index: $(ls "$work/site/assets/search" | wc -l) files, $(du -sk --apparent-size "$work/site/assets/search" | cut -f1) KB;" \
  "manifest $(stat -c %s "$work/site/assets/search/manifest.js") B;" \
  "largest shard $(ls -S "$work/site/assets/search"/t*.js | head -1 | xargs stat -c %s) B;" \
  "largest chunk $(ls -S "$work/site/assets/search"/d*.js | head -1 | xargs stat -c %s) B"
if [ -n "${PAGEFIND:-}" ]; then
  # a copy of the site (hard links) with Pagefind's index of its pages' <main> and bench/pagefind.html
  if [ ! -d "$work/pagefind-site/pagefind" ]; then
    npm install --no-audit --no-fund --silent --prefix "$work/pagefind-npm" "pagefind@${PAGEFIND_VERSION:-1.6.0}"
    rm -rf "$work/pagefind-site"
    cp -al "$work/site" "$work/pagefind-site"
    rm -rf "$work/pagefind-site/assets/search"
    /usr/bin/time -f "pagefind index: %e s wall, %U s user, %S s system, peak %M KB" \
      "$work/pagefind-npm/node_modules/.bin/pagefind" --site "$work/pagefind-site" --root-selector main 2>&1 \
      | grep -E 'Indexed [0-9]+ (pages|words)|pagefind index'
  fi
  cp bench/pagefind.html "$work/pagefind-site/pagefind-bench.html"
  echo "pagefind: $(find "$work/pagefind-site/pagefind" -type f | wc -l) files," \
    "$(du -sk --apparent-size "$work/pagefind-site/pagefind" | cut -f1) KB"
fi
queries=(retention rotation "key rotation" polcy ret config-dir zzzz "audit evidence retention policy")
targets=()
for server in ${SERVERS:-file http python}; do targets+=("$server:$work/site"); done
[ -z "${PAGEFIND:-}" ] || targets+=("pagefind:$work/pagefind-site" "pagefind-main:$work/pagefind-site")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
# shellcheck disable=SC2086
java -cp "$cp" bench/SearchBench.java "${targets[@]}" ${EXTRA:-} -- "${queries[@]}" 2>&1 \
  | grep -v -E 'WARN|CdpVersionFinder'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
if [ -n "${RECALL:-}" ]; then
  java -cp "$cp" bench/SearchRecall.java "$work/site" "$RECALL" 2>&1 | grep -v -E 'WARN|CdpVersionFinder'
fi
