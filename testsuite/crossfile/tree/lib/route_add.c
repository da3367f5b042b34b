// SPDX-License-Identifier: GPL-2.0
/*
 * Adding a route passes the request's metrics on (a member of a
 * parameter); route_add_local() builds its own request, leaving .mx zero.
 */
#include "k.h"
#include "route.h"

static void *route_info_create(struct route_cfg *cfg)
{
	if (cfg->table > 255)
		return 0;
	return metrics_init(cfg->mx, cfg->mx_len);
}

void *route_add(struct route_cfg *cfg)
{
	return route_info_create(cfg);
}

void *route_add_local(int table)
{
	struct route_cfg cfg = { .table = table };

	return route_info_create(&cfg);
}
