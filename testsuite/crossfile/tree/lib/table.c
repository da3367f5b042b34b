// SPDX-License-Identifier: GPL-2.0
/*
 * Allocates a device's table only when it has none (an input device's
 * absinfo): it sleeps only if d->table is NULL; table_set() passes its
 * own parameter on and keeps that test.
 */
#include "k.h"
#include "table.h"

static int spare[8];

void table_alloc(struct tdev *d)
{
	if (d->table)
		return;
	msleep(1);
	d->table = spare;
}

void table_set(struct tdev *d, int i, int v)
{
	table_alloc(d);
	if (d->table)
		d->table[i] = v;
}
