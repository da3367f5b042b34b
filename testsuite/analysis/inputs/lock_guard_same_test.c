#include "kapi.h"

/*
 * A lock taken on one side of a test and released under the same test
 * (HARD_TX_LOCK()/HARD_TX_UNLOCK() in the network stack test
 * `dev->features & NETIF_F_LLTX` both times).  Between them the device is
 * handed to a function pointer, which might write dev->features as far as
 * the analysis knows: the fact was forgotten, the path that took the lock
 * and then skipped the unlock was followed, and every sleep after it was
 * reported (net/core/pktgen.c:3602).  Such code is right only if the test
 * says the same both times, which is its author's claim; now, while the
 * lock is held, the same test takes the side that took it, unless this
 * function itself writes what the test reads after the first test.
 */
#define F_LLTX	0x1000

struct queue {
	spinlock_t lock;
};

struct device;

struct device_ops {
	int (*start_xmit)(void *buf, struct device *dev);
};

struct device {
	unsigned long features;
	const struct device_ops *ops;
};

struct sender {
	struct device *dev;
	struct queue *txq;
	int last_ok;
	int sent, count;
	unsigned long flags;
};

#define TX_LOCK(dev, txq)				\
	do {						\
		if (!((dev)->features & F_LLTX))	\
			spin_lock(&(txq)->lock);	\
	} while (0)

#define TX_UNLOCK(dev, txq)				\
	do {						\
		if (!((dev)->features & F_LLTX))	\
			spin_unlock(&(txq)->lock);	\
	} while (0)

int queue_stopped(struct queue *txq);
void wait_for_buffers(struct sender *s);

void send_one(struct sender *s, void *buf)
{
	struct device *dev = s->dev;
	struct queue *txq = s->txq;

	TX_LOCK(dev, txq);
	if (queue_stopped(txq)) {
		s->last_ok = 0;
		goto unlock;
	}
	if (dev->ops->start_xmit(buf, dev) == 0)
		s->sent++;
unlock:
	TX_UNLOCK(dev, txq);
	if (s->count && s->sent >= s->count)
		wait_for_buffers(s);
}

void wait_for_buffers(struct sender *s)
{
	while (s->sent)
		msleep(1);
}

/* Still wrong: this function changes the feature it tested, under the lock. */
void send_and_switch(struct sender *s, void *buf)
{
	struct device *dev = s->dev;
	struct queue *txq = s->txq;

	TX_LOCK(dev, txq);
	dev->ops->start_xmit(buf, dev);
	dev->features |= F_LLTX;
	TX_UNLOCK(dev, txq);
	wait_for_buffers(s);	/* expect: sleep-in-atomic */
}

/* Still wrong: released under another test, which may say otherwise. */
void send_other_test(struct sender *s, void *buf)
{
	struct device *dev = s->dev;
	struct queue *txq = s->txq;

	TX_LOCK(dev, txq);
	dev->ops->start_xmit(buf, dev);
	if (!(s->flags & F_LLTX))
		spin_unlock(&txq->lock);
	wait_for_buffers(s);	/* expect: sleep-in-atomic */
}
