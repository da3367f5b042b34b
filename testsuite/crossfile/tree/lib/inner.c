// SPDX-License-Identifier: GPL-2.0
#include "k.h"

/* Sleeps when asked to retry: the caller under kmap_atomic may ask. */
int inner(int x)
{
	if (x)
		msleep(10);
	return x;
}
