// SPDX-License-Identifier: GPL-2.0
/*
 * xdb_files.c - a checked file's rows: its functions, the calls they make
 * to functions defined elsewhere, and the answers its check depended on.
 * They are replaced together, in one transaction, and touch no other file.
 */
#include <stdlib.h>
#include "xdb/xdb_internal.h"

static int delete_rows(struct xdb *db, const char *file)
{
	static const char *const sql[] = {
		"DELETE FROM calls WHERE caller IN"
		" (SELECT id FROM functions WHERE file = ?1)",
		"DELETE FROM functions WHERE file = ?1",
		"DELETE FROM deps WHERE file = ?1",
		"DELETE FROM files WHERE path = ?1",
	};
	size_t i;

	for (i = 0; i < sizeof(sql) / sizeof(sql[0]); i++) {
		sqlite3_stmt *st = xdb_prepare(db, sql[i]);
		int rc;

		if (!st)
			return -1;
		sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return -1;
	}
	return 0;
}

static int step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int insert_calls(sqlite3_stmt *st, sqlite3_int64 caller,
			const struct xdb_function *fn)
{
	int i;

	for (i = 0; i < fn->ncalls; i++) {
		sqlite3_bind_int64(st, 1, caller);
		sqlite3_bind_text(st, 2, fn->calls[i].callee, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, fn->calls[i].via ? fn->calls[i].via : "",
				  -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 4, fn->calls[i].line);
		if (step_done(st))
			return -1;
	}
	return 0;
}

/* A function's own sleep is also its resolved one, until xdb_resolve() says more. */
static int insert_function(struct xdb *db, sqlite3_stmt *st, sqlite3_stmt *calls,
			   const char *file, const struct xdb_function *fn)
{
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, fn->name, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, fn->is_static);
	sqlite3_bind_text(st, 4, fn->summary ? fn->summary : "", -1, SQLITE_STATIC);
	if (fn->sleep_chain) {
		sqlite3_bind_text(st, 5, fn->sleep_chain, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, fn->sleep_file ? fn->sleep_file : "",
				  -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 7, fn->sleep_line);
	}
	if (step_done(st))
		return -1;
	return insert_calls(calls, sqlite3_last_insert_rowid(db->sql), fn);
}

static int insert_deps(sqlite3_stmt *st, const char *file,
		       const struct xdb_dep *deps, int ndeps)
{
	int i;

	for (i = 0; i < ndeps; i++) {
		sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, deps[i].callee, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, deps[i].answer ? deps[i].answer : "",
				  -1, SQLITE_STATIC);
		if (step_done(st))
			return -1;
	}
	return 0;
}

static int insert_rows(struct xdb *db, const char *file, const char *hash,
		       const struct xdb_function *fns, int nfns,
		       const struct xdb_dep *deps, int ndeps)
{
	sqlite3_stmt *fn_st = xdb_prepare(db,
		"INSERT INTO functions(file, name, is_static, summary, own_sleep,"
		" own_sleep_file, own_sleep_line, sleep, sleep_file, sleep_line)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?5, ?6, ?7)");
	sqlite3_stmt *call_st = xdb_prepare(db,
		"INSERT INTO calls(caller, callee, via, line) VALUES (?1, ?2, ?3, ?4)");
	sqlite3_stmt *dep_st = xdb_prepare(db,
		"INSERT INTO deps(file, callee, answer) VALUES (?1, ?2, ?3)");
	sqlite3_stmt *file_st = xdb_prepare(db,
		"INSERT INTO files(path, hash) VALUES (?1, ?2)");
	int i, rc = -1;

	if (!fn_st || !call_st || !dep_st || !file_st)
		goto out;
	for (i = 0; i < nfns; i++)
		if (insert_function(db, fn_st, call_st, file, &fns[i]))
			goto out;
	if (insert_deps(dep_st, file, deps, ndeps))
		goto out;
	sqlite3_bind_text(file_st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_text(file_st, 2, hash, -1, SQLITE_STATIC);
	rc = step_done(file_st);
out:
	sqlite3_finalize(fn_st);
	sqlite3_finalize(call_st);
	sqlite3_finalize(dep_st);
	sqlite3_finalize(file_st);
	return rc;
}

int xdb_replace_file(struct xdb *db, const char *file, const char *hash,
		     const struct xdb_function *fns, int nfns,
		     const struct xdb_dep *deps, int ndeps)
{
	if (xdb_begin(db))
		return -1;
	if (delete_rows(db, file) ||
	    insert_rows(db, file, hash, fns, nfns, deps, ndeps)) {
		xdb_rollback(db);
		return -1;
	}
	return xdb_commit(db);
}

bool xdb_file_current(struct xdb *db, const char *file, const char *hash)
{
	sqlite3_stmt *st = xdb_prepare(db,
		"SELECT 1 FROM files WHERE path = ?1 AND hash = ?2");
	bool current;

	if (!st)
		return false;
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
	current = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return current;
}
