#!/usr/bin/env bash
# Time from saving an edit to the dev server's reload event (the issue's bar: under 50 ms for a
# page edit at 10,000 pages), on generated corpora of each size in SIZES.
#
#   bench/serve_latency.sh                 # 1,000 and 10,000 pages, 20 runs each after 5 warm-up runs
#   SIZES=1000 RUNS=10 bench/serve_latency.sh
#   JAR=/tmp/other.jar bench/serve_latency.sh  # another build of the generator, to compare two
#   JAVA_OPTS=-Xmx2g bench/serve_latency.sh  # JVM options for the server, after the launcher's (bin/handbook)
#   PROFILE=1 ONLY=page bench/serve_latency.sh   # also record the edits with JFR (server side), print
#                                                 # where its CPU went, keep the recording in PROFILE_OUT (/tmp)
#
# Each edit starts from an idle server: after the reload event the bench waits for the server's
# "rebuilt after" line, since the search index is made after the reload.
# Needs python3 and ../shared/bench/gen_corpus.py (or GEN_CORPUS=path). Builds target/handbook.jar if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-"1000 10000"}
runs=${RUNS:-20}
warmup=${WARMUP:-5}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
jar=${JAR:-target/handbook.jar}
[ -f "$jar" ] || mvn -B -q -DskipTests package
# BENCH_DIR keeps the corpora between runs (each edit run appends to one page: regenerate with a fresh dir)
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
for pages in $sizes; do
  if [ ! -d "$work/handbook-$pages" ]; then
    python3 "$gen" --pages "$pages" --facts 50 --out "$work/corpus-$pages" --seed 1 --no-hugo >/dev/null
    python3 bench/convert_corpus.py "$work/corpus-$pages" "$work/handbook-$pages"
  fi
  # through the launcher, as the README runs it (it execs java, so $! is the server's JVM)
  HANDBOOK_JAR="$jar" HANDBOOK_JAVA_OPTS="${JAVA_OPTS:-}" bin/handbook serve --source "$work/handbook-$pages" --port 0 \
    >"$work/serve-$pages.log" 2>&1 &
  server=$!
  port=
  for _ in $(seq 1200); do
    port=$(sed -n 's#^serving .* at http://127\.0\.0\.1:\([0-9]*\)/.*#\1#p' "$work/serve-$pages.log")
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve-$pages.log"; exit 1; }
    sleep 0.1
  done
  [ -n "$port" ] || { echo "serve did not start"; cat "$work/serve-$pages.log"; exit 1; }
  echo "== $pages generated pages"
  # the recording covers the edits only, not the first full build
  [ -z "${PROFILE:-}" ] || jcmd "$server" JFR.start name=edits settings=profile >/dev/null
  java -cp "$jar" bench/ServeLatency.java --source "$work/handbook-$pages" --port "$port" --runs "$runs" --warmup "$warmup" \
    --only "${ONLY:-both}" --log "$work/serve-$pages.log"
  [ -z "${PROFILE:-}" ] || jcmd "$server" JFR.stop name=edits filename="$work/serve-$pages.jfr" >/dev/null
  kill "$server"; wait "$server" 2>/dev/null || true; server=
  if [ -n "${PROFILE:-}" ]; then
    echo "-- where the server's CPU samples went during the edits:"
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$work/serve-$pages.jfr" | python3 bench/jfr_breakdown.py 20
    cp "$work/serve-$pages.jfr" "${PROFILE_OUT:-/tmp}/serve-$pages.jfr"
  fi
done
