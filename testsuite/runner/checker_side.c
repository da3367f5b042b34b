// SPDX-License-Identifier: GPL-2.0
/*
 * checker_side.c - run hmcheck on a case and collect its warnings:
 *
 *   file:line:col: warning: MESSAGE [hmcheck-RULE]
 *
 * Notes are context for a human and are not compared.  A clang error means
 * the case (or the kshim headers) did not parse, so nothing hmcheck said
 * about it can be trusted: that fails the case.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "case_check.h"

bool same_file(const char *case_file, const char *reported)
{
	char a[PATH_MAX], b[PATH_MAX];

	if (!strcmp(case_file, reported))
		return true;
	if (!realpath(case_file, a) || !realpath(reported, b))
		return false;
	return !strcmp(a, b);
}

/* Split "file:line:col" (modified in place); false if it is not one. */
static bool split_location(char *text, char **file, unsigned *line)
{
	char *col = strrchr(text, ':'), *line_start;

	if (!col)
		return false;
	*col = '\0';
	line_start = strrchr(text, ':');
	if (!line_start)
		return false;
	*line_start = '\0';
	*line = (unsigned)strtoul(line_start + 1, NULL, 10);
	*file = text;
	return *line != 0;
}

/* "... [hmcheck-RULE]" at the end of the message -> RULE. */
static char *rule_of(char *message)
{
	char *open = strstr(message, "[hmcheck-");
	char *close;

	if (!open)
		return NULL;
	while (strstr(open + 1, "[hmcheck-"))
		open = strstr(open + 1, "[hmcheck-");
	close = strchr(open, ']');
	if (!close)
		return NULL;
	*close = '\0';
	return open + strlen("[hmcheck-");
}

/* Returns 1 for a warning, 0 for other lines, -1 for an error line. */
static int parse_line(const char *case_file, char *text,
		      struct finding_list *found)
{
	char *warning = strstr(text, ": warning: ");
	char *file, *rule, *message;
	unsigned line;

	if (strstr(text, ": error: "))
		return -1;
	if (!warning)
		return 0;
	*warning = '\0';
	message = strdup(warning + strlen(": warning: "));
	rule = rule_of(warning + strlen(": warning: "));
	if (!rule || !split_location(text, &file, &line)) {
		free(message);
		return 0;
	}
	findings_add(found, rule, same_file(case_file, file) ? NULL : file,
		     line, message);
	free(message);
	return 1;
}

static int check_exit(const char *hmcheck, const struct command_result *result)
{
	if (result->could_not_run) {
		fprintf(stderr, "%s: error: hmcheck is not built or cannot run\n",
			hmcheck);
		return -1;
	}
	if (result->signal || result->exit_code) {
		fprintf(stderr, "%s: error: hmcheck %s %d; its output:\n%s",
			hmcheck, result->signal ? "was killed by signal" :
			"exited with", result->signal ? result->signal :
			result->exit_code, result->output);
		return -1;
	}
	return 0;
}

static char **checker_argv(const char *case_file, const char *hmcheck,
			   int nflags, char *const *flags)
{
	char **argv = calloc((size_t)nflags + 3, sizeof(*argv));

	if (!argv)
		abort();
	argv[0] = (char *)hmcheck;
	for (int i = 0; i < nflags; i++)
		argv[i + 1] = flags[i];
	argv[nflags + 1] = (char *)case_file;
	return argv;
}

int checker_side_run(const char *case_file, const char *hmcheck,
		     int nflags, char *const *flags, struct finding_list *found)
{
	char **argv = checker_argv(case_file, hmcheck, nflags, flags);
	struct command_result result;
	int clang_errors = 0, status;
	char *save = NULL;

	run_command(argv, &result);
	free(argv);
	status = check_exit(hmcheck, &result);
	for (char *text = strtok_r(result.output, "\n", &save); text;
	     text = strtok_r(NULL, "\n", &save)) {
		if (parse_line(case_file, text, found) < 0) {
			fprintf(stderr, "%s\n", text);
			clang_errors++;
		}
	}
	if (clang_errors) {
		fprintf(stderr, "%s: error: hmcheck could not parse the case "
			"(%d error lines above)\n", hmcheck, clang_errors);
		status = -1;
	}
	command_result_free(&result);
	return status;
}
