// SPDX-License-Identifier: GPL-2.0
/*
 * A scanner keeps a note of whether it holds its zone's lock: it takes
 * the lock (interrupts off) through a helper that returns true on every
 * path, only when the note is false, and every few pages hands the
 * note's address to a helper that drops the lock if the note says it is
 * held, clears the note and reschedules.  The helper reschedules with the
 * lock held only when the note is false, which this caller's note never
 * is while it holds the lock: nothing sleeps in atomic context.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <hmcase.h>

struct zone_area {
	spinlock_t lock;
	unsigned char free[8];
	int stopped;
};

static bool area_lock(struct zone_area *z, unsigned long *flags)
{
	spin_lock_irqsave(&z->lock, *flags);
	return true;
}

static bool area_unlock_should_stop(struct zone_area *z, unsigned long flags,
				    bool *locked)
{
	if (*locked) {
		spin_unlock_irqrestore(&z->lock, flags);
		*locked = false;
	}
	if (z->stopped)
		return true;
	cond_resched();
	return false;
}

static int scan_area(struct zone_area *z)
{
	unsigned long flags = 0, pfn;
	bool locked = false;
	int taken = 0;

	for (pfn = 0; pfn < 8; pfn++) {
		if (!(pfn % 4) && area_unlock_should_stop(z, flags, &locked))
			break;
		if (!z->free[pfn])
			continue;
		if (!locked) {
			locked = area_lock(z, &flags);
			if (!z->free[pfn])
				continue;
		}
		z->free[pfn] = 0;
		taken++;
	}
	if (locked)
		spin_unlock_irqrestore(&z->lock, flags);
	return taken;
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	struct zone_area z = { .stopped = in[0] };
	int i;

	spin_lock_init(&z.lock);
	for (i = 0; i < 8; i++)
		z.free[i] = i % 2 ? in[1] : in[2];
	(void)scan_area(&z);
}
