// SPDX-License-Identifier: GPL-2.0
/* Waits for an entry to settle (6.1's migration_entry_wait()). */
#include "k.h"
#include "fault.h"

void fault_wait_entry(struct fault *f)
{
	if (!f->orig)
		msleep(1);
}
