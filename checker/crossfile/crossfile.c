// SPDX-License-Identifier: GPL-2.0
/*
 * crossfile.c - the analysis's source of answers about functions defined
 * in other files, and the database rows of each checked file.
 *
 * An answer comes from this process's memory, else the database (if the
 * file that defines the function has not changed since), else, for a call
 * in atomic context and with --tree, from the definition analyzed on
 * demand.  Each answer a check asked for is recorded as the file's
 * dependency: hmcheck-tree re-checks the file when the database later
 * answers differently (or at all).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "model.h"
#include "crossfile/crossfile_internal.h"

char *absolute_path(const char *file)
{
	char *path = realpath(file, NULL);

	if (!path && !(path = strdup(file)))
		abort();
	return path;
}

static bool defined_file_current(struct crossfile *cf, const char *file)
{
	char key[17];

	return file && xdb_hash_file(file, key) == 0 &&
	       xdb_file_current(cf->db, file, key);
}

static struct known *from_database(struct crossfile *cf, const char *name)
{
	struct xdb_answer a;
	struct known *k = known_add(cf, name);

	if (cf->db && xdb_lookup(cf->db, name, &a) == 1) {
		if (defined_file_current(cf, a.file))
			known_set(k, a.summary, a.sleep_chain, a.sleep_file,
				  a.sleep_line);
		xdb_answer_free(&a);
	}
	return k;
}

bool crossfile_lookup(void *data, const char *name, bool need,
		      struct extern_answer *answer)
{
	struct crossfile *cf = data;
	struct known *k = known_find(cf, name);
	char *text;

	if (!k)
		k = from_database(cf, name);
	/* Only the checked file's own needs: reports elsewhere are dropped. */
	if (!k->found && need && !k->demanded && cf->depth == 1 &&
	    strncmp(name, "__builtin_", 10)) {
		demand(cf, name);
		k = known_find(cf, name);	/* the array may have moved */
	}
	/*
	 * An answer not found and not needed is recorded too: a function its
	 * file's check has not stored yet (running beside this one, or after
	 * it) can still decide this check's mappings (minix_rename() kmaps
	 * through minix_find_entry() outside atomic context).
	 */
	if (cf->depth > 0) {
		text = need || k->found ? known_answer_text(k) :
		       dup_or_null(XDB_ANSWER_ABSENT);
		rows_add_dep(&cf->units[cf->depth - 1], name, text);
		free(text);
	}
	if (!k->found)
		return false;
	answer->summary = dup_or_null(k->summary);
	answer->sleep_chain = dup_or_null(k->sleep_chain);
	answer->sleep_file = dup_or_null(k->sleep_file);
	answer->sleep_line = k->sleep_line;
	return true;
}

/* mkdir -p: a failure shows when the database cannot be opened there. */
static void make_directories(char *dir)
{
	char *p;

	for (p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir, 0777);
		*p = '/';
	}
	mkdir(dir, 0777);
}

/*
 * $XDG_CACHE_HOME/hmcheck/trees/HASH-sSCHEMA.sqlite: one per tree and
 * schema, for --tree alone.  A cache another hmcheck wrote in another
 * schema is left to it, not refused as a --db FILE is: it is only a cache.
 */
static char *default_db_path(const char *tree)
{
	const char *base = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	unsigned long long h = 0xcbf29ce484222325ULL;
	char dir[PATH_MAX], *path;
	const char *p;

	for (p = tree; *p; p++)
		h = (h ^ (unsigned char)*p) * 0x100000001b3ULL;
	if (base && base[0])
		snprintf(dir, sizeof(dir), "%s/hmcheck/trees", base);
	else
		snprintf(dir, sizeof(dir), "%s/.cache/hmcheck/trees",
			 home ? home : "/tmp");
	make_directories(dir);
	path = malloc(strlen(dir) + 48);
	if (!path)
		abort();
	sprintf(path, "%s/%016llx-s%d.sqlite", dir, h, xdb_schema_version());
	return path;
}

/* Summaries made under other rules (or another hmcheck) are dropped. */
static int use_model(struct crossfile *cf)
{
	char model[17];

	snprintf(model, sizeof(model), "%016llx", model_fingerprint(cf->o.model));
	if (xdb_use_model(cf->db, model) >= 0)
		return 0;
	fprintf(stderr, "hmcheck: %s: cannot record the rules it was made with: %s\n",
		cf->o.db_path ? cf->o.db_path : "summary database",
		xdb_errmsg(cf->db));
	xdb_close(cf->db);
	cf->db = NULL;
	return -1;
}

static int open_database(struct crossfile *cf)
{
	char *path = NULL, *err = NULL;
	const char *use = cf->o.db_path;

	if (!use && cf->tree)
		use = path = default_db_path(cf->tree);
	if (!use)
		return 0;
	cf->db = xdb_open(use, &err);
	if (!cf->db)
		fprintf(stderr, "hmcheck: %s\n", err ? err : use);
	else if (use_model(cf) < 0)
		return -1;
	free(err);
	free(path);
	return cf->db ? 0 : -1;
}

struct crossfile *crossfile_open(const struct crossfile_options *o)
{
	struct crossfile *cf = calloc(1, sizeof(*cf));
	struct stat st;

	if (!cf)
		abort();
	cf->o = *o;
	cf->source.lookup = crossfile_lookup;
	cf->source.data = cf;
	if (o->tree) {
		if (stat(o->tree, &st) < 0 || !S_ISDIR(st.st_mode)) {
			fprintf(stderr, "hmcheck: --tree %s: %s\n", o->tree,
				stat(o->tree, &st) < 0 ? strerror(errno) :
				"not a directory");
			free(cf);
			return NULL;
		}
		cf->tree = absolute_path(o->tree);
	}
	if (open_database(cf) < 0) {
		free(cf->tree);
		free(cf);
		return NULL;
	}
	return cf;
}

void crossfile_close(struct crossfile *cf)
{
	int i;

	if (!cf)
		return;
	xdb_close(cf->db);
	known_free_all(cf);
	for (i = 0; i < cf->nvisited; i++)
		free(cf->visited[i]);
	free(cf->visited);
	free(cf->tree);
	free(cf);
}

void crossfile_begin(struct crossfile *cf, const char *file,
		     struct analysis_options *aopts)
{
	struct unit_rows *u = &cf->units[cf->depth++];

	u->file = absolute_path(file);
	aopts->externs = &cf->source;
	aopts->summarized = rows_collect;
	aopts->summarized_data = cf;
	aopts->far_depth = cf->o.demand_depth;	/* 0: the analysis's default */
}

int crossfile_end(struct crossfile *cf)
{
	struct unit_rows *u = &cf->units[--cf->depth];
	int rc = cf->db ? rows_write(cf, u) : 0;

	rows_free(u);
	return rc;
}
