// SPDX-License-Identifier: GPL-2.0
/*
 * dump_ir.c - parse a file and dump the IR of its functions (a debugging
 * aid for the front end's tests): dump_ir [-v] [-f FUNCTION] FILE [CFLAGS...]
 * Without -f: every function of the main file; with it, that one (from a
 * header too).
 */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "frontend.h"

int main(int argc, char **argv)
{
	struct frontend_options opts = { .show_clang_errors = true };
	struct clang_args args;
	const char *only = NULL;
	struct tu *tu;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		opts.verbose = true;
		argc--;
		argv++;
	}
	if (argc > 2 && strcmp(argv[1], "-f") == 0) {
		only = argv[2];
		argc -= 2;
		argv += 2;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: dump_ir [-v] [-f FUNCTION] FILE [CFLAGS...]\n");
		return 2;
	}
	args_filter(argc - 2, argv + 2, &args);
	tu = tu_parse(argv[1], args.argc, (const char *const *)args.argv, &opts);
	clang_args_free(&args);
	if (!tu)
		return 1;
	if (only && tu_function(tu, only))
		ir_dump(stdout, tu_function(tu, only));
	else if (only)
		fprintf(stderr, "%s: no function %s()\n", argv[1], only);
	for (int i = 0; !only && i < tu_nfunctions(tu); i++)
		ir_dump(stdout, tu_function_at(tu, i));
	tu_free(tu);
	return 0;
}
