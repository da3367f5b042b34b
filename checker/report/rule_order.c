// SPDX-License-Identifier: GPL-2.0
/* rule_order.c - the text of hmcheck's `order` rule (checks/check_order.c). */
#include "rule_texts.h"

const char rule_order_summary[] =
	"kmap_local/kmap_atomic mappings released out of order (not last-in, first-out)";

const char rule_order_explain[] =
"order: kmap_local and kmap_atomic mappings released out of order\n"
"\n"
"kmap_local_page() and kmap_atomic() take their virtual address from a\n"
"small stack of fixmap slots that belongs to the current thread\n"
"(current->kmap_ctrl in mm/highmem.c): mapping pushes a slot, unmapping\n"
"pops one.  So nested mappings must be released in the reverse order of\n"
"their creation, like a stack.  kunmap_local_indexed() always pops the\n"
"top slot; given another address it warns\n"
"(WARN_ON_ONCE(addr != __fix_to_virt(FIX_KMAP_BEGIN + idx))), clears the\n"
"wrong page table entry and leaves the thread's saved slots describing\n"
"the wrong pages.  A context switch or interrupt before the second unmap\n"
"then restores the wrong mappings, and the remaining pointer may read or\n"
"write another page.\n"
"\n"
"Wrong:\n"
"\tchar *d = kmap_local_page(dst);\n"
"\tchar *s = kmap_local_page(src);\n"
"\tmemcpy(d, s, PAGE_SIZE);\n"
"\tkunmap_local(d);\t\t/* d is not the top of the stack */\n"
"\tkunmap_local(s);\n"
"\n"
"Right:\n"
"\tkunmap_local(s);\n"
"\tkunmap_local(d);\n"
"\n"
"The rule is reported at the unmap call, with a note at the mapping that\n"
"should have been released first.  mappings made by kmap() are not on\n"
"the stack and may be released in any order.  If hmcheck lost track of\n"
"which pointer holds which mapping (an address stored in a structure and\n"
"read back through another path), the report can be wrong: check the\n"
"note's line.  Disable the rule with --disable order.\n";
