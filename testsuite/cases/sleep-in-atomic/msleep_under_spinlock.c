// SPDX-License-Identifier: GPL-2.0
/*
 * A local mapping does not make the context atomic, but the spin lock taken
 * around it does: msleep() inside is a bug, whatever the mapping.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(dev_lock);

static void wait_for_ready(struct page *status_page)
{
	volatile unsigned int *status;

	spin_lock(&dev_lock);
	status = kmap_local_page(status_page);
	if (!status[0])
		msleep(1);	/* expect: sleep-in-atomic */
	kunmap_local((void *)status);
	spin_unlock(&dev_lock);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	wait_for_ready(hmcase_page(in[0]));
}
