// SPDX-License-Identifier: GPL-2.0
/*
 * model_check.c - what can only be checked once every rules file is in:
 * an entry naming another (a map's `unmap=`) may name one a later file
 * defines, or one a later file replaced with something else; a sleep's
 * `leaves=` must name a context some entry switches (`sets=`), since
 * leaving it for good is only meaningful for one that is on or off.
 */
#include <string.h>
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

static bool switched_by_some_entry(const struct api_model *model,
				   const char *context)
{
	const struct api_entry *e;
	size_t i;

	for (i = 0; i < model->entries.size; i++) {
		e = model->entries.slots[i].value;
		if (model->entries.slots[i].name && e->sets &&
		    !strcmp(e->sets, context))
			return true;
	}
	return false;
}

static int check_leaves(const struct api_model *model,
			const struct api_entry *sleep)
{
	if (sleep->kind != API_SLEEP || !sleep->leaves ||
	    switched_by_some_entry(model, sleep->leaves))
		return 0;
	fprintf(stderr, "%s:%d: sleep '%s': leaves=%s is not a context an "
		"entry switches with sets=\n", sleep->file, sleep->line,
		sleep->name, sleep->leaves);
	return -1;
}

int model_check(const struct api_model *model)
{
	const struct api_entry *e;
	size_t i;
	int ret = 0;

	for (i = 0; i < model->entries.size; i++) {
		if (!model->entries.slots[i].name)
			continue;
		e = model->entries.slots[i].value;
		if (check_release(model, e) < 0 || check_leaves(model, e) < 0)
			ret = -1;
	}
	return ret;
}
