// SPDX-License-Identifier: GPL-2.0
/// A mapping made only to copy to, copy from or clear part of a page is
/// what memcpy_to_page(), memcpy_from_page(), memcpy_page() and
/// memzero_page() do, with kmap_local_page() and the unmaps in the right
/// order.  This replaces map + memcpy + unmap and map + memset(0) + unmap,
/// where the three statements are adjacent, the map and unmap are of one
/// family with the right argument, and the address is a byte pointer (its
/// offset is the helper's byte offset).  A flush_dcache_page() of the page
/// next to the unmap is dropped with it: memcpy_to_page() and memzero_page()
/// flush.  memcpy_page() also repairs two unmaps made in mapping order.
///
// Confidence: High
// Copyright: (C) 2026 the hmcheck authors.
// Comments: memcpy_to_page() and memzero_page() flush the data cache even
//  where the original did not (a no-op on x86, an extra flush elsewhere);
//  all four helpers VM_BUG_ON() a copy that crosses the page end.
// Options: --no-includes --include-headers
// Keywords: kmap_local_page, kmap_atomic, kmap, memcpy_to_page, memcpy_from_page, memcpy_page, memzero_page

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
import re

org_mode = False
byte_sized_maps = set()
convertible_maps = set()

# Each map call wants its own unmap, given the address or (kunmap) the page.
families = {
	"kmap_local_page": ("kunmap_local", "address"),
	"kmap_atomic": ("kunmap_atomic", "address"),
	"kmap": ("kunmap", "page"),
}

def key(position):
	return (position.file, position.line, position.column)

def paired(map, unmap, argument, address, page):
	family = families.get(map)
	if family is None or family[0] != unmap:
		return False
	return argument == (address if family[1] == "address" else page)

def mentions(expression, name):
	return re.search(r"\b%s\b" % re.escape(name), expression) is not None

def convertible(positions):
	return all(key(position) in convertible_maps for position in positions)

pairs = set()

def is_pair(positions):
	return all(key(position) in pairs for position in positions)

def emit(position, message):
	if org_mode:
		coccilib.org.print_todo(position, message)
	else:
		coccilib.report.print_report(position, message)

@initialize:python depends on org@
@@
org_mode = True

// The address must count bytes, so that "address + offset" is the helper's
// offset; and a declared address must not be used again after the unmap,
// since the declaration goes away with the map.
@declared_used exists@
identifier address;
identifier map =~ "^(kmap_local_page|kmap_atomic|kmap)$";
type T;
expression page;
position p;
@@

T address = map@p(page);
...
(
\(kunmap_local\|kunmap_atomic\)(address);
|
kunmap(page);
)
...
address

@byte_sized@
typedef u8, __u8;
{char *, void *, u8 *, unsigned char *, __u8 *} address;
identifier map =~ "^(kmap_local_page|kmap_atomic|kmap)$";
expression page;
position p != declared_used.p;
@@

address = map@p(page)

@script:python@
p << byte_sized.p;
@@

byte_sized_maps.add(key(p[0]))

@one_mapping@
identifier address;
identifier map =~ "^(kmap_local_page|kmap_atomic|kmap)$";
identifier unmap =~ "^(kunmap_local|kunmap_atomic|kunmap)$";
type T;
expression page, argument, offset, other, length;
position byte_sized.p;
position copy_to, copy_from, clear;
@@

(
T address = map@p(page);
|
address = map@p(page);
)
(
memcpy@copy_to(\(address + offset\|address\), other, length);
|
memcpy@copy_from(other, \(address + offset\|address\), length);
|
memset@clear(\(address + offset\|address\), other, length);
)
(
flush_dcache_page(page);
unmap(argument);
|
unmap(argument);
)

@script:python@
p << byte_sized.p;
map << one_mapping.map;
unmap << one_mapping.unmap;
argument << one_mapping.argument;
address << one_mapping.address;
page << one_mapping.page;
other << one_mapping.other;
length << one_mapping.length;
@@

# The other buffer and the length must not read the mapping: it goes away.
if paired(map, unmap, argument, address, page) and \
   not mentions(other, address) and not mentions(length, address):
	convertible_maps.add(key(p[0]))

// Two mappings, a copy between them (either way), two unmaps in either
// order.
@two_mappings@
identifier first, second;
identifier map1 =~ "^(kmap_local_page|kmap_atomic|kmap)$";
identifier map2 =~ "^(kmap_local_page|kmap_atomic|kmap)$";
identifier unmap1 =~ "^(kunmap_local|kunmap_atomic|kunmap)$";
identifier unmap2 =~ "^(kunmap_local|kunmap_atomic|kunmap)$";
type T1, T2;
expression page1, page2, argument1, argument2, offset1, offset2, length;
position byte_sized.p;
position q;
@@

(
T1 first = map1@p(page1);
|
first = map1@p(page1);
)
(
T2 second = map2@q(page2);
|
second = map2@q(page2);
)
(
memcpy(\(first + offset1\|first\), \(second + offset2\|second\), length);
|
memcpy(\(second + offset2\|second\), \(first + offset1\|first\), length);
)
unmap1(argument1);
unmap2(argument2);

@script:python@
p << byte_sized.p;
q << two_mappings.q;
map1 << two_mappings.map1;
map2 << two_mappings.map2;
unmap1 << two_mappings.unmap1;
unmap2 << two_mappings.unmap2;
argument1 << two_mappings.argument1;
argument2 << two_mappings.argument2;
first << two_mappings.first;
second << two_mappings.second;
page1 << two_mappings.page1;
page2 << two_mappings.page2;
@@

# q must count bytes too; either unmap may come first.
if key(q[0]) in byte_sized_maps and \
   ((paired(map1, unmap1, argument1, first, page1) and
     paired(map2, unmap2, argument2, second, page2)) or
    (paired(map1, unmap2, argument2, first, page1) and
     paired(map2, unmap1, argument1, second, page2))):
	convertible_maps.add(key(p[0]))
	convertible_maps.discard(key(q[0]))	# one memcpy_page(), not a memcpy_from_page()
	pairs.add(key(p[0]))

@copy_page depends on patch@
identifier first, second, map1, map2, unmap1, unmap2;
type T1, T2;
expression page1, page2, argument1, argument2, offset1, offset2, length;
position p : script:python() { convertible(p) and is_pair(p) };
@@

(
- T1 first = map1@p(page1);
|
- first = map1@p(page1);
)
(
- T2 second = map2(page2);
|
- second = map2(page2);
)
(
- memcpy(first + offset1, second + offset2, length);
+ memcpy_page(page1, offset1, page2, offset2, length);
|
- memcpy(first, second + offset2, length);
+ memcpy_page(page1, 0, page2, offset2, length);
|
- memcpy(first + offset1, second, length);
+ memcpy_page(page1, offset1, page2, 0, length);
|
- memcpy(first, second, length);
+ memcpy_page(page1, 0, page2, 0, length);
|
- memcpy(second + offset2, first + offset1, length);
+ memcpy_page(page2, offset2, page1, offset1, length);
|
- memcpy(second, first + offset1, length);
+ memcpy_page(page2, 0, page1, offset1, length);
|
- memcpy(second + offset2, first, length);
+ memcpy_page(page2, offset2, page1, 0, length);
|
- memcpy(second, first, length);
+ memcpy_page(page2, 0, page1, 0, length);
)
- unmap1(argument1);
- unmap2(argument2);

@to_page depends on patch@
identifier address, map, unmap;
type T;
expression page, argument, offset, source, length;
position p : script:python() { convertible(p) };
@@

(
- T address = map@p(page);
|
- address = map@p(page);
)
(
- memcpy(address + offset, source, length);
+ memcpy_to_page(page, offset, source, length);
|
- memcpy(address, source, length);
+ memcpy_to_page(page, 0, source, length);
)
(
- flush_dcache_page(page);
- unmap(argument);
|
- unmap(argument);
- flush_dcache_page(page);
|
- unmap(argument);
)

@from_page depends on patch@
identifier address, map, unmap;
type T;
expression page, argument, offset, destination, length;
position p : script:python() { convertible(p) };
@@

(
- T address = map@p(page);
|
- address = map@p(page);
)
(
- memcpy(destination, address + offset, length);
+ memcpy_from_page(destination, page, offset, length);
|
- memcpy(destination, address, length);
+ memcpy_from_page(destination, page, 0, length);
)
(
- flush_dcache_page(page);
- unmap(argument);
|
- unmap(argument);
)

@zero_page depends on patch@
identifier address, map, unmap;
type T;
expression page, argument, offset, length;
position p : script:python() { convertible(p) };
@@

(
- T address = map@p(page);
|
- address = map@p(page);
)
(
- memset(address + offset, 0, length);
+ memzero_page(page, offset, length);
|
- memset(address, 0, length);
+ memzero_page(page, 0, length);
)
(
- flush_dcache_page(page);
- unmap(argument);
|
- unmap(argument);
- flush_dcache_page(page);
|
- unmap(argument);
)

// An address declared apart from its map is now unused: drop it.

@depends on patch@
identifier to_page.address;
type T;
@@

- T address;
  ... when != address

@depends on patch@
identifier from_page.address;
type T;
@@

- T address;
  ... when != address

@depends on patch@
identifier zero_page.address;
type T;
@@

- T address;
  ... when != address

@depends on patch@
identifier copy_page.first;
type T;
@@

- T first;
  ... when != first

@depends on patch@
identifier copy_page.second;
type T;
@@

- T second;
  ... when != second

// Report mode, one line per convertible map call.
@script:python depends on report || org@
p << byte_sized.p;
copy_to << one_mapping.copy_to;
@@

if key(p[0]) in convertible_maps:
	emit(p[0], "WARNING: map + memcpy + unmap: use memcpy_to_page()")

@script:python depends on report || org@
p << byte_sized.p;
copy_from << one_mapping.copy_from;
@@

if key(p[0]) in convertible_maps:
	emit(p[0], "WARNING: map + memcpy + unmap: use memcpy_from_page()")

@script:python depends on report || org@
p << byte_sized.p;
clear << one_mapping.clear;
other << one_mapping.other;
@@

if key(p[0]) in convertible_maps and other == "0":
	emit(p[0], "WARNING: map + memset(0) + unmap: use memzero_page()")

@script:python depends on report || org@
p << byte_sized.p;
q << two_mappings.q;
@@

if key(p[0]) in convertible_maps:
	emit(p[0], "WARNING: two maps + memcpy + two unmaps: use memcpy_page()")
