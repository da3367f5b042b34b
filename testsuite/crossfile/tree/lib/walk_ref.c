// SPDX-License-Identifier: GPL-2.0
/* Dropping a reference may sleep (6.1's dput()). */
#include "k.h"
#include "walk.h"

void wref_put(struct wref *ref)
{
	if (--ref->count)
		return;
	msleep(1);
}
