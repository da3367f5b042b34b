/* SPDX-License-Identifier: GPL-2.0 */
/* xdb_internal.h - what the xdb_*.c files share: the handle and its helpers. */
#ifndef HMCHECK_XDB_INTERNAL_H
#define HMCHECK_XDB_INTERNAL_H

#include <sqlite3.h>
#include "xdb/xdb.h"

#define XDB_SCHEMA_VERSION	19	/* 3: guards of several tests, guarded calls out;
				   4: guards of a parameter's member;
				   5: groups of guard tests all needed;
				   6: equality guard tests (==CONSTANT);
				   7: levels left before a sleep (leftlevels);
				   8: entry guard, context deltas per side and
				   per result, returned members;
				   9: what a call out's callee's own sleep
				   needs (call ... OWN);
				   10: the results of the returns handing a
				   mapping over (handedresult);
				   11: a call out's arguments that are its
				   caller's parameters passed on;
				   12: a call out's path test of equality
				   (call ... PARAM,VALUE,0,0,==CONSTANT);
				   13: a context every return switches on,
				   or off again (contextswitch);
				   14: how the returns of each kind of result
				   switch it (contextresult ... ZERO OTHER);
				   15: a call out's own test of a member
				   (call ... OWN PARAM,VALUE,ONES,ZEROS,MEMBER);
				   16: a call out's argument that is a
				   parameter's bits (ARG:PARAM&MASK);
				   17: constants in the members of the objects
				   a call out passes (call ... ARGMEMBER=VALUE);
				   18: a call out's path test of a member
				   (call ... PARAM,VALUE,ONES,ZEROS,MEMBER);
				   19: a call out's path test of bits taken
				   the other way (call ... ONES,ZEROS,!) */
/* Long enough for another process to build a tree's index meanwhile. */
#define XDB_BUSY_TIMEOUT_MS	(15 * 60 * 1000)
#define XDB_OPEN_TRIES		1000	/* about 30 s of racing creators */

struct xdb {
	sqlite3 *sql;
	char *path;
};

/* Run SQL without results; 0 or -1. */
int xdb_exec(struct xdb *db, const char *sql);
/* Prepare, or NULL (the error stays in xdb_errmsg). */
sqlite3_stmt *xdb_prepare(struct xdb *db, const char *sql);
/* A column as a malloc'ed string, NULL for SQL NULL. */
char *xdb_column_dup(sqlite3_stmt *st, int col);
/* Call fn with the first column of each row of `sql`; the count, or -1. */
int xdb_each_text(struct xdb *db, const char *sql,
		  void (*fn)(void *data, const char *text), void *data);
/* BEGIN IMMEDIATE: take the write lock now, waiting out other writers. */
int xdb_begin(struct xdb *db);
int xdb_commit(struct xdb *db);
void xdb_rollback(struct xdb *db);

/* xdb_tree_arch.c: the tree's configured architecture (malloc'ed) or NULL. */
char *xdb_tree_arch(const char *tree);
/*
 * Whether the index leaves out directory `relative` (to the tree root):
 * another architecture's arch/<name> (none when `arch` is NULL), or any
 * arch/<name>/boot.
 */
bool xdb_arch_dir_skipped(const char *arch, const char *relative);

#endif
