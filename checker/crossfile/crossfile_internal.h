/* SPDX-License-Identifier: GPL-2.0 */
/* crossfile_internal.h - what the crossfile_*.c files share. */
#ifndef HMCHECK_CROSSFILE_INTERNAL_H
#define HMCHECK_CROSSFILE_INTERNAL_H

#include "crossfile/crossfile.h"
#include "xdb/xdb.h"

#define CROSSFILE_MAX_DEPTH	8
#define CROSSFILE_MAX_DEMANDS	64	/* files analyzed on demand per run */

/* What is known of one function defined elsewhere, by name. */
struct known {
	char *name;
	bool found;
	bool demanded;		/* its definition was looked for already */
	char *summary, *sleep_chain, *sleep_file;
	int sleep_line;
};

struct fact_row {
	char *name;
	bool is_static;
	char *summary, *sleep_chain, *sleep_file;
	int sleep_line;
	int ncalls;
	struct xdb_call *calls;
};

struct dep_row {
	char *callee, *answer;
};

/* One file being analyzed: the main one, or one on demand inside it. */
struct unit_rows {
	char *file;		/* absolute */
	int nfacts, ndeps;
	struct fact_row *facts;
	struct dep_row *deps;
};

struct crossfile {
	struct crossfile_options o;
	struct xdb *db;
	char *tree;		/* absolute */
	struct extern_source source;
	int nknown;
	struct known *known;
	int depth;		/* units[0 .. depth-1] are being analyzed */
	struct unit_rows units[CROSSFILE_MAX_DEPTH + 1];
	int nvisited;
	char **visited;		/* files analyzed on demand (or tried) */
	bool index_failed;
};

/* crossfile_known.c */
/* strdup() that cannot fail quietly; NULL stays NULL. */
char *dup_or_null(const char *s);
struct known *known_find(struct crossfile *cf, const char *name);
struct known *known_add(struct crossfile *cf, const char *name);
void known_set(struct known *k, const char *summary, const char *sleep_chain,
	       const char *sleep_file, int sleep_line);
void known_free_all(struct crossfile *cf);
/* The answer text a caller records (see xdb_stale_files()). */
char *known_answer_text(const struct known *k);

/* crossfile_rows.c */
void rows_collect(void *data, const struct function_facts *facts);
void rows_add_dep(struct unit_rows *u, const char *callee, const char *answer);
int rows_write(struct crossfile *cf, struct unit_rows *u);
void rows_free(struct unit_rows *u);

/* crossfile_demand.c */
struct known *demand(struct crossfile *cf, const char *name);

/* crossfile.c */

bool crossfile_lookup(void *data, const char *name, bool need,
		      struct extern_answer *answer);
char *absolute_path(const char *file);

#endif
