// SPDX-License-Identifier: GPL-2.0
/*
 * model.c - the API model's tables: entries by name, gfp flags by name.
 * Later files override earlier ones, so that `--rules local.rules` can
 * correct the bundled data; within one file a name may appear once.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "input_file.h"
#include "model_internal.h"

struct api_model *model_new(void)
{
	struct api_model *model = calloc(1, sizeof(*model));

	if (!model)
		abort();
	name_table_init(&model->entries);
	name_table_init(&model->gfp_flags);
	name_table_init(&model->callbacks);
	return model;
}

void model_free_entry(struct api_entry *entry)
{
	if (!entry)
		return;
	free((char *)entry->name);
	free((char *)entry->context);
	free((char *)entry->drops);
	free((char *)entry->unless);
	free((char *)entry->also);
	free((char *)entry->sets);
	free((char *)entry->leaves);
	free((char *)entry->replacement);
	free((char *)entry->release);
	free(entry);
}

static void free_gfp_flag(struct gfp_flag *flag)
{
	if (!flag)
		return;
	free(flag->name);
	free(flag);
}

void model_free(struct api_model *model)
{
	size_t i;
	int p;

	if (!model)
		return;
	for (i = 0; i < model->entries.size; i++)
		model_free_entry(model->entries.slots[i].value);
	for (i = 0; i < model->gfp_flags.size; i++)
		free_gfp_flag(model->gfp_flags.slots[i].value);
	for (i = 0; i < model->callbacks.size; i++)
		model_free_entry(model->callbacks.slots[i].value);
	name_table_release(&model->entries);
	name_table_release(&model->gfp_flags);
	name_table_release(&model->callbacks);
	for (p = 0; p < model->npaths; p++)
		free(model->paths[p]);
	free(model->paths);
	free(model);
}

static int duplicate(const char *file, int line, const char *name, int first_line)
{
	fprintf(stderr, "%s:%d: '%s' defined twice in this file (first at line %d)\n",
		file, line, name, first_line);
	return -1;
}

int model_add_entry(struct api_model *model, struct api_entry *entry)
{
	struct name_table *table = entry->kind == API_CALLBACK ?
				   &model->callbacks : &model->entries;
	struct api_entry *old = name_table_get(table, entry->name);

	if (old && old->file == entry->file) {
		duplicate(entry->file, entry->line, entry->name, old->line);
		model_free_entry(entry);
		return -1;
	}
	model_free_entry(name_table_put(table, entry->name, entry));
	return 0;
}

int model_add_gfp_flag(struct api_model *model, struct gfp_flag *flag)
{
	struct gfp_flag *old = name_table_get(&model->gfp_flags, flag->name);

	if (old && old->file == flag->file) {
		duplicate(flag->file, flag->line, flag->name, old->line);
		free_gfp_flag(flag);
		return -1;
	}
	free_gfp_flag(name_table_put(&model->gfp_flags, flag->name, flag));
	return 0;
}

/* Keep a copy of every path loaded: entries name their file by pointer. */
static const char *remember_path(struct api_model *model, const char *path)
{
	char **paths = realloc(model->paths, (model->npaths + 1) * sizeof(*paths));

	if (!paths)
		abort();
	model->paths = paths;
	paths[model->npaths] = strdup(path);
	if (!paths[model->npaths])
		abort();
	return paths[model->npaths++];
}

int model_load(struct api_model *model, const char *path)
{
	FILE *file = input_file_fopen(path);
	int ret;

	if (!file) {
		fprintf(stderr, "hmcheck: cannot read rules file %s: %s\n",
			path, input_file_error(errno));
		return -1;
	}
	ret = model_parse_file(model, file, remember_path(model, path));
	fclose(file);
	return ret;
}

const struct api_entry *model_lookup(const struct api_model *model, const char *name)
{
	if (!model || !name)
		return NULL;
	return name_table_get(&model->entries, name);
}

const struct api_entry *model_lookup_callback(const struct api_model *model,
					      const char *name)
{
	if (!model || !name)
		return NULL;
	return name_table_get(&model->callbacks, name);
}
