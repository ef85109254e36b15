#!/usr/bin/env python3
"""Turns a synthetic corpus of ../shared/bench/gen_corpus.py into a handbook source folder.

The corpus's policy.yaml is a plain tree (section -> key -> value); this writes the project's
schema instead: one fact per leaf key, detailed on a generated page `policy-facts.md` with one
heading per fact, and rewrites `{{ policy.section.key[.sub] }}` in the pages into
`{{ value('section.key') }}`. Stdlib only.
"""
import os
import re
import shutil
import sys

DURATION = re.compile(r'^[1-9][0-9]{0,5}(min|h|d|w)$')


def unquote(v):
    if len(v) >= 2 and v[0] == v[-1] == '"':
        return v[1:-1]
    return v


def parse(text):
    """Parse with list support: a key whose first child starts with '- ' becomes a list."""
    lines = [l for l in text.split('\n') if l.strip() and not l.lstrip().startswith('#')]
    root = {}
    stack = [(-1, root)]
    i = 0
    while i < len(lines):
        raw = lines[i]
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        while stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1]
        if line.startswith('- '):
            parent.append(unquote(line[2:]))
        else:
            key, _, value = line.partition(':')
            value = value.strip()
            if value:
                parent[key] = unquote(value)
            else:
                nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
                child = [] if nxt.startswith('- ') else {}
                parent[key] = child
                stack.append((indent, child))
        i += 1
    return root


def fact_id(section, key):
    return (section + '.' + key).replace('_', '-').lower()


def yaml_string(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'


def main(corpus, out):
    tree = parse(open(os.path.join(corpus, 'policy.yaml'), encoding='utf-8').read())
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(corpus, 'content'), os.path.join(out, 'content'))
    facts = []
    lines = ['policy:', '  id: bench', '  title: Benchmark Handbook', '  owner: owners', '  status: active',
             '  since: 2026-01-01', '  review_by: 2099-12-31', 'contacts:', '  owners:', '    name: Benchmark owners',
             'facts:']
    for section, keys in tree.items():
        for key, value in keys.items():
            fid = fact_id(section, key)
            facts.append(fid)
            lines.append('  %s:' % fid)
            lines.append('    level: info')
            if isinstance(value, list):
                lines.append('    type: list')
                lines.append('    value: [%s]' % ', '.join(yaml_string(v) for v in value))
            elif isinstance(value, dict):
                lines.append('    type: map')
                lines.append('    value:')
                for k, v in value.items():
                    lines.append('      %s: %s' % (k, yaml_string(v)))
            else:
                lines.append('    type: %s' % ('duration' if DURATION.match(value) else 'text'))
                lines.append('    value: %s' % yaml_string(value))
            lines.append('    statement: The value of %s is {value}.' % fid)
            lines.append('    page: policy-facts')
            lines.append('    anchor: %s' % fid.replace('.', ''))
    open(os.path.join(out, 'policy.yaml'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    page = ['---', 'title: Policy facts', 'weight: -1', '---', '']
    for fid in facts:
        page += ['## %s' % fid, '', "{{ fact('%s') }}" % fid, '']
    open(os.path.join(out, 'content', 'policy-facts.md'), 'w', encoding='utf-8').write('\n'.join(page))
    ref = re.compile(r'\{\{\s*policy\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)(?:\.[A-Za-z0-9_]+)?\s*\}\}')
    for dirpath, _, files in os.walk(os.path.join(out, 'content')):
        for name in files:
            if name.endswith('.md') and name != 'policy-facts.md':
                path = os.path.join(dirpath, name)
                text = open(path, encoding='utf-8').read()
                new = ref.sub(lambda m: "{{ value('%s') }}" % fact_id(m.group(1), m.group(2)), text)
                if new != text:
                    open(path, 'w', encoding='utf-8').write(new)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
