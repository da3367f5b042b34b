// SPDX-License-Identifier: GPL-2.0
/*
 * Clean: the sleeps are before the mapping or after its release, the
 * allocation under it uses GFP_ATOMIC, and kmap_local_page() may sleep.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

static DEFINE_MUTEX(table_lock);
static unsigned long table_total;

static void add_to_table(struct page *page)
{
	unsigned long *words;
	unsigned long value;

	mutex_lock(&table_lock);
	words = kmap_atomic(page);
	value = words[0];
	kunmap_atomic(words);
	table_total += value;
	mutex_unlock(&table_lock);
}

static void *copy_out(struct page *page)
{
	char *addr = kmap_atomic(page);
	void *copy = kmalloc(64, GFP_ATOMIC);

	if (copy)
		memcpy(copy, addr, 64);
	kunmap_atomic(addr);
	return copy;
}

static void add_to_table_local(struct page *page)
{
	unsigned long *words = kmap_local_page(page);

	mutex_lock(&table_lock);
	table_total += words[0];
	mutex_unlock(&table_lock);
	kunmap_local(words);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	add_to_table(page);
	kfree(copy_out(page));
	add_to_table_local(page);
}
