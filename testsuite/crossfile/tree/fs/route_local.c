// SPDX-License-Identifier: GPL-2.0
/*
 * Routes added under a spinlock with requests built by initializer lists:
 * those leaving .mx zero do not sleep (here, in a static helper, or in
 * lib/route_add.c), those naming it may.
 */
#include "k.h"
#include "route.h"

static spinlock_t route_lock;

static void *prefix_route(int table)
{
	struct route_cfg cfg = { .table = table, .flags = 1 };

	return route_add(&cfg);
}

static void *metrics_route(int table, void *mx)
{
	struct route_cfg cfg = { .table = table, .mx = mx };

	return route_add(&cfg);
}

void *route_local(int table)
{
	struct route_cfg cfg = { .table = table, .flags = 1 };
	void *r;

	spin_lock(&route_lock);
	r = route_add(&cfg);
	r = route_add_local(table);
	r = prefix_route(table);
	spin_unlock(&route_lock);
	return r;
}

void *route_user(int table, void *mx)
{
	struct route_cfg cfg = { .table = table, .mx = mx };
	void *r;

	spin_lock(&route_lock);
	r = route_add(&cfg);
	r = metrics_route(table, mx);
	spin_unlock(&route_lock);
	return r;
}
