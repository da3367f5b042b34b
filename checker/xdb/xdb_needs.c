// SPDX-License-Identifier: GPL-2.0
/*
 * xdb_needs.c - the functions a checked file needed and nobody has
 * summarized yet, so that a tree driver can check the files defining them.
 *
 * A call in atomic context to a function not in the database leaves a dep
 * with the empty answer.  Once that function's file is checked, its own
 * calls to other files matter as much (the sleep may be two files away), so
 * the calls of every needed function that is defined are followed too.
 * And a file whose content changed since its rows were written must be
 * checked again, though nothing else would make the driver run it.
 */
#include <string.h>
#include "xdb/xdb_internal.h"

static const char needs_sql[] =
	"WITH RECURSIVE needed(name) AS ("
	"  SELECT callee FROM deps WHERE answer = ''"
	"  UNION"
	"  SELECT c.callee FROM needed n"
	"  JOIN functions f ON f.name = n.name AND f.is_static = 0"
	"  JOIN calls c ON c.caller = f.id)"
	" SELECT name FROM needed WHERE name NOT IN"
	"  (SELECT name FROM functions WHERE is_static = 0)"
	" ORDER BY name";

int xdb_needed_callees(struct xdb *db, void (*fn)(void *data, const char *name),
		       void *data)
{
	return xdb_each_text(db, needs_sql, fn, data);
}

/*
 * A file the prefilter skips is never run again by itself, yet others
 * depend on its rows: the driver must see that its content has changed.
 */
int xdb_changed_files(struct xdb *db, void (*fn)(void *data, const char *file),
		      void *data)
{
	sqlite3_stmt *st = xdb_prepare(db, "SELECT path, hash FROM files ORDER BY path");
	const char *path, *hash;
	char now[17];
	int rc, n = 0;

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		path = (const char *)sqlite3_column_text(st, 0);
		hash = (const char *)sqlite3_column_text(st, 1);
		if (xdb_hash_file(path, now) == 0 && strcmp(now, hash)) {
			fn(data, path);
			n++;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? n : -1;
}
