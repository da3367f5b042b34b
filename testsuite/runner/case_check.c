// SPDX-License-Identifier: GPL-2.0
/*
 * case_check - decide one ground-truth case.
 *
 *   case_check [--exe EXE] [--hmcheck HMCHECK] [--engine-only | --static-only]
 *              [--parse-only] [--addr2line PATH] CASE.c [HMCHECK FLAGS...]
 *
 * The case's comments say what must be reported where; the engine (EXE, the
 * case built with harness.c) must observe exactly the expect and
 * expect-runtime lines over all its inputs, and hmcheck run on CASE.c with
 * the flags after it must report exactly the expect and expect-static lines.
 * Exit 0 when both agree, 1 on any difference or failure, 2 on usage errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "case_check.h"

extern const char *addr2line_program;

struct options {
	const char *exe;
	const char *hmcheck;
	const char *case_file;
	bool engine, checker, parse_only;
	int nflags;
	char **flags;
};

static int usage(void)
{
	fprintf(stderr, "usage: case_check [--exe EXE] [--hmcheck HMCHECK] "
		"[--engine-only | --static-only] [--parse-only] "
		"[--addr2line PATH] CASE.c [HMCHECK FLAGS...]\n");
	return 2;
}

static int parse_options(int argc, char **argv, struct options *opts)
{
	int i;

	*opts = (struct options){ .engine = true, .checker = true };
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--exe") && i + 1 < argc)
			opts->exe = argv[++i];
		else if (!strcmp(argv[i], "--hmcheck") && i + 1 < argc)
			opts->hmcheck = argv[++i];
		else if (!strcmp(argv[i], "--addr2line") && i + 1 < argc)
			addr2line_program = argv[++i];
		else if (!strcmp(argv[i], "--engine-only"))
			opts->checker = false;
		else if (!strcmp(argv[i], "--static-only"))
			opts->engine = false;
		else if (!strcmp(argv[i], "--parse-only"))
			opts->parse_only = true;
		else
			return -1;
	}
	if (i >= argc)
		return -1;
	opts->case_file = argv[i];
	opts->nflags = argc - i - 1;
	opts->flags = argv + i + 1;
	if (opts->parse_only)
		return 0;
	if ((opts->engine && !opts->exe) || (opts->checker && !opts->hmcheck))
		return -1;
	return 0;
}

static void print_expectations(const struct case_expectations *expect)
{
	for (int i = 0; i < expect->engine.count; i++)
		printf("engine %s %u\n", expect->engine.items[i].rule,
		       expect->engine.items[i].line);
	for (int i = 0; i < expect->checker.count; i++)
		printf("hmcheck %s %u\n", expect->checker.items[i].rule,
		       expect->checker.items[i].line);
}

/* One side: run it, compare; returns the number of problems. */
static int check_side(const struct options *opts, const char *side,
		      const struct finding_list *expected)
{
	struct finding_list found = { 0 };
	int problems;

	if (!strcmp(side, "engine"))
		problems = engine_side_run(opts->case_file, opts->exe, &found) ? 1 : 0;
	else
		problems = checker_side_run(opts->case_file, opts->hmcheck,
					    opts->nflags, opts->flags,
					    &found) ? 1 : 0;
	problems += compare_findings(opts->case_file, side, expected, &found);
	findings_free(&found);
	return problems;
}

int main(int argc, char **argv)
{
	struct case_expectations expect = { 0 };
	struct options opts;
	int problems;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (parse_options(argc, argv, &opts))
		return usage();
	problems = expect_parse_file(opts.case_file, &expect);
	if (opts.parse_only) {
		print_expectations(&expect);
	} else if (!problems) {
		if (opts.engine)
			problems += check_side(&opts, "engine", &expect.engine);
		if (opts.checker)
			problems += check_side(&opts, "hmcheck", &expect.checker);
	}
	expectations_free(&expect);
	if (problems)
		printf("%s: FAIL (%d problem%s)\n", opts.case_file, problems,
		       problems == 1 ? "" : "s");
	return problems ? 1 : 0;
}
