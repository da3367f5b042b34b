// SPDX-License-Identifier: GPL-2.0
/*
 * !in_atomic() does not see interrupts disabled: the preempt count stays
 * zero under local_irq_disable(), so the send loop sleeps there, with a
 * local mapping live.  Only irqs_disabled() would have told.
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/delay.h>
#include <hmcase.h>

static int ring_busy;

static int send_wait(unsigned int *msg, int tries)
{
	int may_sleep = !in_atomic();

	while (ring_busy && tries--) {
		if (may_sleep)
			msleep(1);	/* expect-runtime: sleep-in-atomic -- the engine sees the sleep itself, hmcheck the call with interrupts off */
		else
			udelay(1);
	}
	return msg[0];
}

static int send_irqs_off(struct page *page)
{
	unsigned int *msg;
	int ret;

	ring_busy = 1;
	local_irq_disable();
	msg = kmap_local_page(page);
	ret = send_wait(msg, 2);	/* expect-static: sleep-in-atomic -- the engine places it at msleep() in send_wait() */
	kunmap_local(msg);
	local_irq_enable();
	return ret;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	send_irqs_off(hmcase_page(in[0]));
}
