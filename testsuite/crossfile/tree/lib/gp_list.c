// SPDX-License-Identifier: GPL-2.0
/* kfree_rcu(o, rcu) passes `&o->rcu`, never NULL; a plain head may be. */
#include "k.h"
#include "gp_free.h"

void gp_list_free(struct gp_obj *o)
{
	free_after_gp(&o->rcu, 8);
}

void gp_list_drop(struct gp_head *head)
{
	free_after_gp(head, 0);
}
