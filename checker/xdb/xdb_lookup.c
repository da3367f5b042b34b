// SPDX-License-Identifier: GPL-2.0
/*
 * xdb_lookup.c - what callers elsewhere know of a function.  A name with
 * several external definitions (one per architecture, say) is answered by
 * one of them, always the same: the first by file name.
 *
 * The answer is the function's own facts: a sleep through another file is
 * found by following its calls (calls_out in the summary) to that file's
 * current rows, so that editing one file never leaves others' answers stale.
 */
#include <stdlib.h>
#include <string.h>
#include "xdb/xdb_internal.h"

int xdb_lookup(struct xdb *db, const char *name, struct xdb_answer *answer)
{
	sqlite3_stmt *st = xdb_prepare(db,
		"SELECT file, summary, own_sleep, own_sleep_file, own_sleep_line"
		" FROM functions"
		" WHERE name = ?1 AND is_static = 0 ORDER BY file LIMIT 1");
	int rc;

	memset(answer, 0, sizeof(*answer));
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		answer->file = xdb_column_dup(st, 0);
		answer->summary = xdb_column_dup(st, 1);
		answer->sleep_chain = xdb_column_dup(st, 2);
		answer->sleep_file = xdb_column_dup(st, 3);
		answer->sleep_line = sqlite3_column_int(st, 4);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : -1;
}

void xdb_answer_free(struct xdb_answer *answer)
{
	free(answer->file);
	free(answer->summary);
	free(answer->sleep_chain);
	free(answer->sleep_file);
	memset(answer, 0, sizeof(*answer));
}
