// SPDX-License-Identifier: GPL-2.0
/*
 * run.c - check each input file: its flags, parse, analyze, report.  Reports
 * go to stderr after each file, like sparse's, so that kbuild shows them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "args.h"
#include "diag.h"
#include "frontend.h"
#include "model.h"
#include "cli/cli.h"

static struct api_model *load_model(const struct options *o)
{
	struct api_model *model = model_new();
	int i;

	if (model_load_default(model) < 0)
		goto fail;
	for (i = 0; i < o->nrules_files; i++)
		if (model_load(model, o->rules_files[i]) < 0)
			goto fail;
	return model;
fail:
	model_free(model);
	return NULL;
}

static struct diag *make_diag(const struct options *o)
{
	struct diag *diag = diag_new();
	int i;

	for (i = 0; i < o->nswitches; i++)
		switch_rules(diag, &o->switches[i]);
	return diag;
}

struct run {
	const struct options *o;
	struct api_model *model;
	struct diag *diag;
	struct clang_args flags;	/* the command line's, filtered once */
	int status;
};

static bool readable(const char *file)
{
	FILE *f = fopen(file, "r");

	if (!f) {
		fprintf(stderr, "hmcheck: cannot read %s: %s\n", file, strerror(errno));
		return false;
	}
	fclose(f);
	return true;
}

/* The compiler arguments for `file`: its database entry, then our flags. */
static int file_arguments(struct run *run, const char *file, struct clang_args *out)
{
	int i;

	out->argc = 0;
	out->argv = NULL;
	if (run->o->build_dir && compdb_args(run->o->build_dir, file, out) < 0)
		return -1;
	out->argv = realloc(out->argv, (out->argc + run->flags.argc + 1) * sizeof(char *));
	if (!out->argv)
		abort();
	for (i = 0; i < run->flags.argc; i++) {
		out->argv[out->argc] = strdup(run->flags.argv[i]);
		if (!out->argv[out->argc++])
			abort();
	}
	out->argv[out->argc] = NULL;
	return 0;
}

static void print_arguments(const char *file, const struct clang_args *args)
{
	int i;

	fprintf(stderr, "hmcheck: %s: clang", file);
	for (i = 0; i < args->argc; i++)
		fprintf(stderr, " %s", args->argv[i]);
	fputc('\n', stderr);
}

static void dump_ir(struct tu *tu)
{
	int i, n = tu_nfunctions(tu);

	for (i = 0; i < n; i++)
		ir_dump(stdout, tu_function_at(tu, i));
	fflush(stdout);
}

static void check_file(struct run *run, const char *file)
{
	struct frontend_options fopts = { run->o->verbose, true };
	struct analysis_options aopts = { .verbose = run->o->verbose };
	struct clang_args args;
	struct tu *tu;

	if (!readable(file) || file_arguments(run, file, &args) < 0) {
		run->status = HMCHECK_EXIT_USAGE;
		return;
	}
	if (run->o->verbose)
		print_arguments(file, &args);
	tu = tu_parse(file, args.argc, (const char *const *)args.argv, &fopts);
	clang_args_free(&args);
	if (!tu) {
		run->status = HMCHECK_EXIT_USAGE;
		return;
	}
	if (run->o->dump_ir)
		dump_ir(tu);
	analyze_tu(tu, run->model, run->diag, &aopts);
	diag_flush(run->diag, stderr);
	tu_free(tu);
}

int check_files(const struct options *o)
{
	struct run run = { .o = o };
	int i;

	run.model = load_model(o);
	if (!run.model)
		return HMCHECK_EXIT_USAGE;
	run.diag = make_diag(o);
	args_filter(o->ncompiler, o->compiler, &run.flags);
	for (i = 0; i < o->nfiles; i++)
		check_file(&run, o->files[i]);
	if (!run.status && o->werror && diag_count(run.diag) > 0)
		run.status = HMCHECK_EXIT_FINDINGS;
	clang_args_free(&run.flags);
	diag_free(run.diag);
	model_free(run.model);
	return run.status;
}
