// SPDX-License-Identifier: GPL-2.0
/*
 * rounds.c - --db: a file's check depends on what the files it calls into
 * do, and those may be checked after it (or, skipped by the prefilter, not
 * at all).  So the units run in rounds: after each, the sleep facts are
 * carried across files (xdb_resolve), the skipped units defining functions
 * the checked ones needed are added, and every unit whose recorded answers
 * no longer match the database runs again.  Facts only grow, so this
 * settles; six rounds bound a chain of changes that does not.
 */
#include <stdio.h>
#include <stdlib.h>
#include "hmcheck_tree.h"
#include "xdb/xdb.h"

#define MAX_ROUNDS	6

struct stale_marking {
	struct unit_list *list;
	struct crossfile_tally *tally;
	int marked, still_stale;
};

static void rerun(struct unit *unit)
{
	unit->status = UNIT_PENDING;
	free(unit->failure);
	unit->failure = NULL;
}

/* A failed unit is not run again: its failure would only repeat. */
static void mark_stale(void *data, const char *file)
{
	struct stale_marking *m = data;
	struct unit *unit = unit_by_real_path(m->list, file);

	if (!unit || unit->status != UNIT_CHECKED)
		return;
	if (unit->runs == 1)
		m->tally->rechecked++;
	rerun(unit);
	m->marked++;
}

static void count_stale(void *data, const char *file)
{
	struct stale_marking *m = data;
	struct unit *unit = unit_by_real_path(m->list, file);

	if (unit && unit->status == UNIT_CHECKED)
		m->still_stale++;
}

/* A skipped unit whose rows are out of date: its callers would be misled. */
static void mark_changed(void *data, const char *file)
{
	struct stale_marking *m = data;
	struct unit *unit = unit_by_real_path(m->list, file);

	if (unit && unit->status == UNIT_SKIPPED) {
		unit->status = UNIT_PENDING;
		m->tally->changed++;
	}
}

static void collect_name(void *data, const char *name)
{
	strv_push(data, name);
}

/* Mark the units that define needed functions; how many, or -1. */
static int add_needed(struct xdb *db, const char *tree, struct unit_list *list,
		      struct needed_scan **scan)
{
	struct strv names = { 0 };
	int added = -1;

	if (xdb_needed_callees(db, collect_name, &names) >= 0)
		added = names.n ? needed_units_mark(db, tree, list, &names, scan) : 0;
	strv_free(&names);
	return added;
}

static int database_error(const struct tree_options *o, struct xdb *db)
{
	fprintf(stderr, "hmcheck-tree: %s: summary database: %s\n", o->db,
		xdb_errmsg(db));
	return -1;
}

/* After a round: 1 if another is needed, 0 if not, -1 after a message. */
static int next_round(const struct tree_options *o, struct xdb *db, const char *tree,
		      struct unit_list *list, struct needed_scan **scan,
		      struct crossfile_tally *tally)
{
	struct stale_marking m = { list, tally, 0, 0 };
	int added;

	tally->learned = xdb_resolve(db);
	if (tally->learned < 0)
		return database_error(o, db);
	if (tally->rounds == MAX_ROUNDS) {
		if (xdb_stale_files(db, count_stale, &m) > 0 && m.still_stale)
			fprintf(stderr, "hmcheck-tree: cross-file: %d unit%s still stale "
				"after %d rounds\n", m.still_stale,
				m.still_stale == 1 ? "" : "s", MAX_ROUNDS);
		return 0;
	}
	added = add_needed(db, tree, list, scan);
	if (added < 0 || xdb_stale_files(db, mark_stale, &m) < 0)
		return database_error(o, db);
	tally->added += added;
	return added + m.marked > 0;
}

int crossfile_rounds(const struct tree_options *o, const char *tree,
		     struct unit_list *list, round_fn run_round, void *data,
		     struct crossfile_tally *tally)
{
	struct stale_marking changed = { list, tally, 0, 0 };
	struct needed_scan *scan = NULL;
	char *err = NULL;
	struct xdb *db = xdb_open(o->db, &err);
	int more = 1;

	if (!db) {
		fprintf(stderr, "hmcheck-tree: %s\n", err ? err : o->db);
		free(err);
		return -1;
	}
	if (xdb_changed_files(db, mark_changed, &changed) < 0)
		more = database_error(o, db);
	while (more > 0) {
		run_round(data, list);
		tally->rounds++;
		more = next_round(o, db, tree, list, &scan, tally);
	}
	needed_scan_free(scan);
	xdb_close(db);
	return more;
}
