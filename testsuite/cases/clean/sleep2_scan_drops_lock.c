// SPDX-License-Identifier: GPL-2.0
/*
 * A scanner called with its caller's lock drops it before it reschedules
 * and takes it again before it returns; a finer lock is taken only when
 * the area has clusters, and a probe retakes the caller's lock only when
 * it finds a free slot.  How many locks a path holds is not always known,
 * but nothing reschedules with one held.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <hmcase.h>

struct cluster {
	spinlock_t lock;
};

struct area {
	spinlock_t lock;
	struct cluster *clusters;
	unsigned char map[8];
	unsigned long highest;
};

static struct cluster *lock_cluster(struct area *a, unsigned long off)
{
	struct cluster *c = a->clusters;

	if (c) {
		c += off / 4;
		spin_lock(&c->lock);
	}
	return c;
}

static void unlock_cluster(struct cluster *c)
{
	if (c)
		spin_unlock(&c->lock);
}

/* Takes a->lock when it returns true. */
static bool probe_and_lock(struct area *a, unsigned long off)
{
	if (!a->map[off]) {
		spin_lock(&a->lock);
		return true;
	}
	return false;
}

/* Called with a->lock held; returns with it held. */
static int scan_slots(struct area *a, unsigned long off)
{
	struct cluster *c;
	int budget = 2;

checks:
	c = lock_cluster(a, off);
	if (a->map[off] == 2) {
		/* A cached slot: reclaim it unlocked, then scan on. */
		unlock_cluster(c);
		spin_unlock(&a->lock);
		a->map[off] = 0;
		spin_lock(&a->lock);
		goto scan;
	}
	if (a->map[off]) {
		unlock_cluster(c);
		goto scan;
	}
	a->map[off] = 1;
	unlock_cluster(c);
	return 1;

scan:
	spin_unlock(&a->lock);
	while (++off <= a->highest) {
		if (--budget < 0) {
			cond_resched();
			budget = 2;
		}
		if (probe_and_lock(a, off))
			goto checks;
	}
	spin_lock(&a->lock);
	return 0;
}

static int get_slot(struct area *a, unsigned long start)
{
	int n;

	spin_lock(&a->lock);
	n = scan_slots(a, start);
	spin_unlock(&a->lock);
	return n;
}

HMCASE_INPUTS(2, 3, 3);

void hmcase_run(const int *in)
{
	struct cluster clusters[2];
	struct area a = { .highest = 7 };
	int i;

	spin_lock_init(&a.lock);
	spin_lock_init(&clusters[0].lock);
	spin_lock_init(&clusters[1].lock);
	if (in[0])
		a.clusters = clusters;
	for (i = 0; i < 8; i++)
		a.map[i] = i < 5 ? (i % 3 == 0 ? in[1] : in[2]) : 0;
	(void)get_slot(&a, 0);
}
