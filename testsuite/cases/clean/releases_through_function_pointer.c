// SPDX-License-Identifier: GPL-2.0
/*
 * A request queue: the sender takes the queue's spinlock, and a helper
 * annotated __releases(q->lock) queues the request and unlocks through the
 * queue's operations (a function pointer).  The sender then waits for the
 * answer, a sleep, with no lock held.  A page of the request is copied in
 * under kmap_local_page() before the lock, released before it is taken.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <linux/string.h>
#include <hmcase.h>

#ifndef __releases
#define __releases(x)
#endif

struct req_queue;

struct req_queue_ops {
	void (*wake_and_unlock)(struct req_queue *q);
};

struct req_queue {
	spinlock_t lock;
	const struct req_queue_ops *ops;
	int pending;
	int woken;
	char header[16];
};

static void wake_and_unlock(struct req_queue *q)
{
	q->woken++;
	spin_unlock(&q->lock);
}

static const struct req_queue_ops queue_ops = {
	.wake_and_unlock = wake_and_unlock,
};

static void queue_request_and_unlock(struct req_queue *q)
__releases(q->lock)
{
	q->pending++;
	q->ops->wake_and_unlock(q);
}

static void send_request(struct req_queue *q, struct page *page, int wait)
{
	char *src = kmap_local_page(page);

	memcpy(q->header, src, sizeof(q->header));
	kunmap_local(src);
	spin_lock(&q->lock);
	queue_request_and_unlock(q);
	if (wait)
		msleep(1);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct req_queue q = { .ops = &queue_ops };

	spin_lock_init(&q.lock);
	send_request(&q, hmcase_page(in[0]), in[1]);
}
