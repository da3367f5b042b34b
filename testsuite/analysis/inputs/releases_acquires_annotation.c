#include "kapi.h"

/*
 * A helper annotated both __releases(x) and __acquires(x) drops the lock
 * and takes it again before it returns (md_bitmap_checkpage() around its
 * allocation in drivers/md/md-bitmap.c): the caller still holds the lock
 * after it.  The __releases() alone made the caller leave its lock at the
 * call, but with spin_lock_irq() entering irq too (rules/atomic.rules),
 * the irq level stayed, and the next call was a false sleep-in-atomic.
 */
#define __releases(x)
#define __acquires(x)

void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);

struct table {
	spinlock_t lock;
	void *slots[16];
};

static int fill_slot(struct table *t, int i)
__releases(t->lock)
__acquires(t->lock)
{
	void *p;

	if (t->slots[i])
		return 0;
	spin_unlock_irq(&t->lock);
	p = kmalloc(64, GFP_KERNEL);
	spin_lock_irq(&t->lock);
	if (!p)
		return -12;
	t->slots[i] = p;
	return 0;
}

int fill_all(struct table *t)
{
	int i, ret = 0;

	spin_lock_irq(&t->lock);
	for (i = 0; i < 16 && !ret; i++)
		ret = fill_slot(t, i);
	spin_unlock_irq(&t->lock);
	return ret;
}

/* Still wrong: the lock is held again after the helper. */
int fill_then_sleep(struct table *t)
{
	int ret;

	spin_lock_irq(&t->lock);
	ret = fill_slot(t, 0);
	msleep(1);	/* expect: sleep-in-atomic */
	spin_unlock_irq(&t->lock);
	return ret;
}
