#include "kapi.h"

/*
 * A queue helper annotated __releases(q->lock) unlocks through a function
 * pointer the analysis cannot follow.  Kernel builds define the annotation
 * only for sparse, so it is read from the source: the caller's spinlock is
 * left after the call, and the wait that follows is not in atomic context.
 * A helper without the annotation leaves the lock held as far as anyone
 * can tell; a helper that unlocks itself is not counted twice.
 */
#define __releases(x)
#define __acquires(x)

struct queue;
struct queue_ops {
	void (*wake_and_unlock)(struct queue *q);
};
struct queue {
	spinlock_t lock;
	const struct queue_ops *ops;
	int pending;
};

static void queue_and_unlock(struct queue *q)
__releases(q->lock)
{
	q->pending++;
	q->ops->wake_and_unlock(q);
}

static void queue_and_wake(struct queue *q)
{
	q->pending++;
	q->ops->wake_and_unlock(q);
}

static void queue_and_unlock_here(struct queue *q)
__releases(q->lock)
{
	q->pending++;
	spin_unlock(&q->lock);
}

void send_request(struct queue *q)
{
	spin_lock(&q->lock);
	queue_and_unlock(q);
	msleep(10);
}

void send_request_unannotated(struct queue *q)
{
	spin_lock(&q->lock);
	queue_and_wake(q);
	msleep(10);		/* expect: sleep-in-atomic */
}

void send_request_nested(struct queue *q, struct queue *inner)
{
	spin_lock(&q->lock);
	spin_lock(&inner->lock);
	queue_and_unlock_here(inner);
	msleep(10);		/* expect: sleep-in-atomic */
	spin_unlock(&q->lock);
}

void send_request_twice_held(struct queue *q, struct queue *inner)
{
	spin_lock(&q->lock);
	spin_lock(&inner->lock);
	queue_and_unlock(inner);
	msleep(10);		/* expect: sleep-in-atomic */
	spin_unlock(&q->lock);
}
