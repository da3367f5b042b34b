# SPDX-License-Identifier: GPL-2.0
"""The table of recall per kind, the list of misses, and --json."""
import json

from mutate import KINDS

HEADER = "%-12s %7s %8s %6s %7s %7s %6s %8s" % (
	"kind", "mutants", "detected", "missed", "recall", "invalid", "failed", "+other")


def count(mutants, outcome):
	return sum(1 for m in mutants if m.outcome == outcome)


def row(name, mutants):
	"""A control's bug is none: its 'detected' are false alarms, no recall."""
	kind = KINDS[name]
	hits = count(mutants, "reported" if kind.control else "detected")
	misses = count(mutants, "quiet" if kind.control else "missed")
	recall = "%5.1f%%" % (hits * 100.0 / (hits + misses)) if hits + misses else "    -"
	others = sum(1 for m in mutants if m.other_findings())
	return "%-12s %7d %8d %6d %7s %7d %6d %8d%s" % (
		name, len(mutants), hits, misses, "    -" if kind.control else recall,
		count(mutants, "invalid"), count(mutants, "hmcheck-failure"), others,
		"   (control: detected = false alarms)" if kind.control else "")


def where(mutant):
	return f"{mutant.unit.source}:{mutant.line}: {mutant.kind.name}: {mutant.text.strip()}"


def print_table(out, kinds, mutants, units, elapsed):
	print(HEADER, file=out)
	for name in kinds:
		print(row(name, [m for m in mutants if m.kind.name == name]), file=out)
	real = [m for m in mutants if not m.kind.control]
	hits, misses = count(real, "detected"), count(real, "missed")
	if hits + misses:
		print("all bugs: %d of %d detected (%.1f%%)" % (hits, hits + misses,
			100.0 * hits / (hits + misses)), file=out)
	print(f"files: {len(units)}, with mutants: {len({m.unit.source for m in mutants})}, "
	      f"{elapsed:.0f} s", file=out)
	print_list(out, "missed", [m for m in mutants if m.outcome == "missed"])
	print_list(out, "control reported (false alarm?)", [m for m in mutants if m.outcome == "reported"])
	print_list(out, "new finding of another rule", [m for m in mutants if m.other_findings()],
		   lambda m: " -> " + ", ".join(sorted({f["rule"] for f in m.other_findings()})))
	print_list(out, "invalid (the mutant does not compile)", [m for m in mutants if m.outcome == "invalid"])
	failures = [m for m in mutants if m.outcome == "hmcheck-failure"]
	print_list(out, "hmcheck failed", failures, lambda m: " -> " + m.detail)
	for unit in units:
		if unit.failure:
			print(f"unit failed: {unit.failure}", file=out)


def print_list(out, title, mutants, extra=lambda m: ""):
	if not mutants:
		return
	print(f"{title}:", file=out)
	for mutant in mutants:
		print("  " + where(mutant) + extra(mutant), file=out)


def as_dict(mutant):
	return {
		"file": mutant.unit.source, "line": mutant.line, "kind": mutant.kind.name,
		"function": mutant.function, "text": mutant.text.strip(),
		"outcome": mutant.outcome, "detail": mutant.detail,
		"expected_rules": sorted(mutant.kind.rules), "new_findings": mutant.new_findings,
		"seconds": round(mutant.seconds, 3),
	}


def write_json(path, options, mutants, units, elapsed):
	result = {
		"tree": options.tree, "kbuild_args": options.kbuild_args, "hmcheck": options.hmcheck,
		"kinds": options.kinds, "max": options.max, "seed": options.seed,
		"seconds": round(elapsed, 1),
		"units": [{"file": u.source, "failure": u.failure,
			   "baseline": [dict(zip(("rule", "file", "function", "line", "message"), k))
					for k in sorted(u.baseline, key=str)]}
			  for u in units],
		"mutants": [as_dict(m) for m in mutants],
	}
	with open(path, "w") as f:
		json.dump(result, f, indent=1)
		f.write("\n")
