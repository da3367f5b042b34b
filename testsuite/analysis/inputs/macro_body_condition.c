#include "kapi.h"

/*
 * net/core/pktgen.c's HARD_TX_LOCK() and HARD_TX_UNLOCK() each test the
 * same `(dev->features & NETIF_F_LLTX) == 0` inside their bodies.  Such a
 * condition has no text of its own in the file: it was named by the
 * invocation, so the two tests were unrelated (locked on one side,
 * unlocked on the other) and two tests of one body were the same.  Now
 * a macro body's condition is written out from its syntax tree.
 */
struct dev { unsigned long features; spinlock_t lock; int ready; };
#define F_LLTX	(1UL << 12)
void acquire(struct dev *dev);
void release(struct dev *dev);
void msleep(unsigned int ms);
void xmit(int n);

#define TX_LOCK(dev) {					\
	if (((dev)->features & F_LLTX) == 0)		\
		spin_lock(&(dev)->lock);		\
	else						\
		acquire(dev);				\
}
#define TX_UNLOCK(dev) {				\
	if (((dev)->features & F_LLTX) == 0)		\
		spin_unlock(&(dev)->lock);		\
	else						\
		release(dev);				\
}

void send(struct dev *dev, int n)
{
	TX_LOCK(dev);
	xmit(n);
	TX_UNLOCK(dev);
	msleep(1);
}

/* Two different tests in one body: the second is not the first again. */
static spinlock_t ready_lock;

#define LOCK_THEN_WAIT() {				\
	if (ready)					\
		spin_lock(&ready_lock);			\
	if (!fast)					\
		msleep(1);				\
}

void wait_ready(int ready, int fast)
{
	LOCK_THEN_WAIT();	/* expect: sleep-in-atomic */
	if (ready)
		spin_unlock(&ready_lock);
}
