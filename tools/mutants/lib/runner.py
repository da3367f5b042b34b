# SPDX-License-Identifier: GPL-2.0
"""Running hmcheck on a unit, as hmcheck-tree --kbuild-args does: the
recorded arguments as they are, from the tree root; for a mutant, the same
arguments with the source replaced by a hidden file next to it (so that
`#include "local.h"` still resolves), removed afterwards whatever happens."""
import collections
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time

import sites

ERROR = re.compile(r"^(.*?):(\d+):(\d+): (?:fatal )?error: (.*)$")

_lock = threading.Lock()
_temporaries = set()
_children = set()
_serial = itertools.count(1)
_stopping = threading.Event()


class Unit:
	def __init__(self, args_file, argv):
		self.args_file = args_file
		self.argv = argv
		self.source = argv[-1]
		self.sites = []
		self.failure = None
		self.baseline = collections.Counter()
		self.baseline_errors = set()
		self.baseline_seconds = 0.0


class Progress:
	"""`mutants: N/M` on stderr every few percent: a whole tree takes a while."""
	def __init__(self, total, quiet):
		self.total, self.done, self.quiet = total, 0, quiet
		self.every = max(1, total // 20)

	def step(self, _):
		with _lock:
			self.done += 1
			if not self.quiet and (self.done % self.every == 0 or self.done == self.total):
				print(f"kernel-mutants: {self.done}/{self.total} mutants checked",
				      file=sys.stderr, flush=True)


def default_hmcheck():
	here = os.path.dirname(os.path.realpath(__file__))
	built = os.path.join(here, "..", "..", "..", "build", "checker", "hmcheck")
	return shutil.which("hmcheck") or os.path.normpath(built)


def load_units(args_dir):
	units = []
	for name in sorted(os.listdir(args_dir)):
		if name.startswith("."):
			continue
		path = os.path.join(args_dir, name)
		with open(path) as f:
			argv = [line.rstrip("\r\n") for line in f if line.rstrip("\r\n")]
		if not argv or argv[-1].startswith("-"):
			raise SystemExit(f"kernel-mutants: {path}: no source file on its last line")
		units.append(Unit(path, argv))
	return units


def read_lines(tree, source):
	with open(os.path.join(tree, source), encoding="utf-8", errors="surrogateescape") as f:
		return f.read().split("\n")


def interrupt():
	raise KeyboardInterrupt


def clean_up():
	"""Stop what still runs and remove every mutant written."""
	with _lock:
		_stopping.set()
		for child in list(_children):
			if child.poll() is None:
				child.kill()
		for path in list(_temporaries):
			try:
				os.unlink(path)
			except FileNotFoundError:
				pass
		_temporaries.clear()


def run_hmcheck(options, unit, source, extra):
	"""(exit code or 'timeout', stdout, stderr, seconds)."""
	command = [options.hmcheck] + options.hmcheck_arg + extra + unit.argv[:-1] + [source]
	start = time.monotonic()
	# Started and registered under the lock clean_up() holds while it
	# stops: a child started after it looked would hang on past the exit.
	with _lock:
		if _stopping.is_set():
			raise KeyboardInterrupt
		child = subprocess.Popen(command, cwd=options.tree, stdout=subprocess.PIPE,
					 stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
					 text=True, errors="replace")
		_children.add(child)
	try:
		out, err = child.communicate(timeout=options.timeout)
		code = child.returncode
	except subprocess.TimeoutExpired:
		child.kill()
		out, err = child.communicate()
		code = "timeout"
	finally:
		with _lock:
			_children.discard(child)
	return code, out, err, time.monotonic() - start


def findings_of(stdout):
	found = collections.Counter()
	for line in stdout.splitlines():
		if not line.startswith("{"):
			continue
		item = json.loads(line)
		found[(item.get("rule"), item.get("file"), item.get("function"),
		       item.get("line"), item.get("message"))] += 1
	return found


def errors_of(stderr, source):
	"""clang's errors in the unit's own file: a mutant that adds one does not compile."""
	errors = set()
	for line in stderr.splitlines():
		match = ERROR.match(line)
		if match and match.group(1).endswith(source):
			errors.add((int(match.group(2)), match.group(4)))
	return errors


def failure_of(code):
	if code == "timeout":
		return "timeout"
	if code < 0:
		return f"killed by signal {-code}"
	return f"exit {code}" if code != 0 else None


def dump_sites(options, unit):
	code, out, err, _ = run_hmcheck(options, unit, unit.source, ["--dump-ir"])
	failure = failure_of(code)
	if failure:
		return [], f"{unit.source}: hmcheck --dump-ir: {failure}: {last_line(err)}"
	return sites.parse_dump(out, unit.source), None


def run_baseline(options, unit):
	code, out, err, seconds = run_hmcheck(options, unit, unit.source, ["--format=json"])
	unit.baseline_seconds = seconds
	failure = failure_of(code)
	if failure:
		unit.failure = f"{unit.source}: hmcheck: {failure}: {last_line(err)}"
		return
	unit.baseline = findings_of(out)
	unit.baseline_errors = errors_of(err, unit.source)


def last_line(text):
	lines = [line for line in text.splitlines() if line.strip()]
	return lines[-1] if lines else ""


def temporary_name(source):
	directory, base = os.path.split(source)
	stem = base[:-2] if base.endswith(".c") else base
	return os.path.join(directory, f".{stem}.hmmut{os.getpid()}-{next(_serial)}.c")


def write_mutant(options, mutant, name):
	lines = read_lines(options.tree, mutant.unit.source)
	for number, text in mutant.replacement.items():
		lines[number - 1] = text
	path = os.path.join(options.tree, name)
	with _lock:	# not after clean_up() has looked (run_hmcheck())
		if _stopping.is_set():
			raise KeyboardInterrupt
		_temporaries.add(path)
		with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
			f.write("\n".join(lines))
	return path


def restore_name(text, name, source):
	text = text.replace(name, source)
	return text.replace(os.path.basename(name), os.path.basename(source))


def run_mutant(options, mutant):
	unit = mutant.unit
	if unit.failure:
		mutant.outcome = "not-run"
		return
	name = temporary_name(unit.source)
	path = write_mutant(options, mutant, name)
	try:
		code, out, err, mutant.seconds = run_hmcheck(options, unit, name, ["--format=json"])
	finally:
		with _lock:
			if path in _temporaries:
				os.unlink(path)
			_temporaries.discard(path)
	out, err = (restore_name(text, name, unit.source) for text in (out, err))
	mutant.judge(failure_of(code), findings_of(out), errors_of(err, unit.source), last_line(err))
