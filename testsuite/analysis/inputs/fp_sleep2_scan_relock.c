#include "kapi.h"

/*
 * A scanner called with its caller's lock drops that lock before it
 * reschedules, then takes it again (mm/swapfile.c's scan_swap_map_slots()
 * shape).  On the way it locks a finer lock only when there is one, and a
 * probe takes the caller's lock again only when it finds a free slot: how
 * many locks the path holds is unsure, but the reschedule comes after the
 * caller's lock was dropped.  Nothing sleeps with a lock held.
 */
void cond_resched(void);

struct cluster {
	spinlock_t lock;
};

struct area {
	spinlock_t lock;
	struct cluster *clusters;
	unsigned char *map;
	unsigned long highest;
};

static struct cluster *lock_cluster(struct area *a, unsigned long off)
{
	struct cluster *c = a->clusters;

	if (c) {
		c += off / 256;
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
	int budget = 64;

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
			budget = 64;
		}
		if (probe_and_lock(a, off))
			goto checks;
	}
	spin_lock(&a->lock);
	return 0;
}

int get_slot(struct area *a)
{
	int n;

	spin_lock(&a->lock);
	n = scan_slots(a, 0);
	spin_unlock(&a->lock);
	return n;
}

/* Another lock is still held while the scanner reschedules. */
int get_slot_nested(struct area *a, spinlock_t *outer)
{
	int n;

	spin_lock(outer);
	spin_lock(&a->lock);
	n = scan_slots(a, 0);	/* expect: sleep-in-atomic */
	spin_unlock(&a->lock);
	spin_unlock(outer);
	return n;
}

/*
 * One lock per ring, taken and dropped in loops (cassini's cas_lock_tx()
 * and cas_unlock_tx()): the unlock helper leaves as many levels as the lock
 * helper entered, more than one, so nothing is held after both.
 */
#define NR_RINGS	4

struct device_state {
	spinlock_t lock;
	spinlock_t ring_lock[NR_RINGS];
	int up;
};

static void lock_rings(struct device_state *d)
{
	int i;

	for (i = 0; i < NR_RINGS; i++)
		spin_lock(&d->ring_lock[i]);
}

static void unlock_rings(struct device_state *d)
{
	int i;

	for (i = NR_RINGS; i > 0; i--)
		spin_unlock(&d->ring_lock[i - 1]);
}

int device_open(struct device_state *d)
{
	if (!d->up) {
		spin_lock(&d->lock);
		lock_rings(d);
		d->up = 1;
		unlock_rings(d);
		spin_unlock(&d->lock);
	}
	msleep(1);
	return 0;
}

int device_open_locked(struct device_state *d)
{
	spin_lock(&d->lock);
	lock_rings(d);
	unlock_rings(d);
	msleep(1);	/* expect: sleep-in-atomic */
	spin_unlock(&d->lock);
	return 0;
}
