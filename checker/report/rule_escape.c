// SPDX-License-Identifier: GPL-2.0
/* rule_escape.c - the text of hmcheck's `escape` rule (checks/check_escape.c). */
#include "rule_texts.h"

const char rule_escape_summary[] =
	"a mapping's address stored where it outlives the mapping (global, static, caller's memory)";

const char rule_escape_explain[] =
"escape: a mapping's address kept after the mapping is released\n"
"\n"
"A mapping's address is valid only until the matching unmap.  Storing it\n"
"in a global or static variable, or in memory reached through a pointer\n"
"(a structure of the caller, a work item, a per-device context), and\n"
"then releasing the mapping leaves a dangling pointer behind: the next\n"
"user reads or writes whatever the slot maps by then.  kmap_local_page()\n"
"and kmap_atomic() addresses are worse still: the slot is a per-thread\n"
"fixmap entry whose page table entry is switched with the thread\n"
"(__kmap_local_sched_out()/_in()), so even before the unmap the same\n"
"address means another page in another thread or in an interrupt.\n"
"\n"
"Wrong:\n"
"\tdev->vaddr = kmap_local_page(page);\t/* outlives this function */\n"
"\tfill(dev->vaddr);\n"
"\tkunmap_local(dev->vaddr);\n"
"\t/* dev->vaddr still holds the stale address */\n"
"\n"
"Right: keep the page, and map it where it is used:\n"
"\tdev->page = page;\n"
"\t...\n"
"\tvoid *p = kmap_local_page(dev->page);\n"
"\tfill(p);\n"
"\tkunmap_local(p);\n"
"\n"
"Returning the address to the caller is allowed (the caller inherits the\n"
"duty to unmap), and so is storing it in a variable or structure on the\n"
"function's own stack.  If the stored copy is never used after the unmap\n"
"(it is cleared, or its owner dies first), the report is a false alarm:\n"
"clear the field before unmapping, or --disable escape.\n";
