#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went, by handbook method (inclusive) and by the first
handbook frame on the stack (roughly: self time of our code plus the library calls it makes).

    jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr | python3 bench/jfr_breakdown.py [TOP]
Stdlib only.
"""
import collections
import re
import sys


def main(text, top):
    inclusive, first, threads, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for sample in text.split('jdk.ExecutionSample {')[1:]:
        stack = re.search(r'stackTrace = \[(.*?)\n\s*\]', sample, re.S)
        if not stack:
            continue
        frames = [re.sub(r'\s+line:.*', '', f.strip()) for f in stack.group(1).strip().split('\n')]
        frames = [f for f in frames if f and f != '...']
        thread = re.search(r'sampledThread = "([^"]*)"', sample)
        threads[re.sub(r'\d+', 'N', thread.group(1) if thread else '?')] += 1
        total += 1
        ours = [f for f in frames if f.startswith('com.sparkfabrik.')]
        for f in set(ours):
            inclusive[f] += 1
        first[ours[0] if ours else '(no handbook frame) ' + (frames[0] if frames else '?')] += 1
    print('%d samples; threads: %s' % (total, ', '.join('%s %d' % t for t in threads.most_common(4))))
    for title, counter in (('inclusive', inclusive), ('first handbook frame', first)):
        print('-- %s' % title)
        for frame, n in counter.most_common(top):
            print('%6d %5.1f%%  %s' % (n, 100.0 * n / max(total, 1), frame))


if __name__ == '__main__':
    main(sys.stdin.read(), int(sys.argv[1]) if len(sys.argv) > 1 else 25)
