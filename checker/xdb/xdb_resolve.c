// SPDX-License-Identifier: GPL-2.0
/*
 * xdb_resolve.c - sleep facts through calls between files, to a fixed
 * point, and the files whose check used an answer that has changed since.
 *
 * Every function starts from what its own file's check saw (own_sleep);
 * each round, a function that calls a sleeping one, not in atomic context
 * of its own, learns to sleep through it.  A round only adds facts, and a
 * function learns once, so it ends; the chain is the shortest found first.
 */
#include "xdb/xdb_internal.h"

/* The definition callers see: the same one xdb_lookup() answers with. */
#define CANONICAL(alias, name)						\
	" " alias ".id = (SELECT id FROM functions WHERE name = " name	\
	" AND is_static = 0 ORDER BY file LIMIT 1)"

static const char reset_sql[] =
	"UPDATE functions SET sleep = own_sleep, sleep_file = own_sleep_file,"
	" sleep_line = own_sleep_line";

static const char round_sql[] =
	"WITH found AS ("
	"  SELECT c.caller AS id,"
	"   CASE c.via WHEN '' THEN '' ELSE c.via || ' -> ' END"
	"     || g.name || ' -> ' || g.sleep AS chain,"
	"   g.sleep_file AS sleep_file, g.sleep_line AS sleep_line,"
	"   ROW_NUMBER() OVER (PARTITION BY c.caller"
	"     ORDER BY length(g.sleep), c.line) AS rank"
	"  FROM calls c JOIN functions f ON f.id = c.caller"
	"  JOIN functions g ON" CANONICAL("g", "c.callee")
	"  WHERE f.sleep IS NULL AND g.sleep IS NOT NULL)"
	" UPDATE functions SET sleep = found.chain, sleep_file = found.sleep_file,"
	"  sleep_line = found.sleep_line"
	" FROM found WHERE found.id = functions.id AND found.rank = 1";

int xdb_resolve(struct xdb *db)
{
	int learned = 0, n;

	if (xdb_begin(db))
		return -1;
	if (xdb_exec(db, reset_sql))
		goto fail;
	do {
		if (xdb_exec(db, round_sql))
			goto fail;
		n = sqlite3_changes(db->sql);
		learned += n;
	} while (n > 0);
	if (xdb_commit(db))
		return -1;
	return learned;
fail:
	xdb_rollback(db);
	return -1;
}

/*
 * The answer a caller records is what xdb_lookup() gave it: the function's
 * own sleep and its summary, or "" for a function not in the database
 * (XDB_ANSWER_ABSENT where the caller did not need it: stale once the
 * function is there, whatever it says).
 */
static const char stale_sql[] =
	"SELECT DISTINCT d.file FROM deps d"
	" LEFT JOIN functions g ON" CANONICAL("g", "d.callee")
	" WHERE CASE d.answer WHEN '" XDB_ANSWER_ABSENT "' THEN g.id IS NOT NULL"
	"  ELSE d.answer <> COALESCE(COALESCE(g.own_sleep, '') || char(10) || g.summary, '')"
	" END"
	" ORDER BY d.file";

int xdb_stale_files(struct xdb *db, void (*fn)(void *data, const char *file),
		    void *data)
{
	return xdb_each_text(db, stale_sql, fn, data);
}
