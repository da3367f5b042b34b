#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""check_output.py - check hmcheck's machine-readable output field by field.

    check_output.py KIND FILE

KIND names what FILE holds: probe-json, probe-sarif, probe-github (the hand
made reports of format_probe.c), two-bugs-json, two-bugs-sarif (hmcheck on
data/two_bugs.c).  Exits 1 with one line per failed check.
"""
import json
import re
import sys

failures = []

PROBE_MESSAGE = '100% "quoted" back\\slash\nsecond line\r\ttab \x01 end'
HEX16 = re.compile(r'^[0-9a-f]{16}$')


def expect(what, got, want):
    if got != want:
        failures.append(f'{what}: got {got!r}, want {want!r}')


def expect_true(what, cond):
    if not cond:
        failures.append(what)


def json_lines(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def check_probe_json(path):
    lines = json_lines(path)
    expect('number of findings', len(lines), 2)
    first, second = lines[0], lines[1]
    expect('keys', sorted(first), sorted(['rule', 'file', 'line', 'col', 'message',
                                         'function', 'notes', 'fingerprint']))
    expect('rule', first['rule'], 'order')
    expect('file', first['file'], 'dir,x/a:b.c')
    expect('line', first['line'], 7)
    expect('col', first['col'], 3)
    expect('message', first['message'], PROBE_MESSAGE)
    expect('function', first['function'], 'probe_function')
    expect('notes', len(first['notes']), 2)
    expect('note 0', first['notes'][0], {'file': 'dir,x/a:b.c', 'line': 5, 'col': 9,
                                         'message': 'mapped here: a, b%'})
    expect('note 1 takes the report place', first['notes'][1]['line'], 7)
    expect_true('fingerprint is 16 hex digits', HEX16.match(first['fingerprint']))
    expect('second rule', second['rule'], 'leak')
    expect('second notes', second['notes'], [])
    expect_true('fingerprints differ', first['fingerprint'] != second['fingerprint'])


def check_rules(driver):
    expect('driver name', driver['name'], 'hmcheck')
    expect_true('driver version', re.match(r'^\d+\.\d+\.\d+$', driver['version']))
    ids = [rule['id'] for rule in driver['rules']]
    expect_true('rules include order and leak', 'order' in ids and 'leak' in ids)
    for rule in driver['rules']:
        for field in ('shortDescription', 'fullDescription', 'help'):
            expect_true(f'rule {rule["id"]}: {field} text',
                        rule.get(field, {}).get('text'))
    return ids


def location(loc):
    physical = loc['physicalLocation']
    region = physical.get('region', {})
    return (physical['artifactLocation']['uri'], region.get('startLine'),
            region.get('startColumn'))


def check_result_shape(result, ids):
    expect_true('ruleId is a rule', result['ruleId'] in ids)
    expect('ruleIndex', ids[result['ruleIndex']], result['ruleId'])
    expect('level', result['level'], 'warning')
    expect_true('message text', result['message']['text'])
    expect('one location', len(result['locations']), 1)
    uri = location(result['locations'][0])[0]
    expect_true(f'uri {uri} is relative', not uri.startswith('/') and '://' not in uri)
    expect_true('partialFingerprints',
                HEX16.match(result['partialFingerprints']['hmcheck/v1']))


def flow_locations(result):
    flows = result['codeFlows'][0]['threadFlows'][0]['locations']
    return [location(step['location']) for step in flows]


def sarif_run(path):
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    expect('version', doc['version'], '2.1.0')
    expect_true('$schema', 'sarif' in doc['$schema'])
    expect('one run', len(doc['runs']), 1)
    return doc['runs'][0]


def check_probe_sarif(path):
    run = sarif_run(path)
    ids = check_rules(run['tool']['driver'])
    results = run['results']
    expect('results', len(results), 2)
    first = results[0]
    check_result_shape(first, ids)
    expect('message', first['message']['text'], PROBE_MESSAGE)
    expect('location', location(first['locations'][0]), ('dir%2Cx/a:b.c', 7, 3))
    related = [location(r) for r in first['relatedLocations']]
    expect('related', related, [('dir%2Cx/a:b.c', 5, 9), ('dir%2Cx/a:b.c', 7, 3)])
    expect('related message', first['relatedLocations'][0]['message']['text'],
           'mapped here: a, b%')
    expect('code flow', flow_locations(first), related + [('dir%2Cx/a:b.c', 7, 3)])
    expect('no column', location(results[1]['locations'][0]), ('plain.c', 3, None))
    expect_true('no notes, no flow', 'codeFlows' not in results[1])


def check_probe_github(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    expect('lines', lines[-1], '')
    expect('line count', len(lines) - 1, 2)
    expect('first', lines[0],
           '::warning file=dir%2Cx/a%3Ab.c,line=7,col=3,title=hmcheck-order::'
           '100%25 "quoted" back\\slash%0Asecond line%0D\ttab \x01 end'
           '%0Adir,x/a:b.c:5: note: mapped here: a, b%25'
           '%0Anote: a note without a place')
    expect('second', lines[1],
           '::warning file=plain.c,line=3,title=hmcheck-leak::no column, no notes')


TWO_BUGS = 'testsuite/integration/data/two_bugs.c'


def check_two_bugs_json(path):
    lines = json_lines(path)
    got = [(f['rule'], f['line'], f['function']) for f in lines]
    expect('findings', got, [('leak', 8, 'two_bugs_fill'), ('order', 23, 'two_bugs_copy')])
    leak = lines[0]
    expect('leak notes', [(n['line'], n['col']) for n in leak['notes']], [(11, 3), (10, 6)])
    expect_true('file', leak['file'].endswith('two_bugs.c'))


def check_two_bugs_sarif(path):
    run = sarif_run(path)
    ids = check_rules(run['tool']['driver'])
    expect('rules', len(ids), 10)
    results = run['results']
    for result in results:
        check_result_shape(result, ids)
    got = [(r['ruleId'],) + location(r['locations'][0]) for r in results]
    expect('results', got, [('leak', TWO_BUGS, 8, 12), ('order', TWO_BUGS, 23, 2)])
    expect('order related', [location(r) for r in results[1]['relatedLocations']],
           [(TWO_BUGS, 19, 12), (TWO_BUGS, 20, 12)])
    expect('order flow', flow_locations(results[1]),
           [(TWO_BUGS, 19, 12), (TWO_BUGS, 20, 12), (TWO_BUGS, 23, 2)])
    expect_true('base id', run['originalUriBaseIds']['SRCROOT']['uri'].startswith('file:///'))


CHECKS = {
    'probe-json': check_probe_json, 'probe-sarif': check_probe_sarif,
    'probe-github': check_probe_github, 'two-bugs-json': check_two_bugs_json,
    'two-bugs-sarif': check_two_bugs_sarif,
}

if __name__ == '__main__':
    try:
        CHECKS[sys.argv[1]](sys.argv[2])
    except (KeyError, IndexError, TypeError, ValueError) as e:
        failures.append(f'malformed output: {type(e).__name__}: {e}')
    for failure in failures:
        print(f'{sys.argv[1]}: {failure}')
    sys.exit(1 if failures else 0)
