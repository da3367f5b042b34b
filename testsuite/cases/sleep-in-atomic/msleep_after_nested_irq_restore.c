// SPDX-License-Identifier: GPL-2.0
/*
 * local_irq_restore() brings back what its local_irq_save() found: with
 * interrupts already off, they stay off, so the msleep() after it sleeps
 * in atomic context, a local mapping live across it.
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/delay.h>
#include <hmcase.h>

static void touch_counter(unsigned int *counter)
{
	unsigned long flags;

	local_irq_save(flags);
	(*counter)++;
	local_irq_restore(flags);
}

static void account_page(struct page *page)
{
	unsigned int *addr;

	local_irq_disable();
	addr = kmap_local_page(page);
	touch_counter(addr);
	msleep(1);		/* expect: sleep-in-atomic */
	kunmap_local(addr);
	local_irq_enable();
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	account_page(hmcase_page(in[0]));
}
