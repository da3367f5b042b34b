// SPDX-License-Identifier: GPL-2.0
/*
 * findings.c - a small set of (rule, file, line) reports.  Cases have a
 * handful of them, so a linear search is all it takes.
 */
#include <stdlib.h>
#include <string.h>
#include "case_check.h"

static const char *const rule_names[] = {
	"order", "sleep-in-atomic", "leak", "unbalanced", "wrong-arg",
	"use-after-unmap", "escape", "depth", "unchecked-copy", "deprecated",
	NULL,
};

bool rule_name_known(const char *name)
{
	for (int i = 0; rule_names[i]; i++)
		if (!strcmp(rule_names[i], name))
			return true;
	return false;
}

static char *copy_or_null(const char *text)
{
	return text ? strdup(text) : NULL;
}

void findings_add(struct finding_list *list, const char *rule,
		  const char *file, unsigned line, const char *detail)
{
	struct finding *item;

	if (list->count == list->capacity) {
		list->capacity = list->capacity ? 2 * list->capacity : 8;
		list->items = realloc(list->items,
				      list->capacity * sizeof(*list->items));
		if (!list->items)
			abort();
	}
	item = &list->items[list->count++];
	item->rule = strdup(rule);
	item->file = copy_or_null(file);
	item->line = line;
	item->detail = copy_or_null(detail);
}

static bool same_place(const struct finding *a, const struct finding *b)
{
	if (a->line != b->line || strcmp(a->rule, b->rule))
		return false;
	if (!a->file || !b->file)
		return !a->file && !b->file;
	return !strcmp(a->file, b->file);
}

bool findings_contains(const struct finding_list *list,
		       const struct finding *wanted)
{
	for (int i = 0; i < list->count; i++)
		if (same_place(&list->items[i], wanted))
			return true;
	return false;
}

void findings_free(struct finding_list *list)
{
	for (int i = 0; i < list->count; i++) {
		free(list->items[i].rule);
		free(list->items[i].file);
		free(list->items[i].detail);
	}
	free(list->items);
	list->items = NULL;
	list->count = list->capacity = 0;
}
