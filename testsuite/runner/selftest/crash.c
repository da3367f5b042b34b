// SPDX-License-Identifier: GPL-2.0
/*
 * Runner self-test: a case executable that crashes outside the engine's
 * windows must fail the case, whatever its expectations say.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void crash(volatile int *p)
{
	*p = 1;
}

HMCASE_INPUTS(1);

void hmcase_run(const int *in)
{
	crash((volatile int *)(unsigned long)in[0]);
}
