// SPDX-License-Identifier: GPL-2.0
/*
 * The twin of clean/pointee_lock_note: the scanner takes its zone's lock
 * directly and leaves its note false, so the helper, told the lock is not
 * held, reschedules under it.  The engine sees cond_resched() itself,
 * hmcheck the call made holding the lock.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <hmcase.h>

struct zone_area {
	spinlock_t lock;
	unsigned char free[8];
	int stopped;
};

static bool area_unlock_should_stop(struct zone_area *z, unsigned long flags,
				    bool *locked)
{
	if (*locked) {
		spin_unlock_irqrestore(&z->lock, flags);
		*locked = false;
	}
	if (z->stopped)
		return true;
	cond_resched();	/* expect-runtime: sleep-in-atomic -- the engine sees the reschedule itself, hmcheck the call under the lock */
	return false;
}

static int scan_area(struct zone_area *z)
{
	unsigned long flags, pfn;
	bool locked = false;
	int taken = 0;

	spin_lock_irqsave(&z->lock, flags);
	for (pfn = 0; pfn < 8; pfn++) {
		if (pfn == 4 && area_unlock_should_stop(z, flags, &locked))	/* expect-static: sleep-in-atomic -- the engine places it at cond_resched in the helper */
			break;
		if (!z->free[pfn])
			continue;
		z->free[pfn] = 0;
		taken++;
	}
	spin_unlock_irqrestore(&z->lock, flags);
	return taken;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct zone_area z = { .stopped = 0 };
	int i;

	spin_lock_init(&z.lock);
	for (i = 0; i < 8; i++)
		z.free[i] = in[0];
	(void)scan_area(&z);
}
