/* SPDX-License-Identifier: GPL-2.0 */
/*
 * args.h - compiler command lines in, the arguments clang needs out.
 *
 * hmcheck is run as `hmcheck FILE.c CFLAGS...`, as kbuild's CHECK (sparse's
 * calling convention: -D__CHECKER__ -Wbitwise --arch=x86 -m64 -Wp,-MMD,...
 * gcc-only -f/-m flags, -include, -nostdinc, -isystem) and from a
 * compile_commands.json.  Keep defines, include paths, forced includes,
 * the language standard and the target; drop everything clang would reject or
 * that writes files; never fail on a flag.
 */
#ifndef HMCHECK_ARGS_H
#define HMCHECK_ARGS_H

#include <stdbool.h>

struct clang_args {
	int argc;
	char **argv;		/* owned, each string malloc'ed */
};

/* Filter a gcc/sparse-style argument list (without the input file). */
void args_filter(int argc, char *const *argv, struct clang_args *out);
void clang_args_free(struct clang_args *args);

/*
 * Arguments for `file` from BUILD_DIR/compile_commands.json, through
 * libclang's compilation database API, already filtered.  The entry's working
 * directory is applied (relative -I paths made absolute).  Returns 0, or -1
 * after a one-line message (no database, file not in it).
 */
int compdb_args(const char *build_dir, const char *file, struct clang_args *out);

#endif
