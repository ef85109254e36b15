#!/usr/bin/env bash
# Build and check benchmarks over synthetic handbooks (run by hand, never by the tests).
#
#   bench/build_bench.sh [PAGES ...]        default: 1000 10000
#
# For each size: generates a corpus with ../shared/bench/gen_corpus.py (20 injected broken
# references), converts it to this project's schema (bench/convert_corpus.py), then times, with
# ../shared/bench/measure.py (wall seconds, peak memory; quote the medians):
#   - `handbook.jar check` of the handbook with its broken references, and scores the report
#     against EXPECTED_BROKEN.tsv (every injected error found at its file and line, nothing else);
#   - `handbook.jar build` of the same handbook with the broken references mended;
#   - `hugo` on the corpus's Hugo copy, when hugo is installed, in the same run for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=../shared/bench
WORK=${WORK:-/tmp/handbook-bench}
RUNS=${RUNS:-3}
JAR=target/handbook.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
mkdir -p "$WORK"
for pages in "${@:-1000 10000}"; do
  for n in $pages; do
    corpus=$WORK/corpus-$n; handbook=$WORK/handbook-$n; clean=$WORK/clean-$n
    if [ ! -d "$corpus" ]; then
      python3 $BENCH/gen_corpus.py --pages "$n" --facts 200 --out "$corpus" --seed 1 --broken 20 >/dev/null
    fi
    python3 bench/convert_corpus.py "$corpus" "$handbook"
    echo "== $n pages"
    java -jar $JAR check --source "$handbook" 2> "$WORK/report-$n.txt" || true
    python3 - "$corpus/EXPECTED_BROKEN.tsv" "$WORK/report-$n.txt" <<'PY'
import csv, re, sys
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
    python3 $BENCH/measure.py -n "$RUNS" --warmup 1 --label "check $n (broken refs)" -- java -jar $JAR check --source "$handbook"
    # the same handbook with the injected references mended, so the build publishes
    rm -rf "$clean"; cp -r "$handbook" "$clean"
    python3 - "$corpus/EXPECTED_BROKEN.tsv" "$clean" <<'PY'
import csv, os, sys
for e in csv.DictReader(open(sys.argv[1]), delimiter='\t'):
    path = os.path.join(sys.argv[2], 'content', e['source_md'])
    lines = open(path, encoding='utf-8').read().split('\n')
    i = int(e['line']) - 1
    target = e['target_md']
    lines[i] = lines[i].replace('(' + target + ')', '(#)')
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))
PY
    java -jar $JAR check --source "$clean" 2>&1 | tail -1
    python3 $BENCH/measure.py -n "$RUNS" --warmup 1 --label "build $n" -- java -jar $JAR build --source "$clean" --out "$WORK/site-$n"
    if command -v hugo >/dev/null 2>&1 && [ -d "$corpus/hugo" ]; then
      python3 $BENCH/measure.py -n "$RUNS" --warmup 1 --label "hugo $n" -- hugo --quiet -s "$corpus/hugo" -d "$WORK/hugo-$n"
    fi
  done
done
