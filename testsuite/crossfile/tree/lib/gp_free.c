// SPDX-License-Identifier: GPL-2.0
/*
 * kvfree_call_rcu()'s shape: only a caller without a head (NULL) may
 * sleep, in place and through the helper it passes `!head` as its
 * `can_alloc`: the summary's guard is "head is NULL".
 */
#include "k.h"
#include "gp_free.h"

void queue_head(struct gp_head *head);

static int add_bulk(void *ptr, int can_alloc)
{
	if (can_alloc)
		msleep(1);
	return ptr != 0;
}

void free_after_gp(struct gp_head *head, unsigned long off)
{
	void *ptr = (void *)off;

	if (head)
		ptr = head;
	if (!add_bulk(ptr, !head))
		queue_head(head);
}
