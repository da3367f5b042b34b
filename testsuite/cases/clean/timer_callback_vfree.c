// SPDX-License-Identifier: GPL-2.0
/*
 * A timer callback runs in the TIMER softirq: in_interrupt() is true, so
 * vfree() (might_sleep_if(!in_interrupt()) in 6.1) queues the area and
 * returns.  A reclaim timer that folds a statistics page, mapped with
 * kmap_atomic(), and frees idle vmalloc'ed buffers under a plain spinlock
 * never sleeps.  The case carries the timer API it needs; the harness
 * fires the timer as the softirq would, with bottom halves disabled.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/vmalloc.h>
#include <hmcase.h>

struct timer_list {
	void (*function)(struct timer_list *t);
};

static void init_timer_key(struct timer_list *timer,
			   void (*func)(struct timer_list *), unsigned int flags,
			   const char *name, void *key)
{
	(void)flags;
	(void)name;
	(void)key;
	timer->function = func;
}

#define timer_setup(timer, callback, flags) \
	init_timer_key((timer), (callback), (flags), NULL, NULL)

static DEFINE_SPINLOCK(pool_lock);
static struct timer_list pool_timer;
static struct page *pool_stats;
static void *pool_idle[2];
static int pool_nidle;

static void pool_reclaim_timer_fn(struct timer_list *t)
{
	unsigned long *counters;

	(void)t;
	spin_lock(&pool_lock);
	counters = kmap_atomic(pool_stats);
	while (pool_nidle > 0) {
		vfree(pool_idle[--pool_nidle]);
		counters[0]++;
	}
	kunmap_atomic(counters);
	spin_unlock(&pool_lock);
}

/* What the TIMER softirq does when the timer expires. */
static void fire_timer(struct timer_list *t)
{
	local_bh_disable();
	t->function(t);
	local_bh_enable();
}

HMCASE_INPUTS(2, 3);

void hmcase_run(const int *in)
{
	int i;

	pool_stats = hmcase_page(in[0]);
	for (i = 0; i < in[1]; i++)
		pool_idle[pool_nidle++] = vmalloc(PAGE_SIZE);
	timer_setup(&pool_timer, pool_reclaim_timer_fn, 0);
	fire_timer(&pool_timer);
}
