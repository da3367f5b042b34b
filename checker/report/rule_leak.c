// SPDX-License-Identifier: GPL-2.0
/* rule_leak.c - the text of hmcheck's `leak` rule (checks/check_leak.c). */
#include "rule_texts.h"

const char rule_leak_summary[] =
	"a mapping not released on some path out of the function";

const char rule_leak_explain[] =
"leak: a mapping still held when the function returns\n"
"\n"
"Every kmap_local_page(), kmap_atomic() and kmap() must be matched by\n"
"kunmap_local(), kunmap_atomic() or kunmap() on every path, error paths\n"
"included.  What a leak costs depends on the family:\n"
"- kmap_local: the slot stays pushed on the thread's stack of 16\n"
"  (KM_MAX_IDX); every later unmap in the thread is then out of order,\n"
"  and enough leaks hit BUG_ON(idx >= KM_MAX_IDX) in\n"
"  kmap_local_idx_push();\n"
"- kmap_atomic: the same, and preemption and page faults stay disabled,\n"
"  so the thread later returns to user space or sleeps in atomic context;\n"
"- kmap: the page keeps its entry in the global pkmap pool (LAST_PKMAP\n"
"  entries, 512 or 1024); once the pool is full every kmap() in the\n"
"  system sleeps forever in map_new_virtual().\n"
"\n"
"Wrong:\n"
"\tvoid *p = kmap_local_page(page);\n"
"\tif (check_header(p))\n"
"\t\treturn -EINVAL;\t\t/* p is still mapped */\n"
"\tkunmap_local(p);\n"
"\n"
"Right:\n"
"\tvoid *p = kmap_local_page(page);\n"
"\tint err = check_header(p) ? -EINVAL : 0;\n"
"\tkunmap_local(p);\n"
"\treturn err;\n"
"\n"
"The report is at the mapping call, with a note at the return that leaves\n"
"it held and the branches taken to get there.  A function that returns\n"
"its mapping (a wrapper: its callers unmap) is not a leak; one that hands\n"
"the address on to a structure is reported by `escape` instead.  If the\n"
"path is impossible (two conditions hmcheck cannot relate), restructure\n"
"the code so that one test decides both, or --disable leak.\n";
