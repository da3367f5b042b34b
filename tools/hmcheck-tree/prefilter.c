// SPDX-License-Identifier: GPL-2.0
/*
 * prefilter.c - most of a kernel tree never maps a page; parsing those files
 * with libclang would cost minutes for nothing.  So the source text alone is
 * read: a unit is checked only if some identifier outside comments and
 * literals is a map or unmap call of the API model (rules/kmap.rules, the
 * same data hmcheck uses), or a name added through prefilter_add_name().
 * Map calls (a map name followed by '(') are counted as call sites seen.
 *
 * A mapping made only inside a header's inline helper is not seen; such
 * helpers (memcpy_from_page() ...) release what they map themselves.  The
 * .c files a unit #includes are its own code and are read with it
 * (prefilter_includes.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "model.h"

#define EXTRA_BUCKETS 1024

struct extra_name {
	struct extra_name *next;
	bool maps;
	char name[];
};

struct prefilter {
	struct api_model *model;
	struct extra_name *extra[EXTRA_BUCKETS];
};

enum mention { MENTION_NONE, MENTION_UNMAP, MENTION_MAP };

static unsigned hash_name(const char *s, size_t len)
{
	unsigned h = 5381;

	while (len--)
		h = h * 33 + (unsigned char)*s++;
	return h % EXTRA_BUCKETS;
}

void prefilter_add_name(struct prefilter *pf, const char *name, bool maps)
{
	size_t len = strlen(name);
	struct extra_name *e = malloc(sizeof(*e) + len + 1);
	unsigned h = hash_name(name, len);

	if (!e)
		abort();
	e->maps = maps;
	memcpy(e->name, name, len + 1);
	e->next = pf->extra[h];
	pf->extra[h] = e;
}

struct prefilter *prefilter_new(const struct strv *rules_files)
{
	struct prefilter *pf = calloc(1, sizeof(*pf));
	int i;

	if (!pf)
		abort();
	pf->model = model_new();
	if (model_load_default(pf->model) < 0)
		goto fail;
	for (i = 0; i < rules_files->n; i++)
		if (model_load(pf->model, rules_files->v[i]) < 0)
			goto fail;
	return pf;
fail:
	prefilter_free(pf);
	return NULL;
}

void prefilter_free(struct prefilter *pf)
{
	struct extra_name *e, *next;
	int i;

	if (!pf)
		return;
	for (i = 0; i < EXTRA_BUCKETS; i++)
		for (e = pf->extra[i]; e; e = next) {
			next = e->next;
			free(e);
		}
	model_free(pf->model);
	free(pf);
}

static enum mention classify(const struct prefilter *pf, const char *id, size_t len)
{
	const struct api_entry *entry;
	const struct extra_name *e;
	char name[128];

	if (len >= sizeof(name))
		return MENTION_NONE;
	memcpy(name, id, len);
	name[len] = '\0';
	entry = model_lookup(pf->model, name);
	if (entry && entry->kind == API_MAP)
		return MENTION_MAP;
	if (entry && entry->kind == API_UNMAP)
		return MENTION_UNMAP;
	for (e = pf->extra[hash_name(id, len)]; e; e = e->next)
		if (!strcmp(e->name, name))
			return e->maps ? MENTION_MAP : MENTION_UNMAP;
	return MENTION_NONE;
}

struct scan_count {
	const struct prefilter *pf;
	bool mentioned;
	int map_calls;
};

static void count_identifier(void *data, const char *id, size_t len, bool called)
{
	struct scan_count *count = data;
	enum mention m = classify(count->pf, id, len);

	if (m != MENTION_NONE)
		count->mentioned = true;
	if (m == MENTION_MAP && called)
		count->map_calls++;
}

static char *read_whole(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t cap = 0, n;

	*len = 0;
	if (!f)
		return NULL;
	do {
		if (*len == cap) {
			cap = cap ? 2 * cap : 65536;
			text = realloc(text, cap);
			if (!text)
				abort();
		}
		n = fread(text + *len, 1, cap - *len, f);
		*len += n;
	} while (n > 0);
	if (ferror(f)) {
		free(text);
		text = NULL;
	}
	fclose(f);
	return text;
}

/* Scan one file into `count`; its text is kept in *text_out (malloc'ed). */
static int scan_file(struct scan_count *count, const char *path, char **text_out,
		     size_t *len)
{
	char *text = read_whole(path, len);

	if (!text) {
		fprintf(stderr, "hmcheck-tree: %s: cannot read: %s\n", path, strerror(errno));
		return -1;
	}
	c_identifiers(text, *len, count_identifier, count);
	*text_out = text;
	return 0;
}

int prefilter_scan(const struct prefilter *pf, const char *path, int *map_calls)
{
	struct scan_count count = { pf, false, 0 };
	size_t len;
	char *text;

	*map_calls = 0;
	if (scan_file(&count, path, &text, &len) < 0)
		return -1;
	free(text);
	*map_calls = count.map_calls;
	return count.mentioned;
}

/* Nested .c includes are followed this deep (the kernel's go one or two). */
#define MAX_C_INCLUDE_DEPTH	4

static bool already_included(const struct unit *unit, const char *path)
{
	int i;

	if (!strcmp(path, unit->source))
		return true;
	for (i = 0; i < unit->included.n; i++)
		if (!strcmp(unit->included.v[i], path))
			return true;
	return false;
}

/* Scan the .c files `text` (of file `path`) #includes, and theirs. */
static void scan_c_includes(struct scan_count *count, struct unit *unit,
			    const char *path, const char *text, size_t len, int depth)
{
	struct strv names = { 0 };
	char *found, *included_text;
	size_t included_len;
	int i;

	prefilter_c_includes(text, len, &names);
	for (i = 0; i < names.n; i++) {
		found = prefilter_resolve_include(unit, path, names.v[i]);
		if (!found || already_included(unit, found)) {
			free(found);
			continue;
		}
		strv_push_owned(&unit->included, found);
		if (scan_file(count, found, &included_text, &included_len) < 0)
			continue;
		if (depth < MAX_C_INCLUDE_DEPTH)
			scan_c_includes(count, unit, found, included_text,
					included_len, depth + 1);
		free(included_text);
	}
	strv_free(&names);
}

int prefilter_scan_unit(const struct prefilter *pf, struct unit *unit)
{
	struct scan_count count = { pf, false, 0 };
	size_t len;
	char *text;

	unit->map_calls = 0;
	if (scan_file(&count, unit->source, &text, &len) < 0)
		return -1;
	scan_c_includes(&count, unit, unit->source, text, len, 1);
	free(text);
	unit->map_calls = count.map_calls;
	return count.mentioned;
}
