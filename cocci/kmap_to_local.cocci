// SPDX-License-Identifier: GPL-2.0
/// kmap() is deprecated where the mapping is used in one function by one
/// thread: it takes a slot of the global pkmap pool (and may sleep waiting
/// for one), where kmap_local_page() takes a slot of the task's own stack.
/// This converts such pairs, changing the unmap's argument from the page
/// (kunmap(page)) to the address (kunmap_local(addr)).  kmap_local_page()
/// mappings must be released in reverse order, which kmap() never needed:
/// a pair is kept when another kmap*() mapping crosses it (mapped inside and
/// released outside, or the other way round), except for two kmap() pairs
/// whose adjacent unmaps can be swapped.  Also kept: a path that leaves the
/// function with the mapping held, the address stored or returned (it would
/// outlive the thread's mapping), the address or page reassigned before the
/// unmap.  Report mode lists what converts and what is kept, with the reason.
///
// Confidence: Moderate
// Copyright: (C) 2026 the hmcheck authors.
// Comments: an address handed to a callee that keeps it, or to another
//  thread, is not seen; hmcheck's escape rule follows it.
// Options: --no-includes --include-headers
// Keywords: kmap, kunmap, kmap_local_page, kunmap_local

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
org_mode = False
seen = set()

def emit(position, message):
	if org_mode:
		coccilib.org.print_todo(position, message)
	else:
		coccilib.report.print_report(position, message)

# One message per kmap() call, the first reason found.
def first_time(position):
	key = (position.file, position.line, position.column)
	if key in seen:
		return False
	seen.add(key)
	return True

@initialize:python depends on org@
@@
org_mode = True

// A path leaves the function with the mapping held, or the page changes
// before kunmap(): not a self-contained pair.
@unpaired exists@
expression page, addr, E;
position m;
@@

addr = kmap@m(page)
... when != kunmap(page)
(
return ...;
|
page = E
)

// The address outlives the pair or stops being the mapping's address.
@escapes exists@
expression page, addr, E, F;
identifier member;
position m, e;
@@

addr = kmap@m(page)
... when != kunmap(page)
(
return@e addr;
|
return@e addr + E;
|
E->member =@e addr
|
E.member =@e addr
|
E->member =@e addr + F
|
E.member =@e addr + F
|
addr =@e E
|
addr +=@e E
|
addr -=@e E
)

// Another mapping of the kmap_local stack, or another kmap(), made before
// the pair and released inside it.
@crossed_before exists@
expression page, addr, page0, addr0;
identifier map =~ "^(kmap_atomic|kmap_local_page|kmap_local_folio)$";
identifier unmap =~ "^(kunmap_atomic|kunmap_local)$";
position m, u;
@@

addr0 = map(page0, ...)
... when != unmap(addr0)
addr = kmap@m(page)
... when != kunmap(page)
unmap@u(addr0);

@crossed_before_kmap exists@
expression page, addr, page0, addr0;
position m, u;
@@

addr0 = kmap(page0)
... when != kunmap(page0)
addr = kmap@m(page)
... when != kunmap(page)
kunmap@u(page0);

// ... or made inside the pair and still held at its unmap.
@crossed_after exists@
expression page, addr, page1, addr1;
identifier map =~ "^(kmap_atomic|kmap_local_page|kmap_local_folio)$";
identifier unmap =~ "^(kunmap_atomic|kunmap_local)$";
position m, u;
@@

addr = kmap@m(page)
... when != kunmap(page)
addr1 = map(page1, ...)
... when != unmap(addr1)
kunmap@u(page);

@crossed_after_kmap exists@
expression page, addr, page1, addr1;
position m, u;
@@

addr = kmap@m(page)
... when != kunmap(page)
addr1 = kmap(page1)
... when != kunmap(page1)
kunmap@u(page);

// Two crossing kmap() pairs whose unmaps are adjacent: convert both and
// swap the unmaps.
@swap depends on patch@
expression page1, page2, addr1, addr2;
position m1 != {unpaired.m, escapes.m, crossed_before.m, crossed_after.m},
	 m2 != {unpaired.m, escapes.m, crossed_before.m, crossed_after.m};
@@

addr1 =
- kmap@m1(page1)
+ kmap_local_page(page1)
... when != kunmap(page1)
addr2 =
- kmap@m2(page2)
+ kmap_local_page(page2)
... when != kunmap(page2)
    when != kunmap(page1)
- kunmap(page1);
- kunmap(page2);
+ kunmap_local(addr2);
+ kunmap_local(addr1);

@convert depends on patch@
expression page, addr;
position m != {unpaired.m, escapes.m, crossed_before.m, crossed_after.m,
		crossed_before_kmap.m, crossed_after_kmap.m};
@@

addr =
- kmap@m(page)
+ kmap_local_page(page)
...
- kunmap(page);
+ kunmap_local(addr);

// Report mode.
@swappable depends on !patch forall@
expression page1, page2, addr1, addr2;
position m1 != {unpaired.m, escapes.m, crossed_before.m, crossed_after.m},
	 m2 != {unpaired.m, escapes.m, crossed_before.m, crossed_after.m};
@@

addr1 = kmap@m1(page1)
... when != kunmap(page1)
addr2 = kmap@m2(page2)
... when != kunmap(page2)
    when != kunmap(page1)
* kunmap(page1);
kunmap(page2);

@convertible depends on !patch forall@
expression page, addr;
position m != {unpaired.m, escapes.m, crossed_before.m, crossed_after.m,
		crossed_before_kmap.m, crossed_after_kmap.m};
@@

addr = kmap@m(page)
...
* kunmap(page);

@script:python depends on report || org@
m1 << swappable.m1;
m2 << swappable.m2;
@@

if first_time(m1[0]):
	first_time(m2[0])
	emit(m1[0], "WARNING: kmap() pair can be kmap_local_page()/kunmap_local(), swapping its unmap with that of the kmap() at line %s" % m2[0].line)

@script:python depends on report || org@
m << convertible.m;
@@

if first_time(m[0]):
	emit(m[0], "WARNING: kmap()/kunmap() can be kmap_local_page()/kunmap_local()")

@script:python depends on report || org@
m << unpaired.m;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap() kept: not released by kunmap() of the same page on every path (a return with it held, or the page pointer changed)")

@script:python depends on report || org@
m << escapes.m;
e << escapes.e;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap() kept: the address is stored, returned or reassigned at line %s" % e[0].line)

@script:python depends on report || org@
m << crossed_before.m;
u << crossed_before.u;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap() kept: a mapping made before it is released inside it (line %s); kmap_local_page() needs reverse order" % u[0].line)

@script:python depends on report || org@
m << crossed_after.m;
u << crossed_after.u;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap() kept: a mapping made inside it is still held at its kunmap() (line %s); kmap_local_page() needs reverse order" % u[0].line)

@script:python depends on report || org@
m << crossed_before_kmap.m;
u << crossed_before_kmap.u;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap() kept: crosses the kmap() released at line %s; kmap_local_page() needs reverse order" % u[0].line)

@script:python depends on report || org@
m << crossed_after_kmap.m;
u << crossed_after_kmap.u;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap() kept: crosses the kmap() still held at its kunmap() (line %s); kmap_local_page() needs reverse order" % u[0].line)
