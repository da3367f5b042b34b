// SPDX-License-Identifier: GPL-2.0
/*
 * A send loop that may run in either kind of context asks before it
 * waits: it sleeps only when !in_atomic(), and busy-waits otherwise (the
 * i915 GuC send loop's shape).  Called under a spinlock, in_atomic() is
 * true and the sleep is never reached, a local mapping live or not.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/preempt.h>
#include <linux/delay.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(ring_lock);
static int ring_busy;

static int send_wait(unsigned int *msg, int tries)
{
	int may_sleep = !in_atomic();

	while (ring_busy && tries--) {
		if (may_sleep)
			msleep(1);
		else
			udelay(1);
	}
	return msg[0];
}

static int send_locked(struct page *page, int busy)
{
	unsigned int *msg;
	int ret;

	ring_busy = busy;
	spin_lock(&ring_lock);
	msg = kmap_local_page(page);
	ret = send_wait(msg, 2);
	kunmap_local(msg);
	spin_unlock(&ring_lock);
	return ret;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	send_locked(hmcase_page(in[0]), in[1]);
}
