// SPDX-License-Identifier: GPL-2.0
/* Sleeps only for an entry not yet read. */
#include "k.h"
#include "fault.h"

void fault_settle(struct fault *f)
{
	if (f->orig)
		return;
	msleep(1);
}
