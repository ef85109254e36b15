#!/usr/bin/env python3
"""Times several commands in one run, interleaved, and prints medians and ratios (stdlib only).

    interleave.py -n RUNS [--warmup W] --label LABEL --base NAME -- NAME=COMMAND NAME=COMMAND ...

Each round runs every command once, in turn, so a busy machine slows all of them alike. Each
command is timed with run_once() of ../shared/bench/measure.py (wall, user+system cpu, peak RSS
of the process tree, exit code). Prints one line per command with the medians, then each command's
ratio to the --base command (wall, cpu, peak). Commands are split on spaces (no shell).
"""
import argparse
import os
import statistics
import sys


def load_measure():
    here = os.path.dirname(os.path.abspath(__file__))
    for bench in (os.environ.get('BENCH', ''), os.path.join(here, '../../shared/bench'),
                  os.path.join(here, '../../../shared/bench')):
        if bench and os.path.exists(os.path.join(bench, 'measure.py')):
            sys.path.insert(0, bench)
            import measure
            return measure
    sys.exit('measure.py not found: set BENCH to the folder of ../shared/bench')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('-n', '--runs', type=int, default=5)
    ap.add_argument('--warmup', type=int, default=1)
    ap.add_argument('--label', default='')
    ap.add_argument('--base', default=None, help='the command the ratios divide by')
    ap.add_argument('commands', nargs=argparse.REMAINDER)
    a = ap.parse_args()
    specs = a.commands[1:] if a.commands and a.commands[0] == '--' else a.commands
    commands = [(s.split('=', 1)[0], s.split('=', 1)[1].split()) for s in specs]
    measure = load_measure()
    for _ in range(a.warmup):
        for _, cmd in commands:
            measure.run_once(cmd)
    results = {name: [] for name, _ in commands}
    for _ in range(a.runs):
        for name, cmd in commands:
            results[name].append(measure.run_once(cmd))
    medians = {}
    for name, _ in commands:
        runs = results[name]
        wall = statistics.median(r[0] for r in runs)
        peak = statistics.median(r[1] for r in runs)
        cpu = statistics.median(r[3] for r in runs)
        codes = sorted(set(r[2] for r in runs))
        medians[name] = (wall, cpu, peak)
        print('%-28s %-10s wall %7.2f s  cpu %7.2f s  peak %7.0f MiB  (min wall %.2f, max %.2f, n=%d, exit %s)'
              % (a.label, name, wall, cpu, peak, min(r[0] for r in runs), max(r[0] for r in runs),
                 len(runs), codes))
    if a.base in medians:
        b = medians[a.base]
        for name, m in medians.items():
            if name != a.base:
                print('%-28s %-10s / %s: wall %.2fx  cpu %.2fx  peak %.2fx'
                      % (a.label, name, a.base, m[0] / b[0], m[1] / b[1], m[2] / b[2]))
    sys.stdout.flush()


if __name__ == '__main__':
    main()
