// SPDX-License-Identifier: GPL-2.0
/*
 * dump_ir.c - parse a file and dump the IR of its functions (a debugging
 * aid for the front end's tests): dump_ir [-v] FILE [CFLAGS...]
 */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "frontend.h"

int main(int argc, char **argv)
{
	struct frontend_options opts = { .show_clang_errors = true };
	struct clang_args args;
	struct tu *tu;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		opts.verbose = true;
		argc--;
		argv++;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: dump_ir [-v] FILE [CFLAGS...]\n");
		return 2;
	}
	args_filter(argc - 2, argv + 2, &args);
	tu = tu_parse(argv[1], args.argc, (const char *const *)args.argv, &opts);
	clang_args_free(&args);
	if (!tu)
		return 1;
	for (int i = 0; i < tu_nfunctions(tu); i++)
		ir_dump(stdout, tu_function_at(tu, i));
	tu_free(tu);
	return 0;
}
