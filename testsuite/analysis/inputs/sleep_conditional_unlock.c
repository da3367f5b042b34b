#include "kapi.h"

/*
 * A helper that drops its caller's lock on some returns only (and then
 * may sleep), told apart by its result: jbd2's add_transaction_credits()
 * shape.  After it, the caller cannot know that the lock is held.
 */
typedef struct { int lock; } rwlock_t;
void read_lock(rwlock_t *lock);
void read_unlock(rwlock_t *lock);
void wait_for_space(void *journal);

struct journal {
	rwlock_t state_lock;
	int barrier;
	int free;
};

/* Called with j->state_lock held; returns 1 when it dropped it. */
static int add_credits(struct journal *j, int blocks)
{
	if (j->free < blocks) {
		read_unlock(&j->state_lock);
		msleep(1);
		return 1;
	}
	j->free -= blocks;
	return 0;
}

int start_handle(struct journal *j, int blocks)
{
repeat:
	read_lock(&j->state_lock);
	if (j->barrier) {
		read_unlock(&j->state_lock);
		msleep(1);
		goto repeat;
	}
	if (add_credits(j, blocks))
		goto repeat;
	read_unlock(&j->state_lock);
	return 0;
}

/* Sure again: the lock was taken after the helper. */
int relock_and_sleep(struct journal *j, int blocks)
{
	read_lock(&j->state_lock);
	if (add_credits(j, blocks))
		read_lock(&j->state_lock);
	msleep(1);	/* expect: sleep-in-atomic */
	read_unlock(&j->state_lock);
	return 0;
}

/* Whatever the helper did to the lock, the kmap_atomic() is still held. */
int credits_under_atomic_map(struct journal *j, struct page *page)
{
	char *addr = kmap_atomic(page);
	int ret;

	read_lock(&j->state_lock);
	ret = add_credits(j, addr[0]);	/* expect: sleep-in-atomic */
	if (!ret)
		read_unlock(&j->state_lock);
	kunmap_atomic(addr);
	return ret;
}

/*
 * A cache that keeps a kmap_atomic() across calls and drops it when asked
 * (i915's reloc_cache_reset()): leaving its page-fault context on some
 * returns only is no proof of leaving it twice.
 */
struct cache {
	void *vaddr;
};

static void cache_reset(struct cache *c)
{
	if (c->vaddr) {
		kunmap_atomic(c->vaddr);
		c->vaddr = NULL;
	}
}

int relocate(struct cache *c, char *dst, const char *src, int n)
{
	unsigned long left;

	pagefault_disable();
	left = copy_from_user(dst, src, n);
	pagefault_enable();
	if (left)
		return -14;
	cache_reset(c);
	return 0;
}
