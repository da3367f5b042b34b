#include "callback_timer.h"

/*
 * A timer callback runs in the TIMER softirq: bottom halves are disabled
 * and in_interrupt() is true, so vfree() defers its work and does not
 * sleep (rules: vfree `unless=bh`, init_timer_key `callback ... also=bh`).
 * The reclaim-timer shape: free idle buffers under a plain spinlock.
 */
struct cache {
	spinlock_t lock;
	struct timer_list timer;
	void *idle[4];
	int nidle;
};

static void cache_free_buffer(void *buf)
{
	vfree(buf);
}

static void cache_reclaim_timer_fn(struct timer_list *t)
{
	struct cache *c = container_of(t, struct cache, timer);

	spin_lock(&c->lock);
	while (c->nidle > 0)
		cache_free_buffer(c->idle[--c->nidle]);
	if (c->nidle)
		mod_timer(&c->timer, 10);
	spin_unlock(&c->lock);
}

/* spin_unlock_bh() of its own spin_lock_bh() leaves the softirq's bh held. */
static void cache_drain_timer_fn(struct timer_list *t)
{
	struct cache *c = container_of(t, struct cache, timer);

	spin_lock_bh(&c->lock);
	c->nidle = 0;
	spin_unlock_bh(&c->lock);
	spin_lock(&c->lock);
	vfree(c->idle[0]);
	spin_unlock(&c->lock);
}

/* A bottom-half enable it never disabled cannot end the softirq. */
static void cache_enable_timer_fn(struct timer_list *t)
{
	struct cache *c = container_of(t, struct cache, timer);

	local_bh_enable();
	spin_lock(&c->lock);
	vfree(c->idle[0]);
	spin_unlock(&c->lock);
}

void cache_init(struct cache *c, int drain)
{
	if (drain)
		timer_setup(&c->timer, cache_drain_timer_fn, 0);
	else
		timer_setup(&c->timer, cache_reclaim_timer_fn, 0);
}

void cache_init_enable(struct cache *c)
{
	timer_setup(&c->timer, cache_enable_timer_fn, 0);
}

/*
 * Called directly, in process context under a plain spinlock, the same
 * function still sleeps in vfree(): its summary for callers is unchanged.
 */
void cache_shrink_now(struct cache *c, spinlock_t *outer)
{
	spin_lock(outer);
	cache_reclaim_timer_fn(&c->timer);	/* expect: sleep-in-atomic */
	spin_unlock(outer);
}

/* An RCU callback runs with bottom halves disabled too. */
struct cache_entry {
	struct rcu_head rcu;
	void *data;
};

static void cache_entry_free_rcu(struct rcu_head *head)
{
	struct cache_entry *e = container_of(head, struct cache_entry, rcu);

	vfree(e->data);
	kfree(e);
}

void cache_entry_release(struct cache_entry *e)
{
	call_rcu(&e->rcu, cache_entry_free_rcu);
}

/* Not registered anywhere: kmap_atomic() then vfree() is still a bug. */
void cache_copy_and_free(struct cache *c, struct page *page)
{
	char *addr = kmap_atomic(page);

	addr[0] = 0;
	vfree(c->idle[0]);	/* expect: sleep-in-atomic */
	kunmap_atomic(addr);
}
