// SPDX-License-Identifier: GPL-2.0
/*
 * A helper called with the caller's lock drops it and sleeps when it
 * fails, and says so by its result; the caller then takes the lock again
 * from the top.  Nothing sleeps with the lock held.
 */
#include <linux/delay.h>
#include <linux/spinlock.h>
#include <hmcase.h>

struct pool {
	spinlock_t lock;
	int barrier;
	int free;
};

/* Called with p->lock held; returns 1 when it dropped it. */
static int take_credits(struct pool *p, int want)
{
	if (p->free < want) {
		spin_unlock(&p->lock);
		msleep(1);
		p->free += want;
		return 1;
	}
	p->free -= want;
	return 0;
}

static int start(struct pool *p, int want)
{
repeat:
	spin_lock(&p->lock);
	if (p->barrier) {
		p->barrier = 0;
		spin_unlock(&p->lock);
		msleep(1);
		goto repeat;
	}
	if (take_credits(p, want))
		goto repeat;
	spin_unlock(&p->lock);
	return 0;
}

HMCASE_INPUTS(2, 3);

void hmcase_run(const int *in)
{
	struct pool p = { .barrier = in[0], .free = 1 };

	spin_lock_init(&p.lock);
	(void)start(&p, in[1] + 1);
}
