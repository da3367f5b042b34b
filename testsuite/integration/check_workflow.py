#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""check_workflow.py - check tools/ci/github-workflow.yml without PyYAML.

    check_workflow.py WORKFLOW.yml
    check_workflow.py --script STEP_NAME WORKFLOW.yml   (print a step's run:)

Reads the block-style YAML subset GitHub workflows use (mappings, lists of
mappings, '|' and '>-' block scalars, quoted and plain scalars, comments)
with a small parser that rejects anything else (tabs, flow collections,
anchors, bad indentation), then checks the workflow field by field and its
shell scripts with `sh -n`.  When PyYAML is there, both parsers must agree.
"""
import re
import subprocess
import sys

failures = []


class YamlError(Exception):
    pass


def logical_lines(text):
    """(indent, text, number) of each line that is not blank or a comment."""
    for number, raw in enumerate(text.split('\n'), 1):
        if '\t' in raw[:len(raw) - len(raw.lstrip())]:
            raise YamlError(f'line {number}: a tab in the indentation')
        yield len(raw) - len(raw.lstrip(' ')), raw, number


def scalar(text, number):
    text = re.sub(r'\s+#.*$', '', text).strip()
    if text[:1] in '"\'':
        if len(text) < 2 or text[-1] != text[0]:
            raise YamlError(f'line {number}: unterminated quoted scalar')
        return text[1:-1]
    if text[:1] in '[{&*!|>' or text.startswith('- '):
        raise YamlError(f'line {number}: unsupported YAML: {text!r}')
    return text


class Parser:
    def __init__(self, text):
        self.lines = list(logical_lines(text))
        self.i = 0

    def skip_blank(self):
        while self.i < len(self.lines):
            _, raw, _ = self.lines[self.i]
            if raw.strip() and not raw.strip().startswith('#'):
                return self.lines[self.i]
            self.i += 1
        return None

    def block_scalar(self, style, parent_indent):
        body = []
        while self.i < len(self.lines):
            indent, raw, _ = self.lines[self.i]
            if raw.strip() and indent <= parent_indent:
                break
            body.append(raw)
            self.i += 1
        while body and not body[-1].strip():
            body.pop()
        strip = min(len(b) - len(b.lstrip(' ')) for b in body if b.strip())
        body = [b[strip:] for b in body]
        if style.startswith('>'):
            return ' '.join(b.strip() for b in body)
        return '\n'.join(body) + '\n'

    def value(self, rest, indent, number):
        rest = re.sub(r'\s+#.*$', '', rest).strip()
        if rest in ('|', '|-', '>', '>-'):
            return self.block_scalar(rest, indent)
        if rest:
            return scalar(rest, number)
        line = self.skip_blank()
        if line is None or line[0] <= indent and not line[1].lstrip().startswith('- '):
            return None
        return self.node(line[0])

    def node(self, indent):
        line = self.skip_blank()
        if line[1].lstrip().startswith('- '):
            return self.sequence(indent)
        return self.mapping(indent)

    def mapping(self, indent, first=None):
        result = {}
        while True:
            line = self.skip_blank()
            if line is None or (first is None and line[0] < indent):
                return result
            found, raw, number = line
            text = first if first is not None else raw.strip()
            first = None
            if found != indent and text == raw.strip():
                raise YamlError(f'line {number}: bad indentation')
            match = re.match(r'^([A-Za-z0-9_.$/-]+|"[^"]*"):(\s|$)(.*)$', text)
            if not match:
                return result if text.startswith('- ') else self.fail(number, text)
            key = match.group(1).strip('"')
            if key in result:
                raise YamlError(f'line {number}: key {key!r} twice')
            self.i += 1
            result[key] = self.value(match.group(3), indent, number)

    def sequence(self, indent):
        result = []
        while True:
            line = self.skip_blank()
            if line is None or line[0] != indent or not line[1].lstrip().startswith('- '):
                return result
            item = line[1].lstrip()[2:]
            if re.match(r'^[A-Za-z0-9_.$/-]+:(\s|$)', item):
                result.append(self.mapping(indent + 2, first=item))
            else:
                self.i += 1
                result.append(scalar(item, line[2]))

    @staticmethod
    def fail(number, text):
        raise YamlError(f'line {number}: cannot read {text!r}')


def expect(what, cond):
    if not cond:
        failures.append(what)


def shell_ok(script, name):
    script = re.sub(r'\$\{\{[^}]*\}\}', 'X', script)
    result = subprocess.run(['sh', '-n'], input=script, text=True, capture_output=True)
    expect(f'step {name!r}: sh -n: {result.stderr.strip()}', result.returncode == 0)


def check(workflow):
    on = workflow.get('on') or {}
    expect('runs on pull_request', 'pull_request' in on)
    expect('may upload SARIF', (workflow.get('permissions') or {}).get('security-events') == 'write')
    jobs = workflow.get('jobs') or {}
    expect('one job', len(jobs) == 1)
    steps = next(iter(jobs.values()), {}).get('steps') or []
    uses = [s.get('uses', '') for s in steps]
    checkout = [s for s in steps if s.get('uses', '').startswith('actions/checkout@')]
    expect('checks out with history', checkout and str(checkout[0]['with']['fetch-depth']) == '0')
    runs = [s for s in steps if 'run' in s]
    for step in runs:
        shell_ok(step['run'], step.get('name'))
    script = '\n'.join(s['run'] for s in runs)
    expect('hmcheck writes SARIF', re.search(r'hmcheck --format=sarif --diff \S+', script))
    expect('only the changed files', '--name-only' in script and 'base.sha' in str(steps))
    upload = [s for s in steps if s.get('uses', '').startswith('github/codeql-action/upload-sarif@')]
    expect('uploads SARIF', len(upload) == 1)
    if upload:
        sarif = upload[0]['with']['sarif_file']
        expect(f'uploads the file hmcheck wrote ({sarif})', f'>{sarif}' in script)
        expect('uploads even when a step failed', upload[0].get('if') == 'always()')
        expect('upload comes last', uses.index(upload[0]['uses']) == len(steps) - 1)


def as_text(node):
    """PyYAML's view with every scalar a string, as the small parser reads it."""
    if isinstance(node, dict):
        return {str(k): as_text(v) for k, v in node.items()}
    if isinstance(node, list):
        return [as_text(v) for v in node]
    if isinstance(node, bool):
        return str(node).lower()
    return node if node is None else str(node)


def main(path):
    text = open(path, encoding='utf-8').read()
    try:
        workflow = Parser(text).mapping(0)
    except YamlError as e:
        print(f'{path}: {e}')
        return 1
    check(workflow)
    try:
        import yaml
        other = yaml.safe_load(text)
        other['on'] = other.pop(True, other.get('on'))	# YAML 1.1 reads `on` as true
        expect('PyYAML reads the same', as_text(other) == workflow)
    except ImportError:
        pass
    for failure in failures:
        print(f'{path}: {failure}')
    return 1 if failures else 0


def print_script(name, path):
    workflow = Parser(open(path, encoding='utf-8').read()).mapping(0)
    for job in workflow['jobs'].values():
        for step in job['steps']:
            if step.get('name') == name:
                sys.stdout.write(step['run'])
                return 0
    print(f'{path}: no step {name!r}', file=sys.stderr)
    return 1


if __name__ == '__main__':
    if sys.argv[1] == '--script':
        sys.exit(print_script(sys.argv[2], sys.argv[3]))
    sys.exit(main(sys.argv[1]))
