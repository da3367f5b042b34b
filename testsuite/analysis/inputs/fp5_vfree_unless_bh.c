#include "kapi.h"

/*
 * vfree() in 6.1 is might_sleep_if(!in_interrupt()): with bottom halves
 * disabled it defers the free to a work item and returns, so it does not
 * sleep under spin_lock_bh() or local_bh_disable() (rules: `unless=bh`).
 * Under a plain spinlock or a kmap_atomic() mapping it still may.  A helper
 * that frees either way (the kvfree() shape) sleeps "unless its caller
 * holds bh", and so do the helpers calling it.
 */
void vfree(const void *addr);
void spin_lock_bh(spinlock_t *lock);
void spin_unlock_bh(spinlock_t *lock);
void local_bh_disable(void);
void local_bh_enable(void);
int is_vmalloc_addr(const void *addr);

struct pool {
	spinlock_t lock;
	void *buf;
	int nr;
};

static void pool_free_buffer(void *buf)
{
	if (is_vmalloc_addr(buf))
		vfree(buf);
	else
		kfree(buf);
}

static void pool_drop(struct pool *p)
{
	pool_free_buffer(p->buf);
	p->buf = NULL;
	p->nr--;
}

void vfree_under_lock(struct pool *p)
{
	spin_lock(&p->lock);
	vfree(p->buf);	/* expect: sleep-in-atomic */
	spin_unlock(&p->lock);
}

void vfree_under_atomic_map(struct pool *p, struct page *page)
{
	char *addr = kmap_atomic(page);

	addr[0] = 0;
	vfree(p->buf);	/* expect: sleep-in-atomic */
	kunmap_atomic(addr);
}

void helper_under_lock(struct pool *p)
{
	spin_lock(&p->lock);
	pool_free_buffer(p->buf);	/* expect: sleep-in-atomic */
	spin_unlock(&p->lock);
}

void chain_under_atomic_map(struct pool *p, struct page *page)
{
	char *addr = kmap_atomic(page);

	addr[0] = 0;
	pool_drop(p);	/* expect: sleep-in-atomic */
	kunmap_atomic(addr);
}

void vfree_under_lock_bh(struct pool *p)
{
	spin_lock_bh(&p->lock);
	vfree(p->buf);
	spin_unlock_bh(&p->lock);
}

void chain_under_lock_bh(struct pool *p)
{
	spin_lock_bh(&p->lock);
	while (p->nr > 0)
		pool_drop(p);
	spin_unlock_bh(&p->lock);
}

void helper_with_bh_disabled(struct pool *p)
{
	local_bh_disable();
	pool_free_buffer(p->buf);
	local_bh_enable();
}

/* Bottom halves enabled again, a plain spinlock taken: vfree() may sleep. */
void helper_after_unlock_bh(struct pool *p)
{
	spin_lock_bh(&p->lock);
	p->nr = 0;
	spin_unlock_bh(&p->lock);
	spin_lock(&p->lock);
	pool_drop(p);	/* expect: sleep-in-atomic */
	spin_unlock(&p->lock);
}

/* A kmap_atomic() taken inside a bh section: vfree() defers, no sleep. */
void vfree_under_atomic_map_with_bh(struct pool *p, struct page *page)
{
	char *addr;

	spin_lock_bh(&p->lock);
	addr = kmap_atomic(page);
	addr[0] = 0;
	pool_drop(p);
	kunmap_atomic(addr);
	spin_unlock_bh(&p->lock);
}

/*
 * Called with p->lock taken by spin_lock_bh(): it drops the lock, with
 * bottom halves, to sleep, and takes it again (the __release_sock() shape).
 */
static void pool_wait_locked(struct pool *p)
{
	while (p->nr > 0) {
		spin_unlock_bh(&p->lock);
		msleep(1);
		spin_lock_bh(&p->lock);
	}
}

void wait_under_own_lock_bh(struct pool *p)
{
	spin_lock_bh(&p->lock);
	pool_wait_locked(p);
	spin_unlock_bh(&p->lock);
}

/* Bottom halves were disabled before the lock: still so while it sleeps. */
void wait_with_bh_disabled_before(struct pool *p)
{
	local_bh_disable();
	spin_lock_bh(&p->lock);
	pool_wait_locked(p);	/* expect: sleep-in-atomic */
	spin_unlock_bh(&p->lock);
	local_bh_enable();
}
