# SPDX-License-Identifier: GPL-2.0
"""The mutants: each ONE mapping bug written into one line (or two
adjacent lines swapped), every other line left where it was, so that
findings of the mutant and of the unmodified file compare by line.

A site is mutated only when hmcheck's --dump-ir saw exactly one mapping
call on that line and the line is that call's whole statement (a careful
pattern below); a statement that may be the body of an unbraced if, for,
while or else (the line before it does not end a statement or a block) is
only ever replaced by one statement: a `;` or a `{ ... }` block."""
import re

from sites import MAPS, UNMAPS


class Kind:
	def __init__(self, name, rules, control=False):
		self.name = name
		self.rules = frozenset(rules)	# a new finding of one of these detects it
		self.control = control		# a report is a false alarm: nothing is wrong


# The rules each kind's bug may rightly be reported as (README.md says why).
KIND_LIST = [
	Kind("leak", ["leak", "order", "depth"]),
	Kind("sleep", ["sleep-in-atomic"]),
	Kind("sleep-local", ["sleep-in-atomic"], control=True),
	Kind("double", ["unbalanced", "use-after-unmap"]),
	Kind("uaf", ["use-after-unmap"]),
	Kind("order", ["order"]),
]
KINDS = {kind.name: kind for kind in KIND_LIST}

UNMAP_STATEMENT = re.compile(
	r"^(\s*)((kunmap_local|kunmap_atomic|kunmap)\s*\((.*)\)\s*;)\s*(/\*.*\*/|//.*)?\s*$")
CODE_THEN_COMMENT = re.compile(r"^(\s*)(.*?;)\s*(/\*.*\*/|//.*)?\s*$")
IDENTIFIER = re.compile(r"^[A-Za-z_]\w*$")
NOT_A_SIMPLE_STATEMENT = re.compile(r"^(return|if|for|while|else|case|do|switch|goto)\b")


class Mutant:
	def __init__(self, unit, kind, site, replacement, text):
		self.unit = unit
		self.kind = KINDS[kind]
		self.line = site.line
		self.function = site.function
		self.replacement = replacement	# line number -> new text
		self.text = text		# the mutated text, for the list of misses
		self.outcome = "not-run"
		self.detail = ""
		self.new_findings = []
		self.seconds = 0.0

	def judge(self, failure, findings, errors, last_error):
		new = findings - self.unit.baseline
		self.new_findings = [dict(zip(("rule", "file", "function", "line", "message"), key))
				     for key in sorted(new, key=str)]
		if failure:
			self.outcome, self.detail = "hmcheck-failure", f"{failure}: {last_error}"
		elif errors - self.unit.baseline_errors:
			self.outcome = "invalid"
			self.detail = "does not compile: %s" % sorted(errors - self.unit.baseline_errors)[0][1]
		elif self.expected_findings():
			self.outcome = "reported" if self.kind.control else "detected"
		else:
			self.outcome = "quiet" if self.kind.control else "missed"

	def expected_findings(self):
		return [f for f in self.new_findings if f["rule"] in self.kind.rules]

	def other_findings(self):
		return [f for f in self.new_findings if f["rule"] not in self.kind.rules]


def balanced(text):
	depth = 0
	for char in text:
		depth += {"(": 1, ")": -1}.get(char, 0)
		if depth < 0:
			return False
	return depth == 0


def unmap_statement(text):
	"""(indent, statement, api, argument, comment) of a line that is one unmap call."""
	match = UNMAP_STATEMENT.match(text)
	if not match or ";" in match.group(4) or not balanced(match.group(4)):
		return None
	return match.group(1), match.group(2), match.group(3), match.group(4), match.group(5) or ""


def starts_statement(lines, number):
	"""Whether line NUMBER (1-based) begins a statement of its own: the
	code line before it ends a statement, a block or a label."""
	for text in reversed(lines[:number - 1]):
		code = text.strip()
		if not code or code.startswith(("/*", "*", "//")) or code.endswith("*/"):
			continue
		return code.startswith("#") or code.endswith((";", "{", "}", ":"))
	return False


def sites_by_line(sites):
	lines = {}
	for site in sites:
		lines.setdefault(site.line, []).append(site)
	return lines


def lone_site(by_line, number, role):
	"""The one mapping call hmcheck saw on line NUMBER, if it has that role."""
	found = by_line.get(number, [])
	if len(found) == 1 and found[0].role == role:
		return found[0]
	return None


def unmap_sites(unit, lines, by_line):
	"""(site, indent, statement, api, argument, comment) of each lone unmap statement."""
	for number in sorted(by_line):
		site = lone_site(by_line, number, "unmap")
		parts = unmap_statement(lines[number - 1]) if site else None
		if parts and parts[2] == site.api:
			yield (site,) + parts


def leak_double_uaf(unit, lines, by_line, kinds):
	found = []
	for site, indent, statement, api, argument, comment in unmap_sites(unit, lines, by_line):
		def add(kind, new_text):
			if kind in kinds:
				found.append(Mutant(unit, kind, site, {site.line: indent + new_text + comment},
						    new_text))
		add("leak", ";")
		add("double", f"{{ {statement} {statement} }}")
		if api != "kunmap" and IDENTIFIER.match(argument.strip()):
			add("uaf", f"{{ {statement} (void)*(volatile char *)({argument.strip()}); }}")
	return found


SLEEP_CALL = "might_sleep();"	# kernel-mutants --sleep-call


def sleeps(unit, lines, by_line, kinds):
	"""SLEEP_CALL after a statement that maps: atomic (a bug), local (a control)."""
	found = []
	for number in sorted(by_line):
		site = lone_site(by_line, number, "map")
		kind = {"atomic": "sleep", "local": "sleep-local"}.get(site.family) if site else None
		match = CODE_THEN_COMMENT.match(lines[number - 1]) if kind in kinds else None
		if not match or not starts_statement(lines, number):
			continue
		indent, code, comment = match.group(1), match.group(2), match.group(3) or ""
		if (NOT_A_SIMPLE_STATEMENT.match(code) or "{" in code or "}" in code
				or not balanced(code) or site.api + "(" not in code.replace(" (", "(")):
			continue
		new_text = f"{code} {SLEEP_CALL}"
		found.append(Mutant(unit, kind, site, {number: indent + new_text + (" " + comment if comment else "")},
				    new_text))
	return found


def orders(unit, lines, by_line, kinds):
	"""Two adjacent local/atomic unmap statements of one function, swapped."""
	if "order" not in kinds:
		return []
	statements = {parts[0].line: parts for parts in unmap_sites(unit, lines, by_line)}
	found = []
	for number, first in sorted(statements.items()):
		second = statements.get(number + 1)
		if (not second or first[0].family == "pkmap" or second[0].family == "pkmap"
				or first[0].function != second[0].function
				or first[4].strip() == second[4].strip()
				or not starts_statement(lines, number)):
			continue
		replacement = {number: first[1] + second[2] + first[5],
			       number + 1: second[1] + first[2] + second[5]}
		found.append(Mutant(unit, "order", first[0], replacement,
				    f"{second[2]} / {first[2]} (swapped)"))
	return found


def mutants_of(unit, lines, sites, kinds):
	by_line = sites_by_line(sites)
	found = leak_double_uaf(unit, lines, by_line, kinds)
	found += sleeps(unit, lines, by_line, kinds)
	found += orders(unit, lines, by_line, kinds)
	return sorted(found, key=lambda m: (m.line, m.kind.name))
