// SPDX-License-Identifier: GPL-2.0
/* test_util.c - the list of definitions the defscan tests compare. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

static void *must(void *p)
{
	if (!p) {
		fprintf(stderr, "defscan_test: out of memory\n");
		exit(2);
	}
	return p;
}

void found_add(struct found_list *list, const char *name, size_t len, int line,
	       bool is_static)
{
	struct found_def *def;

	if (list->count == list->capacity) {
		list->capacity = list->capacity ? 2 * list->capacity : 16;
		list->defs = must(realloc(list->defs, list->capacity * sizeof(*def)));
	}
	def = &list->defs[list->count++];
	def->name = must(strndup(name, len));
	def->file = list->current_file ? must(strdup(list->current_file)) : NULL;
	def->line = line;
	def->is_static = is_static;
}

void found_def(void *data, const struct def_site *def)
{
	found_add(data, def->name, def->name_len, def->line, def->is_static);
}

void found_file(void *data, const char *path)
{
	struct found_list *list = data;

	list->current_file = path;
	found_add(list, "<file>", 6, 0, false);
}

static int compare_defs(const void *a, const void *b)
{
	const struct found_def *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return strcmp(x->name, y->name);
}

void found_sort(struct found_list *list)
{
	if (list->count)
		qsort(list->defs, list->count, sizeof(*list->defs), compare_defs);
}

void found_free(struct found_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		free(list->defs[i].name);
		free(list->defs[i].file);
	}
	free(list->defs);
	memset(list, 0, sizeof(*list));
}

char *test_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *text;
	long size;

	if (!f || fseek(f, 0, SEEK_END) < 0 || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) < 0) {
		fprintf(stderr, "defscan_test: %s: cannot read\n", path);
		exit(2);
	}
	text = must(malloc(size ? size : 1));
	if (fread(text, 1, size, f) != (size_t)size) {
		fprintf(stderr, "defscan_test: %s: short read\n", path);
		exit(2);
	}
	fclose(f);
	*len = size;
	return text;
}
