// SPDX-License-Identifier: GPL-2.0
/* rule_use_after_unmap.c - the text of the `use-after-unmap` rule. */
#include "rule_texts.h"

const char rule_use_after_unmap_summary[] =
	"memory accessed through a mapping's address after it was released";

const char rule_use_after_unmap_explain[] =
"use-after-unmap: the address of a released mapping is used\n"
"\n"
"After kunmap_local()/kunmap_atomic() the page table entry of the slot is\n"
"cleared and the slot goes back to the thread's stack; after kunmap() the\n"
"pkmap entry may be reused for another page at the next\n"
"flush_all_zero_pkmaps().  An access through the old address then\n"
"faults (an oops in kernel mode), or, once the slot was reused by the\n"
"next kmap_local_page(), reads or writes some other page: silent data\n"
"corruption.  On a 64-bit kernel without HIGHMEM kunmap_local() does\n"
"nothing and the bug stays hidden until the code runs on a 32-bit one\n"
"or with CONFIG_DEBUG_KMAP_LOCAL_FORCE_MAP.\n"
"\n"
"Wrong:\n"
"\tu32 *p = kmap_local_page(page);\n"
"\tu32 csum = p[0];\n"
"\tkunmap_local(p);\n"
"\tif (p[1] != csum)\t\t/* p was released above */\n"
"\t\treturn -EIO;\n"
"\n"
"Right: read what you need first, then release:\n"
"\tu32 *p = kmap_local_page(page);\n"
"\tu32 csum = p[0], stored = p[1];\n"
"\tkunmap_local(p);\n"
"\tif (stored != csum)\n"
"\t\treturn -EIO;\n"
"\n"
"The report is at the access, with a note at the unmap.  Passing the stale\n"
"pointer to a function is reported when hmcheck knows that the function\n"
"reads or writes through it.  Comparing the pointer, or printing it with\n"
"%p, is not an access.  Disable with --disable use-after-unmap.\n";
