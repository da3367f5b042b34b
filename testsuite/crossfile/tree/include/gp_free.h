/* SPDX-License-Identifier: GPL-2.0 */
/* lib/gp_free.c, lib/gp_list.c: freeing after a grace period. */
struct gp_head { struct gp_head *next; };
struct gp_obj { int id; struct gp_head rcu; };
void free_after_gp(struct gp_head *head, unsigned long off);
void gp_list_free(struct gp_obj *o);
void gp_list_drop(struct gp_head *head);
