// SPDX-License-Identifier: GPL-2.0
/*
 * xdb_index.c - where each function of a tree is defined, found once per
 * tree by a lexical scan (defscan.c) and kept in the database.  The first
 * process to need it builds it while holding the write lock; the others
 * wait on the busy timeout and then find it built.
 *
 * Only code that can be linked into the tree's kernel is indexed: not
 * another architecture's, not boot code (xdb_tree_arch.c).  An index made
 * by an earlier rule (meta "index_rules") is dropped and made again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xdb/xdb_internal.h"
#include "xdb/defscan.h"

/* Bump when what the index holds changes: older indexes are rebuilt. */
#define INDEX_RULES	"configured-arch-no-boot"

struct index_build {
	sqlite3_stmt *insert;
	const char *file;
	char *arch;		/* the tree's, or NULL: every architecture */
	int failed;
};

static bool skip_dir(void *data, const char *relative)
{
	return xdb_arch_dir_skipped(((struct index_build *)data)->arch, relative);
}

static void on_file(void *data, const char *path)
{
	((struct index_build *)data)->file = path;
}

static void on_definition(void *data, const struct def_site *def)
{
	struct index_build *b = data;
	sqlite3_stmt *st = b->insert;

	sqlite3_bind_text(st, 1, def->name, (int)def->name_len, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, b->file, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, def->line);
	sqlite3_bind_int(st, 4, def->is_static);
	if (sqlite3_step(st) != SQLITE_DONE)
		b->failed++;
	sqlite3_reset(st);
}

bool xdb_index_done(struct xdb *db, const char *tree)
{
	sqlite3_stmt *st = xdb_prepare(db, "SELECT 1 FROM trees WHERE root = ?1"
		" AND (SELECT value FROM meta WHERE key = 'index_rules') = ?2");
	bool done;

	if (!st)
		return false;
	sqlite3_bind_text(st, 1, tree, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, INDEX_RULES, -1, SQLITE_STATIC);
	done = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return done;
}

static int record_tree(struct xdb *db, const char *tree, int files)
{
	sqlite3_stmt *st = xdb_prepare(db,
		"INSERT INTO trees(root, files) VALUES (?1, ?2)");
	int rc;

	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, tree, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, files);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int scan_into(struct xdb *db, const char *tree)
{
	struct index_build b = { 0 };
	int files;

	b.insert = xdb_prepare(db,
		"INSERT INTO defs(name, file, line, is_static) VALUES (?1, ?2, ?3, ?4)");
	if (!b.insert)
		return -1;
	b.arch = xdb_tree_arch(tree);
	files = defscan_tree_skipping(tree, skip_dir, on_file, on_definition, &b);
	sqlite3_finalize(b.insert);
	free(b.arch);
	if (files < 0 || b.failed)
		return -1;
	return record_tree(db, tree, files);
}

/* Indexes made by other rules go: every tree's is made again when needed. */
static int use_rules(struct xdb *db)
{
	sqlite3_stmt *st = xdb_prepare(db,
		"SELECT 1 FROM meta WHERE key = 'index_rules' AND value = ?1");
	bool current;

	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, INDEX_RULES, -1, SQLITE_STATIC);
	current = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	if (current)
		return 0;
	return xdb_exec(db, "DELETE FROM defs; DELETE FROM trees;"
		" INSERT OR REPLACE INTO meta(key, value)"
		" VALUES ('index_rules', '" INDEX_RULES "')");
}

int xdb_index_build(struct xdb *db, const char *tree)
{
	if (xdb_begin(db))
		return -1;
	/* Someone else may have built it while this one waited for the lock. */
	if (!xdb_index_done(db, tree) && (use_rules(db) || scan_into(db, tree))) {
		xdb_rollback(db);
		return -1;
	}
	return xdb_commit(db);
}

char *xdb_index_find(struct xdb *db, const char *name, int *line)
{
	sqlite3_stmt *st = xdb_prepare(db,
		"SELECT file, line FROM defs WHERE name = ?1 AND is_static = 0"
		" ORDER BY file LIMIT 1");
	char *file = NULL;

	if (!st)
		return NULL;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		file = xdb_column_dup(st, 0);
		*line = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	return file;
}
