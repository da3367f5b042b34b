#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Run run_analysis on one input and compare its reports with the input's
expectations: `/* expect: RULE[, RULE] */` on the line where a report must
appear.  Lines without an expectation must get no report.  Prints the
differences and exits 1 when there are any.

usage: check_expect.py DRIVER INPUT [driver options...] [-- clang args...]
"""
import re
import subprocess
import sys

EXPECT = re.compile(r"expect(?:-static)?:\s*([a-z][a-z, -]*?)\s*(?:--.*?)?\*/")
REPORT = re.compile(r"^(.*?):(\d+):(\d+): warning: .* \[hmcheck-([a-z-]+)\]$")


def expectations(path):
    wanted = set()
    with open(path) as f:
        for number, line in enumerate(f, 1):
            for match in EXPECT.finditer(line):
                for rule in match.group(1).split(","):
                    if rule.strip():
                        wanted.add((number, rule.strip()))
    return wanted


def main():
    driver, path = sys.argv[1], sys.argv[2]
    rest = sys.argv[3:]
    options, clang = (rest, [])
    if "--" in rest:
        cut = rest.index("--")
        options, clang = rest[:cut], rest[cut + 1:]
    run = subprocess.run([driver] + options + [path] + clang,
                         capture_output=True, text=True, timeout=120)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    if run.returncode != 0:
        print(f"{path}: run_analysis exited with {run.returncode}")
        return 1
    got = set()
    for line in run.stdout.splitlines():
        match = REPORT.match(line)
        if match and match.group(1).endswith(path.split("/")[-1]):
            got.add((int(match.group(2)), match.group(4)))
    wanted = expectations(path)
    for line, rule in sorted(wanted - got):
        print(f"{path}:{line}: expected a '{rule}' report, got none")
    for line, rule in sorted(got - wanted):
        print(f"{path}:{line}: unexpected '{rule}' report")
    return 1 if wanted != got else 0


if __name__ == "__main__":
    sys.exit(main())
