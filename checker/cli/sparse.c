// SPDX-License-Identifier: GPL-2.0
/*
 * sparse.c - --also-sparse: kbuild runs one checker, CHECK=...; with this
 * option `make C=1 CHECK="hmcheck --also-sparse"` gets both.  sparse runs
 * first on the same compiler arguments and files, and writes to the same
 * stderr, so its warnings and ours arrive together.  Its exit status is
 * passed on only when it could not run at all.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "cli/cli.h"

int run_sparse(const struct options *o)
{
	const char *sparse = getenv("HMCHECK_SPARSE");
	char **argv = calloc(o->ncompiler + o->nfiles + 2, sizeof(*argv));
	int i, n = 0, status;
	pid_t pid;

	if (!argv)
		abort();
	argv[n++] = (char *)(sparse && *sparse ? sparse : "sparse");
	for (i = 0; i < o->ncompiler; i++)
		argv[n++] = o->compiler[i];
	for (i = 0; i < o->nfiles; i++)
		argv[n++] = (char *)o->files[i];
	fflush(stderr);
	pid = fork();
	if (pid == 0) {
		execvp(argv[0], argv);
		fprintf(stderr, "hmcheck: --also-sparse: cannot run %s\n", argv[0]);
		_exit(127);
	}
	free(argv);
	if (pid < 0 || waitpid(pid, &status, 0) < 0) {
		perror("hmcheck: --also-sparse");
		return -1;
	}
	return WIFEXITED(status) && WEXITSTATUS(status) == 127 ? -1 : 0;
}
