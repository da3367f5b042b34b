// SPDX-License-Identifier: GPL-2.0
/*
 * Waits for a free slot only outside softirq context; in a tasklet it
 * gives up at once.  Its summary says "sleeps unless the caller holds
 * bh or softirq" (the in_softirq() context query).
 */
#include "ring.h"

int ring_slot_get(struct ring *r)
{
	if (in_softirq()) {
		if (!r->free)
			return -16;
	} else {
		while (!r->free)
			msleep(1);
	}
	r->free--;
	return 0;
}
