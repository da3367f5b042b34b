// SPDX-License-Identifier: GPL-2.0
/*
 * spawn.c - start one hmcheck on one unit, and say how it ended.
 *
 * The child gets its own process group, so that a timeout kills whatever it
 * started too, and a memory limit (RLIMIT_AS), so that one runaway parse
 * cannot take the machine down; no core files.  Its stdout and stderr go to
 * one pipe, read by jobs.c, so that its reports keep their order.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "hmcheck_tree.h"
#include "spawn.h"

static void limit(int resource, rlim_t value)
{
	struct rlimit rl = { value, value };

	setrlimit(resource, &rl);
}

static void child(const struct job_settings *s, const struct unit *unit,
		  char **argv, int out)
{
	int null = open("/dev/null", O_RDONLY | O_CLOEXEC);

	setpgid(0, 0);
	if (null >= 0)
		dup2(null, STDIN_FILENO);
	dup2(out, STDOUT_FILENO);
	dup2(out, STDERR_FILENO);
	if (chdir(unit->dir) < 0) {
		fprintf(stderr, "hmcheck-tree: %s: cannot enter %s: %s\n", unit->name,
			unit->dir, strerror(errno));
		_exit(SPAWN_NO_EXEC);
	}
	limit(RLIMIT_CORE, 0);
	if (s->max_mem > 0)
		limit(RLIMIT_AS, (rlim_t)s->max_mem << 20);
	execv(s->hmcheck, argv);
	fprintf(stderr, "hmcheck-tree: cannot run %s: %s\n", s->hmcheck, strerror(errno));
	_exit(SPAWN_NO_EXEC);
}

static char **child_arguments(const struct job_settings *s, const struct unit *unit)
{
	int i, n = 0, size = 2 + s->hmcheck_args->n + unit->argv.n;
	char **argv = malloc(size * sizeof(*argv));

	if (!argv)
		abort();
	argv[n++] = (char *)s->hmcheck;
	for (i = 0; i < s->hmcheck_args->n; i++)
		argv[n++] = s->hmcheck_args->v[i];
	for (i = 0; i < unit->argv.n; i++)
		argv[n++] = unit->argv.v[i];
	argv[n] = NULL;
	return argv;
}

pid_t spawn_hmcheck(const struct job_settings *s, const struct unit *unit, int *fd)
{
	char **argv = child_arguments(s, unit);
	int pipefd[2];
	pid_t pid;

	if (pipe2(pipefd, O_CLOEXEC) < 0) {
		free(argv);
		return -1;
	}
	pid = fork();
	if (pid == 0)
		child(s, unit, argv, pipefd[1]);
	free(argv);
	close(pipefd[1]);
	if (pid < 0) {
		close(pipefd[0]);
		return -1;
	}
	setpgid(pid, pid);	/* also here: no race with an early kill */
	fcntl(pipefd[0], F_SETFL, O_NONBLOCK);
	*fd = pipefd[0];
	return pid;
}

/* NULL if hmcheck completed, else why not (malloc'ed). */
char *spawn_failure(int wstatus, bool werror_passed)
{
	char text[64];

	if (WIFSIGNALED(wstatus))
		snprintf(text, sizeof(text), "killed by signal %d", WTERMSIG(wstatus));
	else if (!WIFEXITED(wstatus))
		snprintf(text, sizeof(text), "ended with wait status %#x", wstatus);
	else if (WEXITSTATUS(wstatus) == 0 ||
		 (WEXITSTATUS(wstatus) == EXIT_FINDINGS && werror_passed))
		return NULL;
	else if (WEXITSTATUS(wstatus) == SPAWN_NO_EXEC)
		snprintf(text, sizeof(text), "hmcheck could not be started");
	else
		snprintf(text, sizeof(text), "hmcheck exited with status %d",
			 WEXITSTATUS(wstatus));
	return strdup(text);
}
