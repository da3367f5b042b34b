# SPDX-License-Identifier: GPL-2.0
"""The mapping calls hmcheck saw, from its --dump-ir output: a line
`function NAME ... at FILE:LINE:COL` opens a function, and each call is
`\tLINE:COL call [DEST = ]CALLEE(ARGS)[ FLAG...]`, the flags naming the
macro the call was written as (`macro kunmap_local`).  Only what the
compiler front end really parsed is listed: no macro bodies, no
#if-disabled code, no comments or strings."""
import re

# The mapping API the mutants are written with, by family.
MAPS = {
	"kmap_local_page": "local", "kmap_local_folio": "local",
	"kmap_local_page_prot": "local", "kmap_local_pfn": "local",
	"kmap_atomic": "atomic", "kmap_atomic_prot": "atomic",
	"kmap_atomic_pfn": "atomic", "kmap": "pkmap",
}
UNMAPS = {"kunmap_local": "local", "kunmap_atomic": "atomic", "kunmap": "pkmap"}

FUNCTION = re.compile(r"^function (\S+) .*\bat (.*):(\d+):(\d+)$")
CALL = re.compile(r"^\t(\d+):(\d+) call (?:\S+ = )?([A-Za-z_]\w*)\(.*\)((?: [\w.-]+)*)$")


class Site:
	def __init__(self, line, column, function, api):
		self.line = line
		self.column = column
		self.function = function
		self.api = api
		self.role = "map" if api in MAPS else "unmap"
		self.family = MAPS.get(api) or UNMAPS.get(api)


def api_of(callee, flags):
	words = flags.split()
	macro = words[words.index("macro") + 1] if "macro" in words[:-1] else None
	for name in (macro, callee):
		if name in MAPS or name in UNMAPS:
			return name
	return None


def parse_dump(text, source):
	found = []
	function = None
	for line in text.splitlines():
		match = FUNCTION.match(line)
		if match:
			function = match.group(1) if match.group(2).endswith(source) else None
			continue
		match = CALL.match(line)
		if not match or function is None:
			continue
		api = api_of(match.group(3), match.group(4))
		if api:
			found.append(Site(int(match.group(1)), int(match.group(2)), function, api))
	return found
