// SPDX-License-Identifier: GPL-2.0
/*
 * crossfile_demand.c - demand-driven summaries: a call in atomic context to
 * a function nobody has summarized sends hmcheck to the tree's index of
 * definitions, and the file that defines it is parsed and analyzed right
 * then, its reports dropped and its facts kept (and stored, for the next
 * run).  Only the checked file's own calls send it looking, following a
 * callee's calls up to --demand-depth files away (extern.c); no file is
 * analyzed twice, and at most CROSSFILE_MAX_DEMANDS per run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "frontend.h"
#include "model.h"
#include "crossfile/crossfile_internal.h"

static bool index_ready(struct crossfile *cf)
{
	if (cf->index_failed)
		return false;
	if (xdb_index_done(cf->db, cf->tree))
		return true;
	if (cf->o.verbose)
		fprintf(stderr, "hmcheck: indexing the function definitions of %s (once per tree)\n",
			cf->tree);
	if (xdb_index_build(cf->db, cf->tree) < 0) {
		fprintf(stderr, "hmcheck: %s: cannot index its definitions: %s\n",
			cf->tree, xdb_errmsg(cf->db));
		cf->index_failed = true;
		return false;
	}
	return true;
}

/* Whether `file` was analyzed on demand already; if not, it is now marked. */
static bool visit(struct crossfile *cf, const char *file)
{
	int i;

	for (i = 0; i < cf->nvisited; i++)
		if (!strcmp(cf->visited[i], file))
			return true;
	for (i = 0; i < cf->depth; i++)
		if (!strcmp(cf->units[i].file, file))
			return true;
	cf->visited = realloc(cf->visited, (cf->nvisited + 1) * sizeof(char *));
	if (!cf->visited || !(cf->visited[cf->nvisited] = strdup(file)))
		abort();
	cf->nvisited++;
	return false;
}

/* Its externally visible functions become known answers. */
static void learn(struct crossfile *cf, const struct unit_rows *u)
{
	int i;

	for (i = 0; i < u->nfacts; i++) {
		const struct fact_row *r = &u->facts[i];
		struct known *k;

		if (r->is_static)
			continue;
		k = known_add(cf, r->name);
		if (!k->found)
			known_set(k, r->summary, r->sleep_chain, r->sleep_file,
				  r->sleep_line);
	}
}

static void analyze_unit(struct crossfile *cf, struct tu *tu, const char *file)
{
	struct analysis_options aopts = { 0 };
	struct unit_rows *u = &cf->units[cf->depth++];
	struct diag *dropped = diag_new();

	u->file = strdup(file);
	if (!u->file)
		abort();
	aopts.externs = &cf->source;
	aopts.summarized = rows_collect;
	aopts.summarized_data = cf;
	analyze_tu(tu, cf->o.model, dropped, &aopts);
	diag_free(dropped);
	cf->depth--;
	learn(cf, u);
	if (cf->db)
		rows_write(cf, u);
	rows_free(u);
}

static void analyze_elsewhere(struct crossfile *cf, const char *file,
			      const char *name)
{
	struct frontend_options fopts = { .verbose = false, .show_clang_errors = false,
					  .modeled_macro = model_has_entry,
					  .modeled_data = cf->o.model };
	struct clang_args args = { 0 };
	struct tu *tu;

	if (cf->o.verbose)
		fprintf(stderr, "hmcheck: analyzing %s on demand, for %s()\n", file, name);
	if (cf->o.args_for(cf->o.args_data, file, &args) < 0)
		return;
	tu = tu_parse(file, args.argc, (const char *const *)args.argv, &fopts);
	clang_args_free(&args);
	if (!tu)
		return;
	analyze_unit(cf, tu, file);
	tu_free(tu);
}

struct known *demand(struct crossfile *cf, const char *name)
{
	struct known *k = known_add(cf, name);
	char *file;
	int line = 0;

	k->demanded = true;
	if (!cf->tree || cf->nvisited >= CROSSFILE_MAX_DEMANDS ||
	    cf->o.demand_depth == 0 || !index_ready(cf))
		return NULL;
	file = xdb_index_find(cf->db, name, &line);
	if (!file)
		return NULL;
	if (!visit(cf, file))
		analyze_elsewhere(cf, file, name);
	free(file);
	return known_find(cf, name);
}
