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
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"

/*
 * Deep input (an else-if chain of thousands of arms, a long ?: chain) is
 * parsed and lowered by recursion, clang's and ours.  Both run on one
 * thread with a large stack, of which only the pages used are touched,
 * instead of the 8 MB of the main thread and of libclang's parsing thread
 * (LIBCLANG_NOTHREADS: parse on the calling thread).
 */
#define CHECK_STACK_SIZE	(512UL << 20)

struct check_run {
	struct options *o;
	int status;
};

static void *check_on_thread(void *data)
{
	struct check_run *run = data;

	run->status = check_files(run->o);
	return NULL;
}

static int check_files_on_large_stack(struct options *o)
{
	struct check_run run = { o, 0 };
	pthread_attr_t attr;
	pthread_t thread;
	int failed;

	setenv("LIBCLANG_NOTHREADS", "1", 0);
	/*
	 * One malloc arena: a second thread's own arena grows a page at a
	 * time, an mprotect() each (some 11,000 for one kernel file), where
	 * the main arena grows by 128 KiB.  Nothing else runs meanwhile.
	 */
	mallopt(M_ARENA_MAX, 1);
	failed = pthread_attr_init(&attr) ||
		 pthread_attr_setstacksize(&attr, CHECK_STACK_SIZE) ||
		 pthread_create(&thread, &attr, check_on_thread, &run);
	pthread_attr_destroy(&attr);
	if (failed)		/* under a tight memory limit: as deep as we can */
		return check_files(o);
	pthread_join(thread, NULL);
	return run.status;
}

/*
 * A report lost to a full disk or a closed pipe must not pass for a clean
 * run: SARIF uploaded empty from CI, say.  (When stderr is what failed,
 * only the status can tell.)
 */
static int check_output(int status)
{
	errno = 0;		/* an earlier failed write may have left none */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "hmcheck: cannot write to standard output: %s\n",
			errno ? strerror(errno) : "write error");
		return HMCHECK_EXIT_USAGE;
	}
	if (fflush(stderr) != 0 || ferror(stderr))
		return HMCHECK_EXIT_USAGE;
	return status;
}

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
		status = check_files_on_large_stack(&o);
	free_options(&o);
	return check_output(status);
}
