// SPDX-License-Identifier: GPL-2.0
/*
 * A slot lookup takes the slot's mutex only when asked for active slots
 * AND to lock; called under kmap_atomic() with both set, it sleeps there.
 * The engine sees the mutex_lock() in the lookup; hmcheck reports the call
 * made under kmap_atomic() (the lookup's summary keeps both tests as one
 * group, and both pass).
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <hmcase.h>

static DEFINE_MUTEX(slot_mutex);
static int slot_active[4];

static int slot_lookup(int h, bool locked, bool only_active)
{
	int found = 1;

	if (only_active) {
		if (locked)
			mutex_lock(&slot_mutex);	/* expect-runtime: sleep-in-atomic -- the engine sees the sleep itself, hmcheck the call under kmap_atomic */
		found = slot_active[h & 3];
		if (locked)
			mutex_unlock(&slot_mutex);
	}
	return found;
}

static void note_slot(struct page *page)
{
	int *counts = kmap_atomic(page);

	counts[0] = slot_lookup(counts[1], true, true);	/* expect-static: sleep-in-atomic -- the engine places it at mutex_lock in slot_lookup */
	kunmap_atomic(counts);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	note_slot(hmcase_page(in[0]));
}
