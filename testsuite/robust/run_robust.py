# SPDX-License-Identifier: GPL-2.0
"""
run_robust.py - make the hostile corpus (mutants.py) and run hmcheck on each
input, with a time limit:

    python3 run_robust.py --hmcheck HMCHECK --source TOP --out DIR
                          [--timeout SECONDS] [--jobs N] [--only NAME]

hmcheck must never crash, hang, or trip a sanitizer, whatever it is given;
it exits with a status its man page documents (0, 1, 2), and when an input
cannot be used it says so in one line that names the input.
"""
import argparse
import concurrent.futures
import json
import os
import re
import signal
import subprocess
import sys
import time

sys.dont_write_bytecode = True    # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mutants  # noqa: E402

DOCUMENTED = (0, 1, 2)
SANITIZER_EXIT = 86
SANITIZER_TEXT = re.compile(r"Sanitizer|runtime error:|LeakSanitizer|==\d+==ERROR")

# Mutants that show a bug in code being rewritten now, kept out until fixed
# (see the report of the session that added them).
EXCLUDED = ()


def environment():
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = "detect_leaks=1:exitcode=%d:allow_user_segv_handler=1" % SANITIZER_EXIT
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=%d" % SANITIZER_EXIT
    env["LSAN_OPTIONS"] = "exitcode=%d" % SANITIZER_EXIT
    env["XDG_CACHE_HOME"] = os.path.join(env.get("ROBUST_OUT", "/tmp"), "cache")
    return env


def run_one(hmcheck, entry, timeout, env):
    start = time.monotonic()
    stdout = open(entry["stdout"], "wb") if "stdout" in entry else subprocess.PIPE
    try:
        done = subprocess.run([hmcheck] + entry["args"], stdin=subprocess.DEVNULL,
                              stdout=stdout, stderr=subprocess.PIPE,
                              timeout=timeout, env=env, start_new_session=True)
    except subprocess.TimeoutExpired:
        return entry, None, "", "timed out after %g s" % timeout
    finally:
        if stdout != subprocess.PIPE:
            stdout.close()
    stderr = done.stderr.decode("utf-8", "replace")
    wrong = bad_json(entry, done.stdout or b"")
    if wrong:
        stderr += "\n" + wrong
    return entry, done.returncode, stderr, "%.2f s" % (time.monotonic() - start)


def bad_json(entry, stdout):
    """--format=json prints JSON lines, sarif one document: never less."""
    if "stdout" in entry:
        return None
    try:
        if "--format=json" in entry["args"]:
            for line in stdout.decode("utf-8").splitlines():
                json.loads(line)
        elif "--format=sarif" in entry["args"]:
            json.loads(stdout.decode("utf-8"))
    except ValueError as e:
        return "INVALID JSON on stdout: %s" % e
    return None


def one_line_naming(stderr, names):
    lines = stderr.splitlines()
    if len(lines) != 1:
        return "stderr has %d lines, want one naming the input" % len(lines)
    if not any(name in lines[0] for name in names):
        return "the error does not name %s" % " or ".join(names)
    return None


def judge_rules(entry, status, stderr):
    if status == 0 and not entry.get("fail"):
        return None
    if status != 2:
        return "exit status %d, want 2 for a malformed rules file" % status
    lines = stderr.splitlines()
    pattern = re.escape(entry["path"]) + r":\d+: \S"
    if len(lines) != 1 or not re.match(pattern, lines[0]):
        return "want one line '%s:LINE: what', got %d lines" % (entry["path"], len(lines))
    return None


def judge_named(entry, status, stderr, names):
    if entry.get("quiet") and (status != 0 or stderr.strip()):
        return "exit status %d and %d lines on stderr, want 0 and none" % (
            status, len(stderr.splitlines()))
    if status == 0 and not entry.get("fail"):
        return None
    if status != 2:
        return "exit status %d, want 2" % status
    return one_line_naming(stderr, names)


def judge(entry, status, stderr):
    """None when the run is as expected, else what is wrong."""
    if status is None:
        return "hung"
    if status < 0:
        return "killed by %s" % signal.Signals(-status).name
    if SANITIZER_TEXT.search(stderr) or status == SANITIZER_EXIT:
        return "sanitizer report"
    if "INVALID JSON on stdout" in stderr:
        return "invalid JSON on stdout"
    if status not in DOCUMENTED:
        return "exit status %d, not one the man page documents" % status
    expect = entry["expect"]
    if expect == "c":
        if status == 2 and entry["args"][0] not in stderr:
            return "exit status 2 and no message names the file"
        return None
    if expect == "not-c":
        if status != 2:
            return "exit status %d, want 2 for an input that is not C" % status
        return one_line_naming(stderr, [entry["names"]])
    if expect == "rules":
        return judge_rules(entry, status, stderr)
    if expect == "db":
        return judge_named(entry, status, stderr, [entry["path"]])
    if expect in ("compdb", "named"):
        return judge_named(entry, status, stderr, entry["names"])
    return "unknown expectation " + expect


def root_reads_anything(entry):
    try:
        with open(entry["args"][0], "rb"):
            return True
    except OSError:
        return False


def runnable(entries, only):
    for entry in entries:
        if only and only not in entry["name"]:
            continue
        if entry.get("unreadable") and root_reads_anything(entry):
            print("skipped %s: this user reads a file of mode 000 (root)" % entry["name"])
            continue
        yield entry


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hmcheck", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--per-file", type=int, default=2)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    hmcheck = os.path.abspath(args.hmcheck)
    out = os.path.abspath(args.out)
    entries = mutants.generate(os.path.abspath(args.source), out, hmcheck,
                               args.seed, args.per_file, EXCLUDED)
    os.environ["ROBUST_OUT"] = out
    env = environment()
    failures = 0
    total = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        runs = [pool.submit(run_one, hmcheck, e, args.timeout, env)
                for e in runnable(entries, args.only)]
        for future in runs:
            entry, status, stderr, took = future.result()
            total += 1
            wrong = judge(entry, status, stderr)
            if wrong:
                failures += 1
                print("FAIL %s: %s (%s)\n  hmcheck %s\n%s" % (
                    entry["name"], wrong, took, " ".join(entry["args"]),
                    "".join("  | " + l + "\n" for l in stderr.splitlines()[:30])))
    print("%d of %d inputs failed" % (failures, total))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
