// SPDX-License-Identifier: GPL-2.0
/*
 * prefilter_includes.c - the .c files a unit #includes are part of it (the
 * i915 selftests are included at the end of the file they test, lib/
 * includes its compression code), and hmcheck reports their functions with
 * the unit: so the prefilter reads them too.  Only `#include "NAME.c"` is
 * followed: looked up beside the including file, then in the unit's -I and
 * -iquote directories, as the compiler would.  An include that cannot be
 * found (generated later, or outside the tree) is left out quietly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "hmcheck_tree.h"

static const char *skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* The quoted .c name of an `#include` directive at `p`, or NULL. */
static char *c_include_at(const char *p, const char *end)
{
	const char *name, *close;

	p = skip_blanks(p, end);
	if (p == end || *p++ != '#')
		return NULL;
	p = skip_blanks(p, end);
	if (end - p < 7 || strncmp(p, "include", 7))
		return NULL;
	p = skip_blanks(p + 7, end);
	if (p == end || *p++ != '"')
		return NULL;
	name = p;
	close = memchr(p, '"', end - p);
	if (!close || close - name < 3 || strncmp(close - 2, ".c", 2))
		return NULL;
	return strndup(name, close - name);
}

void prefilter_c_includes(const char *text, size_t len, struct strv *names)
{
	const char *p = text, *end = text + len, *eol;
	char *name;

	while (p < end) {
		eol = memchr(p, '\n', end - p);
		if (!eol)
			eol = end;
		name = c_include_at(p, eol);
		if (name)
			strv_push_owned(names, name);
		p = eol + 1;
	}
}

/* `name` under `dir` if it exists there (malloc'ed), else NULL. */
static char *try_dir(const char *dir, const char *name)
{
	char *path = path_join(dir, name);

	if (access(path, R_OK) == 0)
		return path;
	free(path);
	return NULL;
}

/* The -I or -iquote directory given by argv[*i] (and maybe the next one). */
static const char *include_dir(const struct strv *argv, int *i)
{
	const char *arg = argv->v[*i];

	if (!strcmp(arg, "-I") || !strcmp(arg, "-iquote"))
		return *i + 1 < argv->n ? argv->v[++*i] : NULL;
	if (!strncmp(arg, "-I", 2))
		return arg + 2;
	if (!strncmp(arg, "-iquote", 7))
		return arg + 7;
	return NULL;
}

char *prefilter_resolve_include(const struct unit *unit, const char *includer,
				const char *name)
{
	char *dir = strdup(includer), *slash, *found, *abs_dir;
	const char *inc;
	int i;

	if (!dir)
		abort();
	slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	found = try_dir(slash ? dir : ".", name);
	free(dir);
	for (i = 0; !found && i < unit->argv.n; i++) {
		inc = include_dir(&unit->argv, &i);
		if (!inc)
			continue;
		abs_dir = path_join(unit->dir, inc);
		found = try_dir(abs_dir, name);
		free(abs_dir);
	}
	return found;
}

/*
 * hmcheck reports an included file's functions with each unit including
 * it, and with the file's own unit when it is compiled on its own as well:
 * each unit's reports are that unit's (the macros may differ between the
 * two), and the summary counts them once per unit.  Say so where it happens.
 */
int note_included_units(struct unit_list *list)
{
	struct unit *unit, *other;
	char *real;
	int i, k, notes = 0;

	for (i = 0; i < list->n; i++) {
		unit = &list->v[i];
		for (k = 0; unit->status == UNIT_PENDING && k < unit->included.n; k++) {
			real = realpath(unit->included.v[k], NULL);
			other = real ? unit_by_real_path(list, real) : NULL;
			free(real);
			if (!other || other == unit || other->status != UNIT_PENDING)
				continue;
			fprintf(stderr, "hmcheck-tree: note: %s is checked on its own and "
				"#included by %s: its reports appear under both units\n",
				other->name, unit->name);
			notes++;
		}
	}
	return notes;
}
