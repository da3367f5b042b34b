#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Tests of kernel-mutants over the fake tree tests/tree and its recorded
command lines tests/args, with the real hmcheck (or fake-hmcheck around it).

usage: run_test.py HMCHECK CASE   (CASE: counts, skipped, max, failure, interrupt,
                                 interrupt_worker)
"""
import atexit
import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.realpath(__file__))
TOOL = os.path.join(HERE, "..", "kernel-mutants")
TREE = os.path.join(HERE, "tree")
ARGS = os.path.join(HERE, "args")

# kind: (mutants, detected, missed) over the whole fake tree; for the
# kmap_local control, detected are false alarms and missed the quiet ones.
EXPECTED = {
	"leak": (7, 7, 0), "sleep": (1, 1, 0), "sleep-local": (5, 0, 5),
	"double": (7, 7, 0), "uaf": (6, 6, 0), "order": (1, 1, 0),
}


def fail(message):
	print(f"FAIL: {message}")
	sys.exit(1)


def leftovers():
	return sorted(os.path.join(d, f) for d, _, files in os.walk(TREE)
		      for f in files if ".hmmut" in f)


def run(hmcheck, extra=(), env=None):
	out = tempfile.NamedTemporaryFile(suffix=".json", delete=False).name
	command = [sys.executable, TOOL, "--kbuild-args", ARGS, "--tree", TREE,
		   "--hmcheck", hmcheck, "-j", "2", "-q", "--json", out] + list(extra)
	done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
	print(done.stdout + done.stderr)
	with open(out) as f:
		result = json.load(f)
	os.unlink(out)
	if leftovers():
		fail(f"mutants left in the tree: {leftovers()}")
	return done, result


def tally(result, kind):
	mine = [m for m in result["mutants"] if m["kind"] == kind]
	hits = sum(1 for m in mine if m["outcome"] in ("detected", "reported"))
	quiet = sum(1 for m in mine if m["outcome"] in ("missed", "quiet"))
	return len(mine), hits, quiet


def test_counts(hmcheck):
	done, result = run(hmcheck)
	if done.returncode != 0:
		fail(f"exit {done.returncode}")
	for kind, wanted in EXPECTED.items():
		if tally(result, kind) != wanted:
			fail(f"{kind}: (mutants, detected, missed) {tally(result, kind)}, expected {wanted}")
		if f"{kind:<12} {wanted[0]:7d} {wanted[1]:8d} {wanted[2]:6d}" not in done.stdout:
			fail(f"{kind}: the table does not say {wanted}")


def test_skipped(hmcheck):
	"""Comments, strings, #if 0, a macro body and an unbraced if body stay as they are."""
	_, result = run(hmcheck)
	lines = sorted({(m["line"], m["kind"]) for m in result["mutants"]
			if m["file"] == "fs/simple/skipped.c"})
	wanted = [(15, "sleep-local"), (37, "double"), (37, "leak"), (37, "uaf")]
	if lines != wanted:
		fail(f"skipped.c mutated at {lines}, expected {wanted}")


def test_max(hmcheck):
	"""--max N draws N mutants, the same N for the same --seed."""
	drawn = []
	for _ in range(2):
		_, result = run(hmcheck, ["--max", "5", "--seed", "3"])
		drawn.append([(m["file"], m["line"], m["kind"]) for m in result["mutants"]])
	if len(drawn[0]) != 5 or drawn[0] != drawn[1]:
		fail(f"--max 5 --seed 3 drew {drawn[0]}, then {drawn[1]}")


def test_failure(hmcheck):
	env = dict(os.environ, REAL_HMCHECK=hmcheck, FAKE_MUTANT="fail")
	done, result = run(os.path.join(HERE, "fake-hmcheck"), ["--kinds", "leak"], env)
	outcomes = {m["outcome"] for m in result["mutants"]}
	if done.returncode != 1 or outcomes != {"hmcheck-failure"}:
		fail(f"exit {done.returncode}, outcomes {outcomes}: a failing hmcheck must be reported")
	if "hmcheck failed:" not in done.stdout:
		fail("the failures are not listed")


def interrupt(hmcheck, send):
	env = dict(os.environ, REAL_HMCHECK=hmcheck, FAKE_MUTANT="hang")
	child = subprocess.Popen([sys.executable, TOOL, "--kbuild-args", ARGS, "--tree", TREE,
				  "--hmcheck", os.path.join(HERE, "fake-hmcheck"), "-j", "2"], env=env)
	deadline = time.monotonic() + 60
	while not leftovers() and time.monotonic() < deadline:
		time.sleep(0.05)
	if not leftovers():
		fail("no mutant was ever written")
	send(child.pid)
	try:
		code = child.wait(timeout=30)
	except subprocess.TimeoutExpired:
		child.kill()
		fail("still running 30 s after SIGTERM")
	if code != 130 or leftovers():
		fail(f"after SIGTERM: exit {code}, left {leftovers()}")


def test_interrupt(hmcheck):
	interrupt(hmcheck, lambda pid: os.kill(pid, signal.SIGTERM))


def test_interrupt_worker(hmcheck):
	"""The kernel may hand a process its SIGTERM in any thread that does
	not block it (some sandboxes do not favour the main one): here a
	worker's, while the main thread waits for the runs."""
	def send(pid):
		libc = ctypes.CDLL(None, use_errno=True)
		workers = [int(t) for t in os.listdir(f"/proc/{pid}/task") if int(t) != pid]
		if not workers:
			fail("kernel-mutants runs no worker thread")
		if libc.tgkill(pid, workers[0], signal.SIGTERM) != 0:
			fail(f"tgkill: {os.strerror(ctypes.get_errno())}")
	interrupt(hmcheck, send)


def private_tree():
	"""The tests run at once (ctest -j) and each writes mutants into its
	tree: each gets its own copy, removed at exit."""
	global TREE, ARGS
	work = tempfile.mkdtemp(prefix="mutants-test.")
	atexit.register(shutil.rmtree, work, True)
	TREE = os.path.join(work, "tree")
	ARGS = os.path.join(work, "args")
	shutil.copytree(os.path.join(HERE, "tree"), TREE)
	os.mkdir(ARGS)
	top = os.path.realpath(os.path.join(HERE, "..", "..", ".."))
	for name in os.listdir(os.path.join(HERE, "args")):
		with open(os.path.join(HERE, "args", name)) as f:
			text = f.read()
		# relative to the tree in the source: now the copy's elsewhere
		text = text.replace("../../../../testsuite", os.path.join(top, "testsuite"))
		with open(os.path.join(ARGS, name), "w") as f:
			f.write(text)


def main():
	hmcheck, case = sys.argv[1], sys.argv[2]
	private_tree()
	globals()["test_" + case](os.path.abspath(hmcheck))
	print(f"PASS: {case}")


if __name__ == "__main__":
	main()
