// SPDX-License-Identifier: GPL-2.0
/*
 * The same callee called out twice, first handed the caller's parameter
 * itself, then a member of it (fs/quota/quota_tree.c's calls of
 * __quota_error()): the two calls out merge into one entry, whose
 * member argument the first never had.  Checked without a crash.
 */
#include "k.h"
#include "route.h"

void *route_twice(struct route_cfg *cfg)
{
	metrics_init(cfg, 1);
	return metrics_init(cfg->mx, cfg->mx_len);
}
