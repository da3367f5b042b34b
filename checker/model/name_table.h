/* SPDX-License-Identifier: GPL-2.0 */
/*
 * name_table.h - a hash table from names to pointers, for the model's
 * entries and gfp flags.  Keys are not copied: they must live as long as
 * the table (they are the entries' own names).
 */
#ifndef HMCHECK_NAME_TABLE_H
#define HMCHECK_NAME_TABLE_H

#include <stddef.h>

struct name_slot {
	const char *name;
	void *value;
};

struct name_table {
	size_t size;		/* slots, a power of two (0 before first insert) */
	size_t used;
	struct name_slot *slots;
};

void name_table_init(struct name_table *table);
/* Frees the slots only; the caller frees the values (see name_table_each). */
void name_table_release(struct name_table *table);

void *name_table_get(const struct name_table *table, const char *name);
/* Insert or replace; returns the value replaced, or NULL. */
void *name_table_put(struct name_table *table, const char *name, void *value);

/* Iteration: for (i = 0; i < table->size; i++) if (table->slots[i].name) ... */

#endif
