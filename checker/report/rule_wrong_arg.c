// SPDX-License-Identifier: GPL-2.0
/* rule_wrong_arg.c - the text of hmcheck's `wrong-arg` rule. */
#include "rule_texts.h"

const char rule_wrong_arg_summary[] =
	"an unmap given the wrong argument: a page for an address, an address for a page, another family";

const char rule_wrong_arg_explain[] =
"wrong-arg: the unmap call does not match the mapping\n"
"\n"
"The three families are released differently:\n"
"- kunmap_local(addr) and kunmap_atomic(addr) take the ADDRESS that\n"
"  kmap_local_page()/kmap_atomic() returned (any address inside the\n"
"  mapped page works: it is masked with PAGE_MASK);\n"
"- kunmap(page) takes the struct PAGE that was given to kmap().\n"
"Passing a struct page to kunmap_local() makes kunmap_local_indexed()\n"
"look for a mapping at the address of the struct page itself: it warns\n"
"and releases nothing, or tears down the wrong slot.  Passing an address\n"
"to kunmap() treats the mapped data as a struct page and corrupts the\n"
"pkmap counts (a BUG() in kunmap_high()).  The kunmap_local()/\n"
"kunmap_atomic() macros catch a struct page at build time with\n"
"BUILD_BUG_ON(__same_type((x), struct page *)), but not a void * or an\n"
"unsigned long.  Releasing a mapping with the other family's call\n"
"(kunmap_atomic() for a kmap_local_page() mapping) also re-enables\n"
"preemption and page faults that were never disabled.\n"
"\n"
"Wrong:\n"
"\tvoid *vaddr = kmap(page);\n"
"\tmemset(vaddr, 0, PAGE_SIZE);\n"
"\tkunmap(vaddr);\t\t\t/* kunmap() takes the page */\n"
"\n"
"Right:\n"
"\tkunmap(page);\n"
"or better, since kmap() is being phased out:\n"
"\tvoid *vaddr = kmap_local_page(page);\n"
"\tmemset(vaddr, 0, PAGE_SIZE);\n"
"\tkunmap_local(vaddr);\n"
"\n"
"hmcheck follows an address through copies, casts and pointer arithmetic\n"
"on the same variable; if it was stored and read back through a\n"
"structure it may not know what the argument is and says nothing.\n"
"Disable with --disable wrong-arg.\n";
