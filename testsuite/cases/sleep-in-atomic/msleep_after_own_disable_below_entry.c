// SPDX-License-Identifier: GPL-2.0
/*
 * Called with interrupts off, the refill turns them on for its work and
 * off again before it returns, as its caller had them.  From that
 * disable on they are off whatever its caller held, so the msleep() after
 * it sleeps in atomic context.  (Counted from the caller's level, the
 * enable went below the entry and the disable only back to it: the sleep
 * was missed.)  The caller, with interrupts off at the call, is told the
 * refill may sleep; the engine places the sleep at the msleep().
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/delay.h>
#include <hmcase.h>

static void refill_irqs_on(struct page *page, int settle)
{
	unsigned int *addr;

	local_irq_enable();
	addr = kmap_local_page(page);
	addr[0]++;
	kunmap_local(addr);
	local_irq_disable();
	if (settle)
		msleep(1);		/* expect: sleep-in-atomic */
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	local_irq_disable();
	refill_irqs_on(hmcase_page(in[0]), in[1]); /* expect-static: sleep-in-atomic -- hmcheck also names the call made with interrupts off; the engine sees the sleep at the msleep() */
	local_irq_enable();
}
