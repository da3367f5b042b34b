/* SPDX-License-Identifier: GPL-2.0 */
/* A device whose table lib/table.c allocates on first use (member guards). */
struct tdev {
	int *table;
	int flags;
};
void table_alloc(struct tdev *d);		/* lib/table.c */
void table_set(struct tdev *d, int i, int v);	/* lib/table.c */
