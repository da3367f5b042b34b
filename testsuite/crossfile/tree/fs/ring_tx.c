// SPDX-License-Identifier: GPL-2.0
/* Calls lib/ring_slot.c's wait outside atomic context: a call out. */
#include "ring.h"

void ring_tx(struct ring *r)
{
	if (r->free > 2)
		ring_slot_get(r);
}
