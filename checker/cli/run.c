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
#include "input_file.h"
#include "model.h"
#include "cli/cli.h"
#include "crossfile/crossfile.h"

static struct api_model *load_model(const struct options *o)
{
	struct api_model *model = model_new();
	int i;

	if (model_load_default(model) < 0)
		goto fail;
	for (i = 0; i < o->nrules_files; i++)
		if (model_load(model, o->rules_files[i]) < 0)
			goto fail;
	if (model_check(model) < 0)
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
	struct patch patch;		/* --diff, --since */
	FILE *out;			/* text: stderr, like sparse; else stdout */
	struct crossfile *cf;		/* --db, --tree: other files' functions */
	int status;
};

/* The line of the first NUL byte in `f`, 0 if none; -1 when it cannot be read. */
static int nul_byte_line(FILE *f)
{
	char buffer[8192];
	size_t n, i;
	int line = 1;

	while ((n = fread(buffer, 1, sizeof(buffer), f)) > 0)
		for (i = 0; i < n; i++) {
			if (buffer[i] == '\n')
				line++;
			else if (!buffer[i])
				return line;
		}
	return ferror(f) ? -1 : 0;
}

/*
 * The input is a file we can read, and text: clang takes a directory for an
 * unparsable file and a binary for a flood of errors, and goes on.  C
 * source never holds a NUL byte; the first one is named with its line.
 */
static bool readable(const char *file)
{
	FILE *f = input_file_fopen(file);
	int line = f ? nul_byte_line(f) : -1;

	if (line < 0)
		fprintf(stderr, "hmcheck: cannot read %s: %s\n", file, input_file_error(errno));
	else if (line > 0)
		fprintf(stderr, "hmcheck: %s:%d: a NUL byte: not C source\n", file, line);
	if (f)
		fclose(f);
	return line == 0;
}

/* The compiler arguments for `file`: its database entry, then our flags. */
static int file_arguments(struct run *run, const char *file, struct clang_args *out)
{
	int i;

	out->argc = 0;
	out->argv = NULL;
	if (run->o->assume_filename)
		file = run->o->assume_filename;	/* a copy: the database knows the original */
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

/* Another file, analyzed on demand: its own entry if -p has one, else ours. */
static int other_file_arguments(void *data, const char *file, struct clang_args *out)
{
	struct run *run = data;
	int i;

	if (run->o->build_dir && compdb_args(run->o->build_dir, file, out) == 0)
		return 0;
	out->argc = run->flags.argc;
	out->argv = calloc(run->flags.argc + 1, sizeof(char *));
	if (!out->argv)
		abort();
	for (i = 0; i < run->flags.argc; i++)
		if (!(out->argv[i] = strdup(run->flags.argv[i])))
			abort();
	return 0;
}

static int open_crossfile(struct run *run)
{
	const struct options *o = run->o;
	struct crossfile_options co = {
		.db_path = o->db_path, .tree = o->tree, .verbose = o->verbose,
		.model = run->model, .args_for = other_file_arguments,
		.args_data = run,
	};

	if (!o->db_path && !o->tree)
		return 0;
	co.demand_depth = o->demand_depth >= 0 ? o->demand_depth :
			  o->tree ? 3 : 4;
	run->cf = crossfile_open(&co);
	return run->cf ? 0 : -1;
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

/* Fingerprints name the function around a report, not its line. */
static void name_functions(struct diag *diag, struct tu *tu)
{
	struct ir_function *fn;
	int i, n = tu_nfunctions(tu);

	for (i = 0; i < n; i++) {
		fn = tu_function_at(tu, i);
		diag_add_function(diag, fn->loc.file, fn->loc.line, fn->name);
	}
}

static void check_file(struct run *run, const char *file)
{
	struct frontend_options fopts = { run->o->verbose, true,
					  model_has_entry, run->model };
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
	name_functions(run->diag, tu);
	diag_scan_suppressions(run->diag, file);
	if (run->cf)
		crossfile_begin(run->cf, file, &aopts);
	analyze_tu(tu, run->model, run->diag, &aopts);
	if (run->cf && crossfile_end(run->cf) < 0)
		run->status = HMCHECK_EXIT_USAGE;
	diag_flush(run->diag, run->out);
	tu_free(tu);
}

/* Patch mode: the report's line or its mapping's is one the patch touches. */
static bool in_patch(void *context, const struct diag_finding *f)
{
	const struct patch *patch = context;

	return patch_touches(patch, f->file, f->line) ||
	       (f->mapping_file && patch_touches(patch, f->mapping_file, f->mapping_line));
}

/* Where repository-relative paths start: --srcroot, git's top level, or "." */
static char *source_root(const char *given)
{
	char line[4096];
	FILE *git;
	size_t n;

	if (given)
		return strdup(given);
	git = popen("git rev-parse --show-toplevel 2>/dev/null", "r");
	if (git && fgets(line, sizeof(line), git) && (n = strlen(line)) > 1) {
		line[n - 1] = '\0';
		pclose(git);
		return strdup(line);
	}
	if (git)
		pclose(git);
	return strdup(".");
}

static int set_output(struct run *run)
{
	const struct options *o = run->o;
	char *root = source_root(o->srcroot);
	struct diag_output output = {
		.format = o->format, .srcroot = root, .baseline = o->baseline,
		.list_unused_suppressions = o->list_unused_suppressions || o->verbose,
	};

	diag_set_output(run->diag, &output);
	free(root);
	if (!diag_output_ok(run->diag))
		return -1;
	if (o->assume_filename)
		diag_rename_file(run->diag, o->files[0], o->assume_filename);
	run->out = o->format == DIAG_FORMAT_TEXT ? stderr : stdout;
	if (!o->diff && !o->since)
		return 0;
	if (patch_load(&run->patch, o->diff, o->since) < 0) {
		patch_free(&run->patch);
		return -1;
	}
	diag_set_filter(run->diag, in_patch, &run->patch);
	return 0;
}

static void end_run(struct run *run)
{
	if (diag_finish(run->diag, run->out) < 0 && !run->status)
		run->status = HMCHECK_EXIT_USAGE;
	if (!run->status && run->o->werror && diag_reported(run->diag) > 0)
		run->status = HMCHECK_EXIT_FINDINGS;
	patch_free(&run->patch);
}

int check_files(const struct options *o)
{
	struct run run = { .o = o };
	int i;

	run.model = load_model(o);
	if (!run.model)
		return HMCHECK_EXIT_USAGE;
	run.diag = make_diag(o);
	if (set_output(&run) < 0) {
		diag_free(run.diag);
		model_free(run.model);
		return HMCHECK_EXIT_USAGE;
	}
	if (o->also_sparse)
		run_sparse(o);		/* its failure is said; ours goes on */
	args_filter(o->ncompiler, o->compiler, &run.flags);
	if (open_crossfile(&run) < 0)
		run.status = HMCHECK_EXIT_USAGE;
	else
		for (i = 0; i < o->nfiles; i++)
			check_file(&run, o->files[i]);
	crossfile_close(run.cf);
	end_run(&run);
	clang_args_free(&run.flags);
	diag_free(run.diag);
	model_free(run.model);
	return run.status;
}
