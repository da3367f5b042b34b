// SPDX-License-Identifier: GPL-2.0
/// kunmap() takes the page that kmap() mapped; kunmap_atomic() and
/// kunmap_local() take the address that kmap_atomic() or kmap_local_page()
/// returned.  kunmap() given an address releases nothing (the pkmap slot
/// leaks, or BUG() in kunmap_high()); kunmap_atomic()/kunmap_local() given
/// a page pops the kmap_local stack with a pointer that is not a mapping.
/// Mixing the families (kunmap() of a kmap_atomic() address, kunmap_local()
/// of a kmap() address) is the same mistake.  Patch mode passes the right
/// argument to the right unmap.
///
// Confidence: High
// Copyright: (C) 2026 the hmcheck authors.
// Comments: only mappings made and released in the same function are seen;
//  hmcheck follows them across calls.
// Options: --no-includes --include-headers
// Keywords: kmap, kunmap, kmap_atomic, kunmap_atomic, kmap_local_page, kunmap_local

virtual patch
virtual context
virtual org
virtual report

// One message, printed as a report line or an org TODO by the mode.
@initialize:python@
@@
org_mode = False

def emit(position, message):
	if org_mode:
		coccilib.org.print_todo(position, message)
	else:
		coccilib.report.print_report(position, message)

@initialize:python depends on org@
@@
org_mode = True

// kunmap() given what kmap() returned: it wants the page.
@pkmap_addr depends on !patch exists@
expression page, addr, E;
position m, p;
@@

addr = kmap@m(page)
... when != page = E
* kunmap@p(addr);

// kunmap_atomic()/kunmap_local() given the page that was mapped.
@local_page depends on !patch exists@
expression page, addr;
identifier map =~ "^(kmap_atomic|kmap_local_page|kmap_local_folio)$";
identifier unmap =~ "^(kunmap_atomic|kunmap_local)$";
position m, p;
@@

addr = map@m(page, ...)
...
* unmap@p(page);

// The same, when the argument is declared a page or folio but the mapping
// was made elsewhere (a helper, another branch).
@typed_page depends on !patch@
struct page *page;
struct folio *folio;
identifier unmap =~ "^(kunmap_atomic|kunmap_local)$";
position p != local_page.p;
@@

(
* unmap@p(page);
|
* unmap@p(folio);
)

// kunmap() of a kmap_atomic()/kmap_local_page() address.
@local_by_kunmap depends on !patch exists@
expression page, addr, E;
identifier map =~ "^(kmap_atomic|kmap_local_page|kmap_local_folio)$";
position m, p;
@@

addr = map@m(page, ...)
... when != addr = E
* kunmap@p(addr);

// kunmap_atomic()/kunmap_local() of a kmap() address.
@pkmap_by_local depends on !patch exists@
expression page, addr, E;
identifier unmap =~ "^(kunmap_atomic|kunmap_local)$";
position m, p;
@@

addr = kmap@m(page)
... when != addr = E
* unmap@p(addr);

@fix_pkmap_addr depends on patch@
expression page, addr, E;
identifier unmap =~ "^(kunmap|kunmap_atomic|kunmap_local)$";
@@

addr = kmap(page)
... when != page = E
- unmap(addr);
+ kunmap(page);

@fix_local_page depends on patch@
expression page, addr, E;
identifier map =~ "^(kmap_atomic|kmap_local_page|kmap_local_folio)$";
identifier unmap =~ "^(kunmap_atomic|kunmap_local)$";
@@

addr = map(page, ...)
... when != addr = E
    when != addr += E
    when != addr -= E
- unmap(page);
+ unmap(addr);

@fix_local_by_kunmap depends on patch@
expression page, addr, E;
@@

addr = kmap_atomic(page)
... when != addr = E
- kunmap(addr);
+ kunmap_atomic(addr);

@fix_local_by_kunmap2 depends on patch@
expression page, addr, E;
identifier map =~ "^(kmap_local_page|kmap_local_folio)$";
@@

addr = map(page, ...)
... when != addr = E
- kunmap(addr);
+ kunmap_local(addr);

@script:python depends on report || org@
p << pkmap_addr.p;
m << pkmap_addr.m;
page << pkmap_addr.page;
addr << pkmap_addr.addr;
@@

msg = "ERROR: kunmap() given the address kmap() returned at line %s; kunmap() takes the page: kunmap(%s)" % (m[0].line, page)
emit(p[0], msg)

@script:python depends on report || org@
p << local_page.p;
m << local_page.m;
map << local_page.map;
unmap << local_page.unmap;
addr << local_page.addr;
@@

msg = "ERROR: %s() given the page that %s() at line %s mapped; it takes the address: %s(%s)" % (unmap, map, m[0].line, unmap, addr)
emit(p[0], msg)

@script:python depends on report || org@
p << typed_page.p;
unmap << typed_page.unmap;
@@

msg = "ERROR: %s() given a page or folio; it takes the address the mapping returned" % unmap
emit(p[0], msg)

@script:python depends on report || org@
p << local_by_kunmap.p;
m << local_by_kunmap.m;
map << local_by_kunmap.map;
addr << local_by_kunmap.addr;
@@

unmap = "kunmap_atomic" if map == "kmap_atomic" else "kunmap_local"
msg = "ERROR: kunmap() given the address %s() returned at line %s; release it with %s(%s)" % (map, m[0].line, unmap, addr)
emit(p[0], msg)

@script:python depends on report || org@
p << pkmap_by_local.p;
m << pkmap_by_local.m;
unmap << pkmap_by_local.unmap;
page << pkmap_by_local.page;
@@

msg = "ERROR: %s() given the address kmap() returned at line %s; release it with kunmap(%s)" % (unmap, m[0].line, page)
emit(p[0], msg)
