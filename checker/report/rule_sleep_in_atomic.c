// SPDX-License-Identifier: GPL-2.0
/* rule_sleep_in_atomic.c - the text of the `sleep-in-atomic` rule. */
#include "rule_texts.h"

const char rule_sleep_in_atomic_summary[] =
	"a call that may sleep while a kmap_atomic mapping is held or in other atomic context";

const char rule_sleep_in_atomic_explain[] =
"sleep-in-atomic: a call that may sleep, made in atomic context\n"
"\n"
"kmap_atomic() calls preempt_disable() and pagefault_disable() before it\n"
"maps the page, and kunmap_atomic() undoes both: everything between them\n"
"runs in atomic context.  Sleeping there (mutex_lock(), msleep(),\n"
"wait_event(), kmalloc(GFP_KERNEL), vmalloc(), copy_from_user() with\n"
"page faults enabled, or kmap(), which waits for a free slot of the\n"
"pkmap pool) schedules with a raised preempt count: \"BUG: sleeping\n"
"function called from invalid context\" with CONFIG_DEBUG_ATOMIC_SLEEP,\n"
"\"scheduling while atomic\" or a deadlock without it.  The same holds\n"
"under spin_lock(), preempt_disable(), local_irq_disable(),\n"
"local_bh_disable() and rcu_read_lock().  kmap_local_page() does NOT\n"
"disable preemption: sleeping while a local mapping is held is allowed.\n"
"\n"
"Wrong:\n"
"\tchar *p = kmap_atomic(page);\n"
"\tmutex_lock(&dev->lock);\t\t/* sleeps with preemption off */\n"
"\tmemcpy(dev->buf, p, len);\n"
"\tmutex_unlock(&dev->lock);\n"
"\tkunmap_atomic(p);\n"
"\n"
"Right: take the mutex first, or use kmap_local_page(), which leaves\n"
"preemption and page faults alone:\n"
"\tchar *p = kmap_local_page(page);\n"
"\tmutex_lock(&dev->lock);\n"
"\t...\n"
"\tkunmap_local(p);\n"
"For an allocation, allocate before mapping or pass GFP_ATOMIC/GFP_NOWAIT.\n"
"\n"
"A sleep reached through a helper is reported at the call made in atomic\n"
"context, with the chain of calls down to the sleeping one.  Which calls\n"
"sleep, and which gfp flags block, is data: rules/sleep.rules and\n"
"rules/alloc.rules; a wrong entry there makes a wrong report, and a local\n"
"--rules file can correct it.  gfp flags held in a variable are not\n"
"judged.  Disable the rule with --disable sleep-in-atomic.\n";
