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

static void dump_expr(const struct ir_function *fn, const struct ir_expr *e)
{
	static const char *const kinds[] = { "none", "var", "const", "addr", "mem", "other" };

	printf("%s(", kinds[e->kind]);
	if (e->var >= 0 && e->var < fn->nvars)
		printf("%s%s ", fn->vars[e->var].name, e->offset ? "+" : "");
	if (e->has_value)
		printf("=%lld ", e->value);
	printf("'%s'%s)", e->text, e->is_page ? " page" : "");
}

/* A debugging aid for these tests: the IR as the analysis sees it. */
static void dump_function(const struct ir_function *fn)
{
	int b, i;

	printf("function %s\n", fn->name);
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];

		printf(" block %d\n", b);
		for (i = 0; i < blk->ninstrs; i++) {
			const struct ir_instr *in = &blk->instrs[i];

			printf("  %u: ", in->loc.line);
			if (in->op == IR_CALL) {
				int a;

				printf("call %s [%s] dest=%d:", in->call.callee ? in->call.callee : "?",
				       in->call.macro ? in->call.macro : "", in->call.dest);
				for (a = 0; a < in->call.nargs; a++) {
					printf(" ");
					dump_expr(fn, &in->call.args[a]);
				}
			} else if (in->op == IR_ASSIGN) {
				printf("assign %s = ", fn->vars[in->assign.dest].name);
				dump_expr(fn, &in->assign.src);
			} else if (in->op == IR_STORE) {
				printf("store ");
				dump_expr(fn, &in->store.target);
				printf(" = ");
				dump_expr(fn, &in->store.src);
			} else if (in->op == IR_DEREF) {
				printf("deref %s", fn->vars[in->deref.var].name);
			} else {
				printf("clobber %s", fn->vars[in->clobber.var].name);
			}
			printf("\n");
		}
		printf("  term %d succ %d %d ", blk->term.kind, blk->term.succ[0], blk->term.succ[1]);
		dump_expr(fn, blk->term.kind == IR_TERM_RETURN ? &blk->term.value : &blk->term.cond);
		printf("\n");
	}
}

static int usage(void)
{
	fprintf(stderr, "usage: run_analysis [--max-steps N] [--max-states N] "
		"[--enable RULE] [-v] FILE [clang args...]\n");
	return 2;
}

static bool dump;

static int parse_options(int argc, char **argv, struct analysis_options *opts,
			 struct diag *diag)
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-v")) {
			opts->verbose = true;
		} else if (!strcmp(argv[i], "--dump")) {
			dump = true;
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
	fopts.modeled_macro = model_has_entry;
	fopts.modeled_data = model;
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
	if (dump) {
		int i;

		for (i = 0; i < tu_nfunctions(tu); i++)
			dump_function(tu_function_at(tu, i));
	}
	analyze_tu(tu, model, diag, &opts);
	diag_flush(diag, stdout);
	tu_free(tu);
out:
	diag_free(diag);
	model_free(model);
	return status;
}
