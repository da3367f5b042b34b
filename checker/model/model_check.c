// SPDX-License-Identifier: GPL-2.0
/*
 * model_check.c - what can only be checked once every rules file is in:
 * an entry naming another (a map's `unmap=`) may name one a later file
 * defines, or one a later file replaced with something else.
 */
#include <stdio.h>
#include "model_internal.h"

static int check_release(const struct api_model *model, const struct api_entry *map)
{
	const struct api_entry *unmap;

	if (map->kind != API_MAP || !map->release)
		return 0;
	unmap = name_table_get(&model->entries, map->release);
	if (unmap && unmap->kind == API_UNMAP && unmap->family == map->family)
		return 0;
	fprintf(stderr, "%s:%d: map '%s': unmap=%s is not an unmap of family %s\n",
		map->file, map->line, map->name, map->release,
		model_family_word(map->family));
	return -1;
}

int model_check(const struct api_model *model)
{
	size_t i;
	int ret = 0;

	for (i = 0; i < model->entries.size; i++)
		if (model->entries.slots[i].name &&
		    check_release(model, model->entries.slots[i].value) < 0)
			ret = -1;
	return ret;
}
