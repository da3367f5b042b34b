// SPDX-License-Identifier: GPL-2.0
/*
 * A helper that takes a spinlock and calls fs/ring_tx.c, whose call out
 * waits in lib/ring_slot.c only outside softirq context.  The helper
 * sleeps "unless its caller holds softirq": its tasklet is fine, a
 * process-context caller in atomic context is not.
 */
#include "ring.h"

void ring_rx_locked(struct ring *r)
{
	spin_lock(&r->lock);
	ring_tx(r);
	spin_unlock(&r->lock);
}

static void ring_rx_tasklet(struct tasklet_struct *t)
{
	struct ring *r = (struct ring *)t;

	if (r->free)
		return;
	ring_rx_locked(r);
}

void ring_init(struct ring *r)
{
	tasklet_setup(&r->rx, ring_rx_tasklet);
}

void ring_rx_mapped(struct ring *r, struct page *page)
{
	char *v = kmap_atomic(page);

	v[0] = 0;
	ring_rx_locked(r);
	kunmap_atomic(v);
}
