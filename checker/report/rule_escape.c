// SPDX-License-Identifier: GPL-2.0
/* rule_escape.c - the text of hmcheck's `escape` rule (checks/check_escape.c). */
#include "rule_texts.h"

const char rule_escape_summary[] =
	"a kmap_local/kmap_atomic address stored where it outlives the mapping or leaves the thread";

const char rule_escape_explain[] =
"escape: a thread-local mapping's address stored where others can reach it\n"
"\n"
"A kmap_local_page() or kmap_atomic() address is valid only in the thread\n"
"that made it, and only until the matching unmap: the slot is a per-thread\n"
"fixmap entry, its page table entry is rewritten when the thread is\n"
"switched out and in (__kmap_local_sched_out()/_in()), and the same\n"
"virtual address means another page in another thread or after the\n"
"unmap.  Storing it in a global or static variable, or in a structure\n"
"reached through a pointer (a work item, a per-device context, a list),\n"
"lets another thread, an interrupt or a later call use an address that\n"
"does not map the page any more.  kmap() addresses are global and may be\n"
"shared, as long as kunmap() comes after the last user.\n"
"\n"
"Wrong:\n"
"\tstatic void *last_buf;\n"
"\t...\n"
"\tlast_buf = kmap_local_page(page);\t/* visible to every thread */\n"
"\tschedule_work(&dev->work);\t\t/* the work reads last_buf */\n"
"\n"
"Right: hand the PAGE over, and map it where it is used:\n"
"\tdev->page = page;\n"
"\tschedule_work(&dev->work);\n"
"\t/* in the work function: */\n"
"\tvoid *p = kmap_local_page(dev->page);\n"
"\t...\n"
"\tkunmap_local(p);\n"
"\n"
"Returning the address to the caller is allowed (the caller is the same\n"
"thread and inherits the duty to unmap).  Storing it in a structure that\n"
"lives on the function's own stack is allowed too.  hmcheck cannot know\n"
"that a structure is private to the thread; if it is, --disable escape.\n";
