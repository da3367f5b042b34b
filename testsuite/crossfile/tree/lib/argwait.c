// SPDX-License-Identifier: GPL-2.0
/* Sleeps only for a nonzero argument. */
#include "k.h"
#include "argwait.h"

void arg_wait(long v)
{
	if (v)
		msleep(1);
}
