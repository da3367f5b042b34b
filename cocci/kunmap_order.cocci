// SPDX-License-Identifier: GPL-2.0
/// kmap_local_page() and kmap_atomic() take slots of a per-task stack:
/// nested mappings must be released in reverse order.  This finds a
/// mapping released while one made after it is still held (two nested
/// mappings unmapped in the order they were mapped).  On a HIGHMEM kernel
/// kunmap_local() then pops the wrong slot: the still-held address is torn
/// down and the released one stays mapped.  Swap the unmaps.
///
// Confidence: High
// Copyright: (C) 2026 the hmcheck authors.
// Comments: both mappings must be made and released in one function;
//  hmcheck's order rule follows them through helpers and branches.
// Options: --no-includes --include-headers
// Keywords: kmap_local_page, kunmap_local, kmap_atomic, kunmap_atomic

virtual context
virtual org
virtual report

@initialize:python@
@@
org_mode = False
report = org = False
found = set()
seen = set()

def key(position):
	return (position.file, position.line, position.column)

# One report per unmap, however many paths lead to it.
def first_time(position):
	if key(position) in seen:
		return False
	seen.add(key(position))
	return True

def emit(position, message):
	if org_mode:
		coccilib.org.print_todo(position, message)
	else:
		coccilib.report.print_report(position, message)

@initialize:python depends on org@
@@
org_mode = org = True

@initialize:python depends on report@
@@
report = True

// A loop that maps into the same variable again is not nesting: the
// script drops address1 == address2 (the second map overwrote the first).
@misordered exists@
expression page1, page2, address1, address2;
identifier map1 =~ "^(kmap_local_page|kmap_local_folio|kmap_local_pfn|kmap_local_page_prot|kmap_atomic|kmap_atomic_prot|kmap_atomic_pfn)$";
identifier map2 =~ "^(kmap_local_page|kmap_local_folio|kmap_local_pfn|kmap_local_page_prot|kmap_atomic|kmap_atomic_prot|kmap_atomic_pfn)$";
identifier unmap1 =~ "^(kunmap_local|kunmap_atomic)$";
position m1, m2, u1;
@@

address1 = map1@m1(page1, ...)
... when != \(kunmap_local\|kunmap_atomic\)(address1)
address2 = map2@m2(page2, ...)
... when != \(kunmap_local\|kunmap_atomic\)(address2)
    when != \(kunmap_local\|kunmap_atomic\)(address1)
unmap1@u1(address1);

@script:python@
m1 << misordered.m1;
m2 << misordered.m2;
u1 << misordered.u1;
unmap1 << misordered.unmap1;
address1 << misordered.address1;
address2 << misordered.address2;
@@

if address1 != address2 and first_time(u1[0]):
	found.add(key(u1[0]))
	if report or org:
		emit(u1[0], "ERROR: %s(%s) releases the mapping of line %s while %s, mapped after it at line %s, is still held: unmap in reverse order" % (unmap1, address1, m1[0].line, address2, m2[0].line))

@depends on context@
identifier unmap;
position u : script:python() { key(u[0]) in found };
@@

* unmap@u(...);
