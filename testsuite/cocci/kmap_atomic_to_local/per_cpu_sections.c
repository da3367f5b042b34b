// SPDX-License-Identifier: GPL-2.0
/*
 * Per-CPU state and the CPU number under kmap_atomic(): the disabled
 * preemption is what keeps them stable.  Not converted.  (Pattern input
 * only: the testsuite's kernel headers have no per-CPU data.)
 */
#include <linux/highmem.h>
#include <linux/percpu.h>
#include <linux/smp.h>

static DEFINE_PER_CPU(unsigned long, bytes_seen);
static unsigned long last_cpu_seen[64];

static void account_page(struct page *page)
{
	unsigned long *words = kmap_atomic(page);

	this_cpu_add(bytes_seen, words[0]);
	kunmap_atomic(words);
}

static void note_cpu(struct page *page)
{
	unsigned long *words = kmap_atomic(page);

	last_cpu_seen[smp_processor_id()] = words[0];
	kunmap_atomic(words);
}

static bool try_fast_path(struct page *page)
{
	char *addr = kmap_atomic(page);
	bool atomic = in_atomic();

	addr[0] = atomic;
	kunmap_atomic(addr);
	return atomic;
}
