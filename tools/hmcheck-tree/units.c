// SPDX-License-Identifier: GPL-2.0
/*
 * units.c - the translation units to check, and the string vectors and path
 * helpers the loaders share.  Allocation failure is not worth recovering
 * from in a driver: it aborts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		abort();
	return p;
}

static char *xstrdup(const char *s)
{
	char *copy = strdup(s);

	if (!copy)
		abort();
	return copy;
}

void strv_push_owned(struct strv *sv, char *s)
{
	if (sv->n + 2 > sv->cap) {
		sv->cap = sv->cap ? 2 * sv->cap : 16;
		sv->v = xrealloc(sv->v, sv->cap * sizeof(*sv->v));
	}
	sv->v[sv->n++] = s;
	sv->v[sv->n] = NULL;
}

void strv_push(struct strv *sv, const char *s)
{
	strv_push_owned(sv, xstrdup(s));
}

void strv_free(struct strv *sv)
{
	int i;

	for (i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	memset(sv, 0, sizeof(*sv));
}

char *path_join(const char *dir, const char *file)
{
	size_t n;
	char *path;

	if (file[0] == '/' || !dir || !dir[0])
		return xstrdup(file);
	while (file[0] == '.' && file[1] == '/')
		file += 2;
	n = strlen(dir) + strlen(file) + 2;
	path = xrealloc(NULL, n);
	snprintf(path, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", file);
	return path;
}

char *path_under(const char *dir, const char *file)
{
	size_t n = dir ? strlen(dir) : 0;

	while (n > 1 && dir[n - 1] == '/')
		n--;
	if (file[0] == '/' && n && !strncmp(file, dir, n) && file[n] == '/')
		file += n + 1;
	while (file[0] == '.' && file[1] == '/')
		file += 2;
	return xstrdup(file);
}

struct unit *unit_list_add(struct unit_list *list, const char *name,
			   const char *dir, struct strv *argv)
{
	struct unit *unit;

	if (list->n == list->cap) {
		list->cap = list->cap ? 2 * list->cap : 64;
		list->v = xrealloc(list->v, list->cap * sizeof(*list->v));
	}
	unit = &list->v[list->n++];
	memset(unit, 0, sizeof(*unit));
	unit->name = path_under(dir, name);
	unit->source = path_join(dir, name);
	unit->dir = xstrdup(dir);
	unit->argv = *argv;
	memset(argv, 0, sizeof(*argv));
	return unit;
}

static int compare_units(const void *a, const void *b)
{
	const struct unit *x = a, *y = b;

	return strcmp(x->name, y->name);
}

void unit_list_sort(struct unit_list *list)
{
	if (list->n)
		qsort(list->v, list->n, sizeof(*list->v), compare_units);
}

static void unit_free(struct unit *unit)
{
	free(unit->name);
	free(unit->source);
	free(unit->dir);
	free(unit->failure);
	free(unit->output);
	free(unit->real_source);
	strv_free(&unit->argv);
	strv_free(&unit->included);
}

void unit_list_free(struct unit_list *list)
{
	int i;

	for (i = 0; i < list->n; i++)
		unit_free(&list->v[i]);
	free(list->v);
	memset(list, 0, sizeof(*list));
}

void unit_list_filter(struct unit_list *list,
		      bool (*keep)(const struct unit *unit, void *data), void *data)
{
	int i, kept = 0;

	for (i = 0; i < list->n; i++) {
		if (keep(&list->v[i], data))
			list->v[kept++] = list->v[i];
		else
			unit_free(&list->v[i]);
	}
	list->n = kept;
}

/* Units are few enough (tens of thousands) and lookups rare (stale files). */
struct unit *unit_by_real_path(struct unit_list *list, const char *real_path)
{
	struct unit *unit;
	int i;

	for (i = 0; i < list->n; i++) {
		unit = &list->v[i];
		if (!unit->real_source)
			unit->real_source = realpath(unit->source, NULL);
		if (!unit->real_source)
			unit->real_source = xstrdup(unit->source);
		if (!strcmp(unit->real_source, real_path))
			return unit;
	}
	return NULL;
}
