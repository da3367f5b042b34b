#include "kapi.h"

struct mutex lock;
spinlock_t slock;

void mutex_under_atomic(struct page *page)
{
	char *addr = kmap_atomic(page);

	mutex_lock(&lock);	/* expect: sleep-in-atomic */
	addr[0] = 0;
	mutex_unlock(&lock);
	kunmap_atomic(addr);
}

void gfp_kernel_under_atomic(struct page *page)
{
	char *addr = kmap_atomic(page);
	void *buf = kmalloc(64, GFP_KERNEL);	/* expect: sleep-in-atomic */

	memcpy(buf, addr, 64);
	kunmap_atomic(addr);
	kfree(buf);
}

void gfp_atomic_under_atomic(struct page *page)
{
	char *addr = kmap_atomic(page);
	void *buf = kmalloc(64, GFP_ATOMIC);

	memcpy(buf, addr, 64);
	kunmap_atomic(addr);
	kfree(buf);
}

void kmap_under_spinlock(struct page *page)
{
	char *addr;

	spin_lock(&slock);
	addr = kmap(page);	/* expect: sleep-in-atomic */
	addr[0] = 0;
	kunmap(page);	/* expect: sleep-in-atomic */
	spin_unlock(&slock);
}

void sleep_under_local_is_fine(struct page *page)
{
	char *addr = kmap_local_page(page);

	msleep(1);
	addr[0] = 0;
	kunmap_local(addr);
}

void sleep_after_unmap_is_fine(struct page *page)
{
	char *addr = kmap_atomic(page);

	addr[0] = 0;
	kunmap_atomic(addr);
	msleep(1);
}

static void deep_sleeper(void)
{
	msleep(10);
}

static void middle(int x)
{
	if (x)
		deep_sleeper();
}

void sleep_through_chain(struct page *page)
{
	char *addr = kmap_atomic(page);

	middle(addr[0]);	/* expect: sleep-in-atomic */
	kunmap_atomic(addr);
}

void preempt_then_sleep(void)
{
	preempt_disable();
	msleep(1);	/* expect: sleep-in-atomic */
	preempt_enable();
	msleep(1);
}

static void take_lock(void)
{
	spin_lock(&slock);
}

static void drop_lock(void)
{
	spin_unlock(&slock);
}

void lock_through_helpers(void)
{
	take_lock();
	msleep(1);	/* expect: sleep-in-atomic */
	drop_lock();
	msleep(1);
}

/* copy_from_user may fault and sleep: not under a spinlock. */
int copy_under_spinlock(void *dst, const void *src)
{
	unsigned long left;

	spin_lock(&slock);
	left = copy_from_user(dst, src, 8);	/* expect: sleep-in-atomic */
	spin_unlock(&slock);
	return left ? -1 : 0;
}
