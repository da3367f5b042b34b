// SPDX-License-Identifier: GPL-2.0
/*
 * xdb_open.c - opening the summary database: WAL so that readers never wait
 * for the one writer, a busy timeout so that writers queue instead of
 * failing, and a schema version so that an old file is refused by name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xdb/xdb_internal.h"

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS files("
	"  path TEXT PRIMARY KEY, hash TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS functions("
	"  id INTEGER PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL,"
	"  is_static INTEGER NOT NULL, summary TEXT NOT NULL,"
	"  own_sleep TEXT, own_sleep_file TEXT, own_sleep_line INTEGER,"
	"  sleep TEXT, sleep_file TEXT, sleep_line INTEGER);"
	"CREATE INDEX IF NOT EXISTS functions_name ON functions(name, is_static, file);"
	"CREATE INDEX IF NOT EXISTS functions_file ON functions(file);"
	"CREATE TABLE IF NOT EXISTS calls("
	"  caller INTEGER NOT NULL, callee TEXT NOT NULL, via TEXT NOT NULL,"
	"  line INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS calls_caller ON calls(caller);"
	"CREATE TABLE IF NOT EXISTS deps("
	"  file TEXT NOT NULL, callee TEXT NOT NULL, answer TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS deps_file ON deps(file);"
	"CREATE TABLE IF NOT EXISTS trees("
	"  root TEXT PRIMARY KEY, files INTEGER NOT NULL);"
	"CREATE TABLE IF NOT EXISTS defs("
	"  name TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,"
	"  is_static INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS defs_name ON defs(name, is_static);"
	"CREATE TABLE IF NOT EXISTS meta("
	"  key TEXT PRIMARY KEY, value TEXT NOT NULL);";

int xdb_exec(struct xdb *db, const char *sql)
{
	return sqlite3_exec(db->sql, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

sqlite3_stmt *xdb_prepare(struct xdb *db, const char *sql)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	return st;
}

char *xdb_column_dup(sqlite3_stmt *st, int col)
{
	const unsigned char *text = sqlite3_column_text(st, col);

	return text ? strdup((const char *)text) : NULL;
}

int xdb_each_text(struct xdb *db, const char *sql,
		  void (*fn)(void *data, const char *text), void *data)
{
	sqlite3_stmt *st = xdb_prepare(db, sql);
	int rc, n = 0;

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		fn(data, (const char *)sqlite3_column_text(st, 0));
		n++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? n : -1;
}

int xdb_begin(struct xdb *db)
{
	return xdb_exec(db, "BEGIN IMMEDIATE");
}

int xdb_commit(struct xdb *db)
{
	return xdb_exec(db, "COMMIT");
}

void xdb_rollback(struct xdb *db)
{
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
}

static bool model_recorded(struct xdb *db, const char *model)
{
	sqlite3_stmt *st = xdb_prepare(db,
		"SELECT 1 FROM meta WHERE key = 'model' AND value = ?1");
	bool same;

	if (!st)
		return false;
	sqlite3_bind_text(st, 1, model, -1, SQLITE_STATIC);
	same = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return same;
}

static int record_model(struct xdb *db, const char *model)
{
	sqlite3_stmt *st = xdb_prepare(db,
		"INSERT OR REPLACE INTO meta(key, value) VALUES ('model', ?1)");
	int rc;

	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, model, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int xdb_use_model(struct xdb *db, const char *model)
{
	if (model_recorded(db, model))
		return 0;
	if (xdb_begin(db))
		return -1;
	if (model_recorded(db, model))		/* another process did it */
		return xdb_commit(db);
	if (xdb_exec(db, "DELETE FROM calls; DELETE FROM functions;"
		     " DELETE FROM deps; DELETE FROM files") ||
	    record_model(db, model)) {
		xdb_rollback(db);
		return -1;
	}
	return xdb_commit(db) ? -1 : 1;
}

const char *xdb_errmsg(struct xdb *db)
{
	return sqlite3_errmsg(db->sql);
}

static char *message(const char *path, const char *what)
{
	size_t size = strlen(path) + strlen(what) + 32;
	char *text = malloc(size);

	if (text)
		snprintf(text, size, "%s: summary database: %s", path, what);
	return text;
}

/* "PRAGMA user_version=3": the number spelled once, in xdb_internal.h. */
#define VERSION_PRAGMA(v)	VERSION_PRAGMA_TEXT(v)
#define VERSION_PRAGMA_TEXT(v)	"PRAGMA user_version=" #v

static int user_version(struct xdb *db)
{
	sqlite3_stmt *st = xdb_prepare(db, "PRAGMA user_version");
	int version = -1;

	if (st && sqlite3_step(st) == SQLITE_ROW)
		version = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return version;
}

/* Create the tables once, or refuse a file another version wrote. */
static int set_up(struct xdb *db, char **err)
{
	char what[128];
	int version;

	if (xdb_exec(db, "PRAGMA journal_mode=WAL") ||
	    xdb_exec(db, "PRAGMA synchronous=NORMAL") || xdb_begin(db))
		goto sql_error;
	version = user_version(db);
	if (version == 0 && (xdb_exec(db, schema) ||
			     xdb_exec(db, VERSION_PRAGMA(XDB_SCHEMA_VERSION)))) {
		xdb_rollback(db);
		goto sql_error;
	}
	if (xdb_commit(db))
		goto sql_error;
	if (version == 0 || version == XDB_SCHEMA_VERSION)
		return 0;
	snprintf(what, sizeof(what),
		 "written by another version (schema %d, not %d): remove it",
		 version, XDB_SCHEMA_VERSION);
	*err = message(db->path, what);
	return -1;
sql_error:
	*err = message(db->path, sqlite3_errmsg(db->sql));
	return -1;
}

static bool busy(struct xdb *db)
{
	int rc = sqlite3_errcode(db->sql) & 0xff;

	return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

/*
 * Processes that start together race to create a new database (its WAL
 * switch, its tables): SQLite answers some of those races with "database
 * is locked" at once, without its busy handler.  They are retried.
 */
static int set_up_retrying(struct xdb *db, char **err)
{
	int tries;

	for (tries = 0; ; tries++) {
		if (!set_up(db, err))
			return 0;
		if (!busy(db) || tries == XDB_OPEN_TRIES)
			return -1;
		free(*err);
		*err = NULL;
		sqlite3_sleep(10 + tries % 40);
	}
}

struct xdb *xdb_open(const char *path, char **err)
{
	struct xdb *db = calloc(1, sizeof(*db));

	*err = NULL;
	if (!db || !(db->path = strdup(path))) {
		free(db);
		*err = message(path, "out of memory");
		return NULL;
	}
	if (sqlite3_open_v2(path, &db->sql, SQLITE_OPEN_READWRITE |
			    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		*err = message(path, db->sql ? sqlite3_errmsg(db->sql) :
			       "cannot open");
		xdb_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db->sql, XDB_BUSY_TIMEOUT_MS);
	if (set_up_retrying(db, err)) {
		xdb_close(db);
		return NULL;
	}
	return db;
}

int xdb_schema_version(void)
{
	return XDB_SCHEMA_VERSION;
}

void xdb_close(struct xdb *db)
{
	if (!db)
		return;
	sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

/* FNV-1a: a content key, not a defence against anyone. */
int xdb_hash_file(const char *path, char hash[17])
{
	unsigned long long h = 0xcbf29ce484222325ULL;
	unsigned char buf[65536];
	FILE *f = fopen(path, "rb");
	size_t n, i;

	if (!f)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		for (i = 0; i < n; i++)
			h = (h ^ buf[i]) * 0x100000001b3ULL;
	if (ferror(f)) {
		fclose(f);
		return -1;
	}
	fclose(f);
	snprintf(hash, 17, "%016llx", h);
	return 0;
}
