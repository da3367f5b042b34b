#include "kapi.h"

/*
 * A bit lock taken with bit_spin_lock() and dropped with the non-atomic
 * __bit_spin_unlock() (hlist_bl_unlock()): the next allocation is outside.
 */
void bit_spin_lock(int bitnum, unsigned long *addr);
void __bit_spin_unlock(int bitnum, unsigned long *addr);

static unsigned long buckets[16];

static void lock_bucket(unsigned int hash)
{
	bit_spin_lock(0, &buckets[hash]);
}

static void unlock_bucket(unsigned int hash)
{
	__bit_spin_unlock(0, &buckets[hash]);
}

int fill(unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		void *item = kmalloc(32, GFP_KERNEL);

		if (!item)
			return -12;
		lock_bucket(i & 15);
		opaque(item);
		unlock_bucket(i & 15);
	}
	return 0;
}

int fill_locked(unsigned int hash)
{
	void *item;

	lock_bucket(hash);
	item = kmalloc(32, GFP_KERNEL);	/* expect: sleep-in-atomic */
	unlock_bucket(hash);
	return item != NULL;
}
