/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xdb.h - the summary database (--db FILE): what each function of each
 * checked file does, as its callers in other files need to know it, and
 * the index of where functions are defined in a tree.
 *
 * One SQLite file, shared by every hmcheck of a run: under `make -jN` many
 * processes read and write it at once, so it is in WAL mode, waits on a busy
 * timeout rather than failing, and each file's rows are replaced in one
 * transaction.  Rows are keyed by the file and its content hash: checking
 * a file again replaces that file's rows and no other's.
 */
#ifndef HMCHECK_XDB_H
#define HMCHECK_XDB_H

#include <stdbool.h>

struct xdb;

/* Open (creating) the database; NULL after a one-line message in *err (malloc'ed). */
struct xdb *xdb_open(const char *path, char **err);
void xdb_close(struct xdb *db);
/* The schema this hmcheck writes; a database of another is refused. */
int xdb_schema_version(void);
/* The last SQLite error, for messages. */
const char *xdb_errmsg(struct xdb *db);

/*
 * The rules and checker the summaries are made with (model_fingerprint()):
 * if the database holds another's, its summaries are dropped (the index
 * of definitions stays).  1 if they were, 0 if not, -1 on error.
 */
int xdb_use_model(struct xdb *db, const char *model);

/* The content hash of a file as 16 hex digits; -1 if it cannot be read. */
int xdb_hash_file(const char *path, char hash[17]);

/* A call to a function defined elsewhere that makes the caller sleep if it does. */
struct xdb_call {
	const char *callee;
	const char *via;	/* same-file functions on the way, "" or "a -> b" */
	int line;
};

/* What one function does (its summary text is the analysis's own format). */
struct xdb_function {
	const char *name;
	bool is_static;
	const char *summary;
	const char *sleep_chain;	/* NULL: sleeps in no call known here */
	const char *sleep_file;
	int sleep_line;
	int ncalls;
	const struct xdb_call *calls;
};

/*
 * The answer of a dep on a function the database did not have, asked for
 * outside atomic context: not one the file needs checked (the empty answer,
 * xdb_needs.c), but stale once the function has rows.
 */
#define XDB_ANSWER_ABSENT	"absent"

/* An answer a file's check depended on: the caller re-checks it if it changes. */
struct xdb_dep {
	const char *callee;
	const char *answer;
};

/* Replace every row of `file` in one transaction; 0, or -1 (see xdb_errmsg). */
int xdb_replace_file(struct xdb *db, const char *file, const char *hash,
		     const struct xdb_function *fns, int nfns,
		     const struct xdb_dep *deps, int ndeps);
/* Whether the rows of `file` are for content `hash`. */
bool xdb_file_current(struct xdb *db, const char *file, const char *hash);

/* What callers in other files know of a function (all malloc'ed). */
struct xdb_answer {
	char *file;		/* where it is defined */
	char *summary;
	char *sleep_chain;	/* its own (not through other files); NULL: none */
	char *sleep_file;
	int sleep_line;
};

/* The externally visible function `name`: 1 found, 0 not, -1 error. */
int xdb_lookup(struct xdb *db, const char *name, struct xdb_answer *answer);
void xdb_answer_free(struct xdb_answer *answer);

/*
 * Carry sleep facts through the calls between files to a fixed point, into
 * column `sleep`: f sleeps if it calls (not in atomic context of its own) a
 * g that does, however many files away.  Checks do not read it (they follow
 * the calls to each file's current rows, which cannot go stale); it is the
 * whole tree's record, for hmcheck-tree's summary and for queries.
 * Returns how many functions learned to sleep, or -1.
 */
int xdb_resolve(struct xdb *db);

/* The files whose recorded answers differ from what the database says now. */
int xdb_stale_files(struct xdb *db, void (*fn)(void *data, const char *file),
		    void *data);

/* The index of definitions of a tree (see defscan.h). */
bool xdb_index_done(struct xdb *db, const char *tree);
/* Build it once: the first process does it, the others wait and reuse it. */
int xdb_index_build(struct xdb *db, const char *tree);
/* Where the externally visible `name` is defined: malloc'ed path, or NULL. */
char *xdb_index_find(struct xdb *db, const char *name, int *line);

/*
 * The functions checked files needed (called in atomic context, or called
 * by such a function in another file) that no file in the database defines
 * (xdb_needs.c); returns how many, or -1.
 */
int xdb_needed_callees(struct xdb *db, void (*fn)(void *data, const char *name),
		       void *data);

/* The files whose content differs from what their rows were made from; n or -1. */
int xdb_changed_files(struct xdb *db, void (*fn)(void *data, const char *file),
		      void *data);

#endif
