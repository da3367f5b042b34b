// SPDX-License-Identifier: GPL-2.0
/*
 * name_table.c - open addressing with linear probing; the table doubles
 * when half full, so probes stay short.  Nothing is ever removed: a model
 * only grows while the rules are read.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "name_table.h"

static uint32_t name_hash(const char *name)
{
	uint32_t hash = 2166136261u;	/* FNV-1a */

	for (; *name; name++)
		hash = (hash ^ (unsigned char)*name) * 16777619u;
	return hash;
}

void name_table_init(struct name_table *table)
{
	memset(table, 0, sizeof(*table));
}

void name_table_release(struct name_table *table)
{
	free(table->slots);
	name_table_init(table);
}

static struct name_slot *find_slot(const struct name_table *table, const char *name)
{
	size_t mask = table->size - 1;
	size_t i = name_hash(name) & mask;

	while (table->slots[i].name && strcmp(table->slots[i].name, name))
		i = (i + 1) & mask;
	return &table->slots[i];
}

void *name_table_get(const struct name_table *table, const char *name)
{
	if (!table->size)
		return NULL;
	return find_slot(table, name)->value;
}

static void grow(struct name_table *table)
{
	struct name_table bigger;
	size_t i;

	bigger.size = table->size ? table->size * 2 : 64;
	bigger.used = table->used;
	bigger.slots = calloc(bigger.size, sizeof(*bigger.slots));
	if (!bigger.slots)
		abort();
	for (i = 0; i < table->size; i++)
		if (table->slots[i].name)
			*find_slot(&bigger, table->slots[i].name) = table->slots[i];
	free(table->slots);
	*table = bigger;
}

void *name_table_put(struct name_table *table, const char *name, void *value)
{
	struct name_slot *slot;
	void *old;

	if (2 * (table->used + 1) > table->size)
		grow(table);
	slot = find_slot(table, name);
	old = slot->value;
	if (!slot->name)
		table->used++;
	slot->name = name;
	slot->value = value;
	return old;
}
