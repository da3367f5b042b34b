#include "kapi.h"

/*
 * cond_resched() and cond_resched_lock() as 6.1 spells them: both begin
 * with the __might_resched() check; the lock form unlocks its lock to sleep.
 */
void __might_resched(const char *file, int line, unsigned int offsets);
int _cond_resched(void);
int __cond_resched_lock(spinlock_t *lock);
#define cond_resched() ({ __might_resched(__FILE__, __LINE__, 0); _cond_resched(); })
#define cond_resched_lock(lock) ({ __might_resched(__FILE__, __LINE__, 1); __cond_resched_lock(lock); })

struct tree {
	spinlock_t lock;
	int nr;
};

void resched_under_own_lock(struct tree *t)
{
	int i;

	spin_lock(&t->lock);
	for (i = 0; i < t->nr; i++)
		cond_resched_lock(&t->lock);
	spin_unlock(&t->lock);
}

void resched_lock_under_atomic_map(struct tree *t, struct page *page)
{
	char *addr;

	spin_lock(&t->lock);
	addr = kmap_atomic(page);
	cond_resched_lock(&t->lock);	/* expect: sleep-in-atomic */
	addr[0] = 0;
	kunmap_atomic(addr);
	spin_unlock(&t->lock);
}

void resched_under_lock(struct tree *t)
{
	spin_lock(&t->lock);
	cond_resched();	/* expect: sleep-in-atomic */
	spin_unlock(&t->lock);
}

/* Called with t->lock held, as its name says. */
static void drain_locked(struct tree *t)
{
	while (t->nr--)
		cond_resched_lock(&t->lock);
}

void drain(struct tree *t)
{
	spin_lock(&t->lock);
	drain_locked(t);
	spin_unlock(&t->lock);
}

void drain_under_atomic_map(struct tree *t, struct page *page)
{
	char *addr = kmap_atomic(page);

	spin_lock(&t->lock);
	drain_locked(t);	/* expect: sleep-in-atomic */
	spin_unlock(&t->lock);
	addr[0] = 0;
	kunmap_atomic(addr);
}

void resched_unlocked(struct page *page)
{
	char *addr = kmap_local_page(page);

	cond_resched();
	addr[0] = 0;
	kunmap_local(addr);
}
