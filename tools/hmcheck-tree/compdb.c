// SPDX-License-Identifier: GPL-2.0
/*
 * compdb.c - units from BUILD_DIR/compile_commands.json.  We have no JSON
 * parser of our own: libclang's compilation database reads the file (the
 * kernel's scripts/clang-tools/gen_compile_commands.py writes it) and splits
 * each command into arguments.
 *
 * hmcheck gets the compiler's arguments without the compiler itself and
 * without what only concerns the object file (-c, -o FILE); it filters the
 * rest.  It runs in the entry's directory, where the relative paths hold.
 */
#include <stdio.h>
#include <string.h>
#include <clang-c/CXCompilationDatabase.h>
#include "hmcheck_tree.h"

static bool is_c_source(const char *file)
{
	size_t n = strlen(file);

	return n > 2 && !strcmp(file + n - 2, ".c");
}

static void command_arguments(CXCompileCommand cmd, struct strv *argv)
{
	unsigned i, n = clang_CompileCommand_getNumArgs(cmd);

	for (i = 1; i < n; i++) {
		CXString arg = clang_CompileCommand_getArg(cmd, i);
		const char *s = clang_getCString(arg);

		if (!strcmp(s, "-o"))
			i++;
		else if (strcmp(s, "-c") && strncmp(s, "-o", 2))
			strv_push(argv, s);
		clang_disposeString(arg);
	}
}

static void add_command(CXCompileCommand cmd, struct unit_list *out)
{
	CXString dir = clang_CompileCommand_getDirectory(cmd);
	CXString file = clang_CompileCommand_getFilename(cmd);
	struct strv argv = { 0 };

	if (is_c_source(clang_getCString(file))) {
		command_arguments(cmd, &argv);
		unit_list_add(out, clang_getCString(file), clang_getCString(dir), &argv);
	}
	clang_disposeString(dir);
	clang_disposeString(file);
}

int compdb_load(const char *build_dir, struct unit_list *out)
{
	CXCompilationDatabase_Error error;
	CXCompilationDatabase db;
	CXCompileCommands cmds;
	unsigned i, n;

	db = clang_CompilationDatabase_fromDirectory(build_dir, &error);
	if (error != CXCompilationDatabase_NoError) {
		fprintf(stderr, "hmcheck-tree: %s/compile_commands.json: missing or not a "
			"compilation database\n", build_dir);
		return -1;
	}
	cmds = clang_CompilationDatabase_getAllCompileCommands(db);
	n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
	for (i = 0; i < n; i++)
		add_command(clang_CompileCommands_getCommand(cmds, i), out);
	if (cmds)
		clang_CompileCommands_dispose(cmds);
	clang_CompilationDatabase_dispose(db);
	if (n == 0) {
		fprintf(stderr, "hmcheck-tree: %s/compile_commands.json: no compile command\n",
			build_dir);
		return -1;
	}
	return 0;
}
