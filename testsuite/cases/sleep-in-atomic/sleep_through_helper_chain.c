// SPDX-License-Identifier: GPL-2.0
/*
 * A sleep reached through a helper chain: flush_entry() calls
 * journal_note(), which takes a mutex.  Called under kmap_atomic() the chain
 * sleeps in atomic context.  The engine sees the mutex_lock() in
 * journal_note(); hmcheck reports the call made under kmap_atomic().
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <hmcase.h>

static DEFINE_MUTEX(journal_mutex);
static unsigned long journal_seq;

static void journal_note(unsigned long value)
{
	mutex_lock(&journal_mutex);	/* expect-runtime: sleep-in-atomic -- the engine sees the sleep itself, hmcheck the call under kmap_atomic */
	journal_seq += value;
	mutex_unlock(&journal_mutex);
}

static void record_value(unsigned long value)
{
	if (value)
		journal_note(value);
}

static void flush_entry(struct page *page)
{
	unsigned long *entry = kmap_atomic(page);

	entry[0] = 1;
	record_value(entry[0]);	/* expect-static: sleep-in-atomic -- the engine places it at mutex_lock in journal_note */
	kunmap_atomic(entry);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	record_value(3);	/* fine: not atomic here */
	flush_entry(hmcase_page(in[0]));
}
