// SPDX-License-Identifier: GPL-2.0
/* Calls lib/resched.c's helper outside atomic context: a call out. */
#include "k.h"

void lib_resched(void);	/* lib/resched.c */

void mid_resched(void)
{
	lib_resched();
}
