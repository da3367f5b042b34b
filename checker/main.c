// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - the hmcheck command.
 *
 * It is run by hand (`hmcheck file.c -Iinclude`), on a compilation database
 * (`hmcheck -p build file.c`), and by kbuild as a checker:
 * `make C=1 CHECK=hmcheck` runs `hmcheck $(CHECKFLAGS) $(c_flags) file.c`,
 * the file last, after sparse's and gcc's flags.  So hmcheck takes its own
 * options wherever they stand, takes the .c files as input, and hands every
 * other argument to args_filter(), which never fails on a flag it does not
 * know.  Reports go to stderr, like sparse's, so that kbuild shows them;
 * and a run that completes exits 0 even with findings, so that it never
 * breaks a kernel build (unless --Werror).
 */
#include "cli/cli.h"

int main(int argc, char **argv)
{
	struct options o;
	int status;

	if (parse_arguments(&o, argc, argv) < 0)
		status = HMCHECK_EXIT_USAGE;
	else if (o.action != ACTION_CHECK)
		status = answer(&o);
	else if (o.nfiles == 0) {
		usage_error("no input file");
		status = HMCHECK_EXIT_USAGE;
	} else if (o.assume_filename && o.nfiles != 1) {
		usage_error("--assume-filename names one input file, not %d", o.nfiles);
		status = HMCHECK_EXIT_USAGE;
	} else
		status = check_files(&o);
	free_options(&o);
	return status;
}
