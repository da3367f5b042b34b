// SPDX-License-Identifier: GPL-2.0
/*
 * needed_units.c - a file that never names the mapping API is skipped by
 * the prefilter, yet it may define the function a mapping file calls in
 * atomic context, and that function may sleep.  So after a round, each
 * function the checked files needed and nobody summarized is looked up,
 * and the skipped unit defining it is checked in the next round.
 *
 * With --tree the tree's index of definitions (built once, kept in the
 * database, shared with hmcheck --tree) says where; without it, the skipped
 * units' own sources are scanned once, lexically (defscan), which finds
 * exactly the definitions the unit list can offer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "xdb/xdb.h"
#include "xdb/defscan.h"

/* The non-static definitions of the skipped units, sorted by name. */
struct needed_scan {
	int n, cap;
	struct definer {
		char *name;
		int unit;
	} *v;
	int scanning;		/* the unit being scanned */
};

static void on_definition(void *data, const struct def_site *def)
{
	struct needed_scan *scan = data;
	struct definer *d;

	if (def->is_static)
		return;
	if (scan->n == scan->cap) {
		scan->cap = scan->cap ? 2 * scan->cap : 256;
		scan->v = realloc(scan->v, scan->cap * sizeof(*scan->v));
		if (!scan->v)
			abort();
	}
	d = &scan->v[scan->n++];
	d->name = strndup(def->name, def->name_len);
	if (!d->name)
		abort();
	d->unit = scan->scanning;
}

static int compare_definers(const void *a, const void *b)
{
	const struct definer *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : x->unit - y->unit;
}

static struct needed_scan *scan_skipped(const struct unit_list *list)
{
	struct needed_scan *scan = calloc(1, sizeof(*scan));
	int i;

	if (!scan)
		abort();
	for (i = 0; i < list->n; i++) {
		if (list->v[i].status != UNIT_SKIPPED)
			continue;
		scan->scanning = i;
		if (defscan_file(list->v[i].source, on_definition, scan) < 0)
			fprintf(stderr, "hmcheck-tree: %s: cannot read to find its "
				"definitions\n", list->v[i].source);
	}
	if (scan->n)
		qsort(scan->v, scan->n, sizeof(*scan->v), compare_definers);
	return scan;
}

void needed_scan_free(struct needed_scan *scan)
{
	int i;

	if (!scan)
		return;
	for (i = 0; i < scan->n; i++)
		free(scan->v[i].name);
	free(scan->v);
	free(scan);
}

/* A skipped unit defining `name` (the first, when configurations differ). */
static struct unit *scanned_definer(struct needed_scan *scan,
				    struct unit_list *list, const char *name)
{
	int low = 0, high = scan->n, mid;

	while (low < high) {
		mid = low + (high - low) / 2;
		if (strcmp(scan->v[mid].name, name) < 0)
			low = mid + 1;
		else
			high = mid;
	}
	for (; low < scan->n && !strcmp(scan->v[low].name, name); low++)
		if (list->v[scan->v[low].unit].status == UNIT_SKIPPED)
			return &list->v[scan->v[low].unit];
	return NULL;
}

static struct unit *indexed_definer(struct xdb *db, struct unit_list *list,
				    const char *name)
{
	struct unit *unit = NULL;
	char *file, *real;
	int line;

	file = xdb_index_find(db, name, &line);
	if (!file)
		return NULL;
	real = realpath(file, NULL);
	unit = unit_by_real_path(list, real ? real : file);
	free(real);
	free(file);
	return unit;
}

int needed_units_mark(struct xdb *db, const char *tree, struct unit_list *list,
		      const struct strv *names, struct needed_scan **scan)
{
	struct unit *unit;
	int i, marked = 0;

	if (tree && !xdb_index_done(db, tree) && xdb_index_build(db, tree) < 0) {
		fprintf(stderr, "hmcheck-tree: %s: cannot index its definitions: %s\n",
			tree, xdb_errmsg(db));
		tree = NULL;	/* the scan of the skipped units still works */
	}
	if (!tree && !*scan)
		*scan = scan_skipped(list);
	for (i = 0; i < names->n; i++) {
		if (tree)
			unit = indexed_definer(db, list, names->v[i]);
		else
			unit = scanned_definer(*scan, list, names->v[i]);
		if (unit && unit->status == UNIT_SKIPPED) {
			unit->status = UNIT_PENDING;
			unit->added = true;
			marked++;
		}
	}
	return marked;
}
