// SPDX-License-Identifier: GPL-2.0
/*
 * parse_only.c - the floor under hmcheck's time: parse one translation unit
 * with libclang, exactly as hmcheck's front end does (same argument filter,
 * same parse options), and do nothing else.  tools/bench/run divides every
 * other tool's time by this one's.
 *
 *   bench_parse_only [compiler flags] FILE.c [compiler flags]
 *
 * The flags are gcc/sparse style (a recorded kbuild CHECK line works as is);
 * the input is the last argument that ends in ".c" and is not a flag.
 * Exit: 0 parsed (clang errors are counted, not fatal), 2 otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <clang-c/Index.h>
#include "args.h"

static int is_source(const char *arg)
{
	size_t n = strlen(arg);

	return arg[0] != '-' && n > 2 && !strcmp(arg + n - 2, ".c");
}

/* The input file's index in argv, or -1. */
static int find_source(int argc, char **argv)
{
	int i;

	for (i = argc - 1; i > 0; i--)
		if (is_source(argv[i]))
			return i;
	return -1;
}

/* Everything but argv[0] and the input, for args_filter(). */
static char **compiler_flags(int argc, char **argv, int source, int *count)
{
	char **flags = calloc(argc, sizeof(*flags));
	int i;

	if (!flags)
		abort();
	*count = 0;
	for (i = 1; i < argc; i++)
		if (i != source)
			flags[(*count)++] = argv[i];
	return flags;
}

static unsigned count_errors(CXTranslationUnit unit)
{
	unsigned i, n = clang_getNumDiagnostics(unit), errors = 0;

	for (i = 0; i < n; i++) {
		CXDiagnostic diag = clang_getDiagnostic(unit, i);

		if (clang_getDiagnosticSeverity(diag) >= CXDiagnostic_Error)
			errors++;
		clang_disposeDiagnostic(diag);
	}
	return errors;
}

/* The same call as the front end's parse_unit() (checker/frontend/tu.c). */
static int parse(const char *file, const struct clang_args *args)
{
	CXIndex index = clang_createIndex(0, 0);
	CXTranslationUnit unit = NULL;
	enum CXErrorCode status;

	status = clang_parseTranslationUnit2(index, file,
					     (const char *const *)args->argv,
					     args->argc, NULL, 0,
					     CXTranslationUnit_KeepGoing, &unit);
	if (status != CXError_Success || !unit) {
		fprintf(stderr, "%s: error: clang could not parse the file (code %d)\n",
			file, (int)status);
		clang_disposeIndex(index);
		return 2;
	}
	printf("%s: parsed, %u clang errors\n", file, count_errors(unit));
	clang_disposeTranslationUnit(unit);
	clang_disposeIndex(index);
	return 0;
}

int main(int argc, char **argv)
{
	int source = find_source(argc, argv), nflags, status;
	struct clang_args args;
	char **flags;

	if (source < 0) {
		fprintf(stderr, "bench_parse_only: no FILE.c given "
			"(usage: bench_parse_only [flags] FILE.c)\n");
		return 2;
	}
	flags = compiler_flags(argc, argv, source, &nflags);
	args_filter(nflags, flags, &args);
	free(flags);
	status = parse(argv[source], &args);
	clang_args_free(&args);
	return status;
}
