// SPDX-License-Identifier: GPL-2.0
/*
 * A slot lookup takes the slot's mutex only when asked for active slots
 * AND to lock (two nested tests of its flags).  Under kmap_atomic() it is
 * called with one of the two clear, chosen by the input, directly and
 * through a wrapper passing its own flag on: it never sleeps.  hmcheck
 * keeps both tests as one group in the lookup's summary.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <hmcase.h>

struct slot {
	struct mutex mutex;
	int active;
};

static struct slot slots[4];

static struct slot *slot_lookup(int h, bool locked, bool only_active)
{
	struct slot *s = &slots[h & 3], *found = NULL;

	if (only_active) {
		if (locked)
			mutex_lock(&s->mutex);
		if (s->active)
			found = s;
		if (locked)
			mutex_unlock(&s->mutex);
	} else {
		found = s;
	}
	return found;
}

static struct slot *slot_active(int h, bool locked)
{
	return slot_lookup(h, locked, true);
}

static void note_slots(struct page *page, int which)
{
	int *counts = kmap_atomic(page);

	if (which)
		counts[0] = slot_lookup(counts[1], true, false) != NULL;
	else
		counts[0] = slot_lookup(counts[1], false, true) != NULL;
	counts[2] = slot_active(counts[1], false) != NULL;
	kunmap_atomic(counts);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	int i;

	for (i = 0; i < 4; i++)
		mutex_init(&slots[i].mutex);
	slots[1].active = 1;
	note_slots(hmcase_page(in[0]), in[1]);
	slot_lookup(1, true, true);	/* fine: not atomic here */
}
