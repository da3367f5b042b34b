// SPDX-License-Identifier: GPL-2.0
/* Under a spinlock: lib/gp_free.c directly and through lib/gp_list.c. */
#include "k.h"
#include "gp_free.h"

static spinlock_t gp_lock;

void gp_user(struct gp_obj *o, struct gp_head *head)
{
	spin_lock(&gp_lock);
	free_after_gp(&o->rcu, 8);
	gp_list_free(o);
	free_after_gp(0, 8);
	gp_list_drop(head);
	spin_unlock(&gp_lock);
}
