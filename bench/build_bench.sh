#!/usr/bin/env bash
# Build and check benchmarks over synthetic handbooks, against Hugo in the same run (run by hand,
# never by the tests).
#
#   bench/build_bench.sh [PAGES ...]        default: 100 1000 10000
#   BEFORE=/path/to/older/handbook.jar bench/build_bench.sh 1000    # also times an older jar, through
#                                                                   # the same launcher (its .jsa beside it, if any)
#   BEFORE_LAUNCHER=/path/to/older/bin/handbook ...                 # ... or through an older launcher
#   RUNS=3 WARMUP=0 bench/build_bench.sh 10000                      # rounds timed, warm-up rounds
#   BEFORE_TREE=/path/to/older/checkout bench/build_bench.sh 100     # also `mvn -o site` of both
#
# For each size: generates a corpus with ../shared/bench/gen_corpus.py (20 injected broken
# references), converts it to this project's schema (bench/convert_corpus.py) and scores the
# `check` report against EXPECTED_BROKEN.tsv. Then bench/interleave.py times, round by round
# (RUNS rounds after one warm-up round, so a busy machine slows every command alike):
#   - `build` of the handbook with the broken references mended, through bin/handbook (the
#     documented launcher), the older jar when BEFORE is set, and `hugo` on the corpus's Hugo copy;
#   - `check` of the handbook with its broken references (same commands, no Hugo);
# and prints medians of wall time, cpu time (user + system) and peak RSS, and ratios to Hugo (to
# the older jar for `check`). Finally the own handbook's cold `check` as the README runs it, and
# `mvn -o site` with nothing to compile.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${BENCH:-$( [ -d ../shared/bench ] && echo ../shared/bench || echo ../../shared/bench )}
export BENCH=$(cd "$BENCH" && pwd)
WORK=${WORK:-/tmp/handbook-bench}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
BEFORE=${BEFORE:-}
BEFORE_LAUNCHER=${BEFORE_LAUNCHER:-bin/handbook}
[ -f target/handbook.jar ] || mvn -q -B package -DskipTests
mkdir -p "$WORK"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(hugo version 2>/dev/null | cut -d' ' -f1-2)"
for n in ${@:-100 1000 10000}; do
  corpus=$WORK/corpus-$n; handbook=$WORK/handbook-$n; clean=$WORK/clean-$n
  if [ ! -d "$corpus" ]; then
    python3 "$BENCH/gen_corpus.py" --pages "$n" --facts 200 --out "$corpus" --seed 1 --broken 20 >/dev/null
  fi
  python3 bench/convert_corpus.py "$corpus" "$handbook"
  echo "== $n pages"
  bin/handbook check --source "$handbook" 2> "$WORK/report-$n.txt" || true
  python3 - "$corpus/EXPECTED_BROKEN.tsv" "$WORK/report-$n.txt" <<'PY'
import csv, sys
expected = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
errors = [l for l in open(sys.argv[2]) if ': error: ' in l]
found, located = 0, 0
for e in expected:
    hits = [l for l in errors if e['token'] in l]
    found += bool(hits)
    located += any(l.startswith('content/%s:%s:' % (e['source_md'], e['line'])) for l in hits)
extra = [l for l in errors if not any(e['token'] in l for e in expected)]
print('broken references: %d expected, %d found, %d at the right file:line, %d other errors reported'
      % (len(expected), found, located, len(extra)))
for l in extra[:5]:
    print('  unexpected:', l.strip())
PY
  # the same handbook with the injected references mended, so the build publishes
  rm -rf "$clean"; cp -r "$handbook" "$clean"
  python3 - "$corpus/EXPECTED_BROKEN.tsv" "$clean" <<'PY'
import csv, os, sys
for e in csv.DictReader(open(sys.argv[1]), delimiter='\t'):
    path = os.path.join(sys.argv[2], 'content', e['source_md'])
    lines = open(path, encoding='utf-8').read().split('\n')
    i = int(e['line']) - 1
    lines[i] = lines[i].replace('(' + e['target_md'] + ')', '(#)')
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))
PY
  bin/handbook check --source "$clean" 2>&1 | tail -1
  builds=("handbook=bin/handbook build --quiet --source $clean --out $WORK/site-$n")
  checks=("handbook=bin/handbook check --quiet --source $handbook")
  if [ -n "$BEFORE" ]; then
    builds+=("before=env HANDBOOK_JAR=$BEFORE $BEFORE_LAUNCHER build --quiet --source $clean --out $WORK/before-$n")
    checks+=("before=env HANDBOOK_JAR=$BEFORE $BEFORE_LAUNCHER check --quiet --source $handbook")
  fi
  if command -v hugo >/dev/null 2>&1; then
    builds+=("hugo=hugo --quiet -s $corpus/hugo -d $WORK/hugo-$n")
  fi
  python3 bench/interleave.py -n "$RUNS" --warmup "$WARMUP" --label "build $n" --base hugo -- "${builds[@]}"
  python3 bench/interleave.py -n "$RUNS" --warmup "$WARMUP" --label "check $n (broken refs)" --base before -- "${checks[@]}"
done
echo "== own handbook, cold check as the README runs it"
own=("handbook=bin/handbook check --quiet --source ." "java-version=java -version")
[ -z "$BEFORE" ] || own+=("before=env HANDBOOK_JAR=$BEFORE $BEFORE_LAUNCHER check --quiet --source .")
python3 bench/interleave.py -n "$RUNS" --warmup "$WARMUP" --label "own check" --base before -- "${own[@]}"
echo "== mvn -o site with nothing to compile (BEFORE_TREE: an older checkout, compiled, to compare)"
mvn -o -q compile >/dev/null
site=("handbook=mvn -o -q site")
if [ -n "${BEFORE_TREE:-}" ]; then
  mvn -o -q -f "$BEFORE_TREE/pom.xml" compile >/dev/null
  site+=("before=mvn -o -q -f $BEFORE_TREE/pom.xml site")
fi
python3 bench/interleave.py -n "$RUNS" --warmup "$WARMUP" --label "mvn -o site" --base before -- "${site[@]}"
