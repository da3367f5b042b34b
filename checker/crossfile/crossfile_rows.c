// SPDX-License-Identifier: GPL-2.0
/*
 * crossfile_rows.c - one analyzed file's rows for the database: the facts
 * of its functions (handed over by the analysis) and the answers about
 * other files its check depended on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crossfile/crossfile_internal.h"

static void *grow(void *v, int n, size_t size)
{
	v = realloc(v, (n + 1) * size);
	if (!v)
		abort();
	return v;
}

static void copy_calls(struct fact_row *row, const struct function_facts *f)
{
	int i;

	row->calls = calloc(f->ncalls ? f->ncalls : 1, sizeof(*row->calls));
	if (!row->calls)
		abort();
	for (i = 0; i < f->ncalls; i++) {
		row->calls[i].callee = dup_or_null(f->calls[i].callee);
		row->calls[i].via = dup_or_null(f->calls[i].via);
		row->calls[i].line = f->calls[i].line;
	}
	row->ncalls = f->ncalls;
}

void rows_collect(void *data, const struct function_facts *f)
{
	struct crossfile *cf = data;
	struct unit_rows *u = &cf->units[cf->depth - 1];
	struct fact_row *row;

	u->facts = grow(u->facts, u->nfacts, sizeof(*u->facts));
	row = &u->facts[u->nfacts++];
	memset(row, 0, sizeof(*row));
	row->name = dup_or_null(f->name);
	row->is_static = f->is_static;
	row->summary = dup_or_null(f->summary);
	row->sleep_chain = dup_or_null(f->sleep_chain);
	row->sleep_file = dup_or_null(f->sleep_file);
	row->sleep_line = f->sleep_line;
	copy_calls(row, f);
}

void rows_add_dep(struct unit_rows *u, const char *callee, const char *answer)
{
	int i;

	for (i = 0; i < u->ndeps; i++)
		if (!strcmp(u->deps[i].callee, callee)) {
			free(u->deps[i].answer);
			u->deps[i].answer = dup_or_null(answer);
			return;
		}
	u->deps = grow(u->deps, u->ndeps, sizeof(*u->deps));
	u->deps[u->ndeps].callee = dup_or_null(callee);
	u->deps[u->ndeps++].answer = dup_or_null(answer);
}

static struct xdb_function *as_xdb(const struct unit_rows *u)
{
	struct xdb_function *fns = calloc(u->nfacts ? u->nfacts : 1, sizeof(*fns));
	int i;

	if (!fns)
		abort();
	for (i = 0; i < u->nfacts; i++) {
		const struct fact_row *r = &u->facts[i];

		fns[i] = (struct xdb_function){
			.name = r->name, .is_static = r->is_static,
			.summary = r->summary, .sleep_chain = r->sleep_chain,
			.sleep_file = r->sleep_file, .sleep_line = r->sleep_line,
			.ncalls = r->ncalls, .calls = r->calls,
		};
	}
	return fns;
}

int rows_write(struct crossfile *cf, struct unit_rows *u)
{
	struct xdb_function *fns;
	struct xdb_dep *deps;
	char hash[17];
	int i, rc;

	if (xdb_hash_file(u->file, hash) < 0) {
		fprintf(stderr, "hmcheck: %s: cannot read it again to hash it\n", u->file);
		return -1;
	}
	fns = as_xdb(u);
	deps = calloc(u->ndeps ? u->ndeps : 1, sizeof(*deps));
	if (!deps)
		abort();
	for (i = 0; i < u->ndeps; i++)
		deps[i] = (struct xdb_dep){ u->deps[i].callee, u->deps[i].answer };
	rc = xdb_replace_file(cf->db, u->file, hash, fns, u->nfacts, deps, u->ndeps);
	if (rc < 0)
		fprintf(stderr, "hmcheck: %s: cannot store its summaries in the database: %s\n",
			u->file, xdb_errmsg(cf->db));
	free(fns);
	free(deps);
	return rc;
}

void rows_free(struct unit_rows *u)
{
	int i, j;

	for (i = 0; i < u->nfacts; i++) {
		struct fact_row *r = &u->facts[i];

		for (j = 0; j < r->ncalls; j++) {
			free((char *)r->calls[j].callee);
			free((char *)r->calls[j].via);
		}
		free(r->calls);
		free(r->name);
		free(r->summary);
		free(r->sleep_chain);
		free(r->sleep_file);
	}
	for (i = 0; i < u->ndeps; i++) {
		free(u->deps[i].callee);
		free(u->deps[i].answer);
	}
	free(u->facts);
	free(u->deps);
	free(u->file);
	memset(u, 0, sizeof(*u));
}
