// SPDX-License-Identifier: GPL-2.0
/*
 * paths.c - PATHS on the command line keep only the units at or under them.
 * A PATH is tree-relative ("fs/ext4", "./mm/highmem.c") or absolute, and is
 * compared whole component by component: "fs/ext" is not "fs/ext4".  A PATH
 * that matches nothing is an input error: a typo would otherwise check
 * nothing and say all is well.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"

struct restriction {
	const struct strv *paths;
	int *matches;		/* per PATH */
};

/* Length of `path` without "./" in front and '/' at the end. */
static const char *trimmed(const char *path, size_t *len)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	*len = strlen(path);
	while (*len > 1 && path[*len - 1] == '/')
		(*len)--;
	if (*len == 1 && path[0] == '.')
		*len = 0;
	return path;
}

static bool at_or_under(const char *name, const char *path, size_t len)
{
	return len == 0 ||
	       (!strncmp(name, path, len) && (name[len] == '\0' || name[len] == '/'));
}

static bool keep_unit(const struct unit *unit, void *data)
{
	struct restriction *r = data;
	bool kept = false;
	const char *path;
	size_t len;
	int i;

	for (i = 0; i < r->paths->n; i++) {
		path = trimmed(r->paths->v[i], &len);
		if (at_or_under(path[0] == '/' ? unit->source : unit->name, path, len)) {
			r->matches[i]++;
			kept = true;
		}
	}
	return kept;
}

int paths_restrict(struct unit_list *list, const struct strv *paths)
{
	struct restriction r = { paths, NULL };
	int i, ret = 0;

	if (paths->n == 0)
		return 0;
	r.matches = calloc(paths->n, sizeof(*r.matches));
	if (!r.matches)
		abort();
	unit_list_filter(list, keep_unit, &r);
	for (i = 0; i < paths->n; i++) {
		if (r.matches[i])
			continue;
		fprintf(stderr, "hmcheck-tree: %s: no translation unit at or under this path\n",
			paths->v[i]);
		ret = -1;
	}
	free(r.matches);
	return ret;
}
