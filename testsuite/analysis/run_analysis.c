// SPDX-License-Identifier: GPL-2.0
/*
 * run_analysis.c - the analysis tests' driver: parse one file, run every
 * check on it with the bundled model, print the reports on stdout.
 *
 *   run_analysis [--max-steps N] [--max-states N] [--enable RULE] [-v]
 *                FILE [clang arguments...]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "diag.h"
#include "frontend.h"
#include "model.h"

static int usage(void)
{
	fprintf(stderr, "usage: run_analysis [--max-steps N] [--max-states N] "
		"[--enable RULE] [-v] FILE [clang args...]\n");
	return 2;
}

static int parse_options(int argc, char **argv, struct analysis_options *opts,
			 struct diag *diag)
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-v")) {
			opts->verbose = true;
		} else if (i + 1 < argc && !strcmp(argv[i], "--max-steps")) {
			opts->max_steps_per_function = atol(argv[++i]);
		} else if (i + 1 < argc && !strcmp(argv[i], "--max-states")) {
			opts->max_states_per_block = atoi(argv[++i]);
		} else if (i + 1 < argc && !strcmp(argv[i], "--enable")) {
			if (diag_set_enabled(diag, argv[++i], true) < 0) {
				fprintf(stderr, "run_analysis: unknown rule '%s'\n",
					argv[i]);
				return -1;
			}
		} else {
			return -1;
		}
	}
	return i;
}

int main(int argc, char **argv)
{
	struct analysis_options opts = { 0 };
	struct frontend_options fopts = { .show_clang_errors = true };
	struct diag *diag = diag_new();
	struct api_model *model = model_new();
	struct tu *tu;
	int first, status = 0;

	first = parse_options(argc, argv, &opts, diag);
	if (first < 0 || first >= argc) {
		diag_free(diag);
		model_free(model);
		return usage();
	}
	fopts.verbose = opts.verbose;
	if (model_load_default(model) < 0) {
		status = 2;
		goto out;
	}
	tu = tu_parse(argv[first], argc - first - 1,
		      (const char *const *)argv + first + 1, &fopts);
	if (!tu) {
		status = 2;
		goto out;
	}
	analyze_tu(tu, model, diag, &opts);
	diag_flush(diag, stdout);
	tu_free(tu);
out:
	diag_free(diag);
	model_free(model);
	return status;
}
