// SPDX-License-Identifier: GPL-2.0
/* rule_depth.c - the text of hmcheck's `depth` rule (checks/check_depth.c). */
#include "rule_texts.h"

const char rule_depth_summary[] =
	"a 16th kmap_local/kmap_atomic mapping held at once: BUG_ON(idx >= KM_MAX_IDX)";

const char rule_depth_explain[] =
"depth: more nested kmap_local/kmap_atomic mappings than the stack holds\n"
"\n"
"A thread has KM_MAX_IDX = 16 kmap_local slots (include/asm-generic/\n"
"kmap_size.h).  kmap_local_idx_push() moves the index first and then\n"
"checks BUG_ON(current->kmap_ctrl.idx >= KM_MAX_IDX), so the 16th mapping\n"
"held at the same time oopses the kernel: 15 can nest.  (Under\n"
"CONFIG_DEBUG_KMAP_LOCAL every other slot is a guard page and the limit\n"
"is 16; hmcheck uses the production kernel's.)\n"
"Interrupts that use kmap_atomic() share the stack, so\n"
"real code should stay well below the limit.  Mappings held by callers\n"
"and by callees count as well.\n"
"\n"
"Wrong:\n"
"\tfor (i = 0; i < nr_pages; i++)\n"
"\t\tvaddr[i] = kmap_local_page(pages[i]);\t/* nr_pages may be 32 */\n"
"\t...\n"
"\tfor (i = nr_pages - 1; i >= 0; i--)\n"
"\t\tkunmap_local(vaddr[i]);\n"
"\n"
"Right: map one page at a time, or map the pages into one virtually\n"
"contiguous range with vmap() (which may sleep):\n"
"\tfor (i = 0; i < nr_pages; i++) {\n"
"\t\tvoid *p = kmap_local_page(pages[i]);\n"
"\t\tprocess(p);\n"
"\t\tkunmap_local(p);\n"
"\t}\n"
"\n"
"The report is at the map call that overflows.  hmcheck counts the\n"
"mappings it can see held on one path, through calls it can follow; a\n"
"loop whose bound it cannot evaluate may go unreported, so no report is\n"
"no proof.  Disable with --disable depth.\n";
