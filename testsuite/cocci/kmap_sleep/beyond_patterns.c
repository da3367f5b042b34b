// SPDX-License-Identifier: GPL-2.0
/*
 * Where the patterns stop: both functions sleep under kmap_atomic(), but
 * the sleep is in a helper, or the GFP flags come in a variable.  The
 * semantic patch sees neither, so its expected report is empty: this is
 * the analyzer's job (hmcheck's sleep-in-atomic rule follows the helper;
 * the flags need the caller's value).
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

static DEFINE_MUTEX(table_lock);
static unsigned long table_total;

static void table_add(unsigned long value)
{
	mutex_lock(&table_lock);
	table_total += value;
	mutex_unlock(&table_lock);
}

static void add_to_table(struct page *page)
{
	unsigned long *words = kmap_atomic(page);

	table_add(words[0]);
	kunmap_atomic(words);
}

static void *copy_out(struct page *page, gfp_t gfp)
{
	char *addr = kmap_atomic(page);
	void *copy = kmalloc(64, gfp);

	if (copy)
		memcpy(copy, addr, 64);
	kunmap_atomic(addr);
	return copy;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	add_to_table(page);
	kfree(copy_out(page, GFP_KERNEL));
}
