// SPDX-License-Identifier: GPL-2.0
/* Waits for an item's writeback (folio_wait_stable()): it sleeps. */
#include "k.h"

void wait_stable(void *item)
{
	if (item)
		msleep(1);
}
