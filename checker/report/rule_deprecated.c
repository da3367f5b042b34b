// SPDX-License-Identifier: GPL-2.0
/* rule_deprecated.c - the text of the `deprecated` rule (off by default). */
#include "rule_texts.h"

const char rule_deprecated_summary[] =
	"use of kmap_atomic()/kmap(), which new code should replace by kmap_local_page()";

const char rule_deprecated_explain[] =
"deprecated: kmap_atomic() or kmap() where kmap_local_page() would do\n"
"\n"
"kmap_atomic() is marked \"Deprecated!\" in include/linux/highmem.h, and\n"
"Documentation/mm/highmem.rst says the use of kmap() is \"strongly\n"
"discouraged in newer code\": new code should use kmap_local_page().\n"
"kmap_atomic() disables preemption and page faults for the whole time the\n"
"page is mapped, although the mapping itself no longer needs it since\n"
"Linux 5.11; kmap() takes a slot of the global pkmap pool under a global\n"
"lock and flushes TLBs on every CPU when the pool wraps.\n"
"kmap_local_page() costs neither: its mapping is private to the thread,\n"
"kept across preemption and migration.\n"
"\n"
"Before:\n"
"\tvoid *p = kmap_atomic(page);\n"
"\tmemcpy(buf, p + offset, len);\n"
"\tkunmap_atomic(p);\n"
"After:\n"
"\tvoid *p = kmap_local_page(page);\n"
"\tmemcpy(buf, p + offset, len);\n"
"\tkunmap_local(p);\n"
"\n"
"The conversion is not always mechanical: code that relied on\n"
"kmap_atomic() disabling preemption or page faults (per-CPU data, a\n"
"user copy that must not sleep) must now do so explicitly, with\n"
"preempt_disable() or pagefault_disable(); a kmap() address shared with\n"
"another thread cannot become a kmap_local one (see `escape`); and\n"
"nested mappings must be released in reverse order (see `order`).\n"
"\n"
"The rule is off by default; turn it on with --enable deprecated.  The\n"
"replacement it suggests comes from rules/kmap.rules (deprecated=).\n";
