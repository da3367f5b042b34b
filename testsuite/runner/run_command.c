// SPDX-License-Identifier: GPL-2.0
/*
 * run_command.c - run a program and keep everything it printed.  Its stdout
 * and stderr go to one pipe, so that what we show on failure is in the order
 * the program wrote it.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "case_check.h"

static void append(struct command_result *result, const char *data, size_t n)
{
	result->output = realloc(result->output, result->length + n + 1);
	if (!result->output)
		abort();
	memcpy(result->output + result->length, data, n);
	result->length += n;
	result->output[result->length] = '\0';
}

static void read_all(int fd, struct command_result *result)
{
	char buffer[4096];
	ssize_t n;

	for (;;) {
		n = read(fd, buffer, sizeof(buffer));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		append(result, buffer, (size_t)n);
	}
}

static void exec_child(char *const argv[], int pipe_fds[2])
{
	close(pipe_fds[0]);
	dup2(pipe_fds[1], STDOUT_FILENO);
	dup2(pipe_fds[1], STDERR_FILENO);
	close(pipe_fds[1]);
	execv(argv[0], argv);
	fprintf(stderr, "cannot run %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

static void record_status(int status, struct command_result *result)
{
	if (WIFSIGNALED(status)) {
		result->signal = WTERMSIG(status);
		result->exit_code = -1;
	} else {
		result->exit_code = WEXITSTATUS(status);
		if (result->exit_code == 127)
			result->could_not_run = true;
	}
}

int run_command(char *const argv[], struct command_result *result)
{
	int pipe_fds[2], status;
	pid_t pid;

	memset(result, 0, sizeof(*result));
	append(result, "", 0);
	if (access(argv[0], X_OK)) {
		result->could_not_run = true;
		return -1;
	}
	if (pipe(pipe_fds))
		return -1;
	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0)
		exec_child(argv, pipe_fds);
	close(pipe_fds[1]);
	read_all(pipe_fds[0], result);
	close(pipe_fds[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	record_status(status, result);
	return 0;
}

void command_result_free(struct command_result *result)
{
	free(result->output);
	result->output = NULL;
}
