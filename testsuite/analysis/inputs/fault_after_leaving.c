#include "kapi.h"

/*
 * A helper called with its caller's lock held that drops it and only then
 * copies to or from user space (f_fs's __ffs_ep0_read_events(), gadgetfs'
 * ep0_write()): the copy may fault and sleep, but after leaving the
 * caller's lock.  A caller holding only that lock does not sleep there;
 * one holding another lock too still may; a copy before the unlock sleeps
 * under the lock.  A wrapper that passes the lock on keeps the sleep as
 * one after leaving its caller's lock.
 */
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);
unsigned long copy_from_user(void *to, const void *from, unsigned long n);

struct events {
	spinlock_t lock;
	int count;
	char types[4];
};

static spinlock_t outer_lock;

/* Called with ev->lock held, which it releases. */
static long read_events(struct events *ev, char *buf, unsigned long n)
{
	char copy[4];

	copy[0] = ev->types[0];
	ev->count = 0;
	spin_unlock_irq(&ev->lock);
	return copy_to_user(buf, copy, n) ? -14 : (long)n;
}

/* Drops ev->lock around the copy and takes it again. */
static long write_setup(struct events *ev, const char *buf, unsigned long n)
{
	char copy[4];

	spin_unlock_irq(&ev->lock);
	if (copy_from_user(copy, buf, n))
		n = 0;
	spin_lock_irq(&ev->lock);
	ev->types[0] = copy[0];
	return n;
}

static long read_copy_first(struct events *ev, char *buf, unsigned long n)
{
	long left = copy_to_user(buf, ev->types, n);

	spin_unlock_irq(&ev->lock);
	return left;
}

static long read_wrapper(struct events *ev, char *buf, unsigned long n)
{
	return read_events(ev, buf, n);
}

long ep0_read(struct events *ev, char *buf, unsigned long n)
{
	spin_lock_irq(&ev->lock);
	if (!ev->count) {
		spin_unlock_irq(&ev->lock);
		return -11;
	}
	return read_events(ev, buf, n);
}

long ep0_write(struct events *ev, const char *buf, unsigned long n)
{
	long value;

	spin_lock_irq(&ev->lock);
	value = write_setup(ev, buf, n);
	spin_unlock_irq(&ev->lock);
	return value;
}

long ep0_read_wrapped(struct events *ev, char *buf, unsigned long n)
{
	spin_lock_irq(&ev->lock);
	return read_wrapper(ev, buf, n);
}

long ep0_read_nested(struct events *ev, char *buf, unsigned long n)
{
	long value;

	spin_lock(&outer_lock);
	spin_lock_irq(&ev->lock);
	value = read_events(ev, buf, n);	/* expect: sleep-in-atomic */
	spin_unlock(&outer_lock);
	return value;
}

long ep0_read_copy_first(struct events *ev, char *buf, unsigned long n)
{
	spin_lock_irq(&ev->lock);
	return read_copy_first(ev, buf, n);	/* expect: sleep-in-atomic */
}
