// SPDX-License-Identifier: GPL-2.0
/*
 * engine_side.c - run a case executable (the case linked with harness.c and
 * the reference engine) and collect what the engine observed.  The harness
 * prints one line per violation:
 *
 *   violation RULE FILE LINE PC # message
 *
 * PC is "-" except for a use after unmap, which is a fault: the engine knows
 * the faulting instruction, not the source line, so we ask addr2line for it
 * (cases are built -O0 -g -no-pie, so PC is an address in the executable).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "case_check.h"

const char *addr2line_program = "/usr/bin/addr2line";

/* "path/file.c:42 (discriminator 1)" -> file and line; false if unknown. */
static bool parse_location(char *text, char **file, unsigned *line)
{
	char *colon;

	text[strcspn(text, " \n")] = '\0';
	colon = strrchr(text, ':');
	if (!colon || colon == text || text[0] == '?')
		return false;
	*colon = '\0';
	*line = (unsigned)strtoul(colon + 1, NULL, 10);
	*file = text;
	return *line != 0;
}

static bool resolve_pc(const char *exe, const char *pc, char **file,
		       unsigned *line)
{
	char *argv[] = { (char *)addr2line_program, "-e", (char *)exe,
			 (char *)pc, NULL };
	struct command_result result;
	bool ok = false;

	if (!run_command(argv, &result) && !result.exit_code && !result.signal) {
		ok = parse_location(result.output, file, line);
		if (ok)
			*file = strdup(*file);
	}
	command_result_free(&result);
	return ok;
}

static void add_violation(const char *case_file, const char *exe,
			  const char *rule, const char *file, unsigned line,
			  const char *pc, struct finding_list *found)
{
	char *fault_file = NULL, *detail;

	if (pc && resolve_pc(exe, pc, &fault_file, &line)) {
		file = fault_file;
	} else if (pc) {
		if (asprintf(&detail, "fault at pc %s, which addr2line could "
			     "not place (in a library function?)", pc) < 0)
			abort();
		findings_add(found, rule, "??", 0, detail);
		free(detail);
		return;
	}
	findings_add(found, rule, same_file(case_file, file) ? NULL : file,
		     line, NULL);
	free(fault_file);
}

/* Returns 1 for a violation line, 0 for other output, -1 if malformed. */
static int parse_line(const char *case_file, const char *exe, char *text,
		      struct finding_list *found)
{
	char rule[64], file[4096], pc[64];
	unsigned line;
	int fields;

	if (strncmp(text, "violation ", 10))
		return 0;
	fields = sscanf(text, "violation %63s %4095s %u %63s",
			rule, file, &line, pc);
	if (fields < 3) {
		fprintf(stderr, "%s: error: harness printed a malformed line: %s\n",
			exe, text);
		return -1;
	}
	add_violation(case_file, exe, rule, file, line,
		      fields == 4 && strcmp(pc, "-") ? pc : NULL, found);
	return 1;
}

static int check_exit(const char *exe, const struct command_result *result)
{
	if (result->could_not_run) {
		fprintf(stderr, "%s: error: the case executable is missing or "
			"cannot run (did the case compile? is hmengine built?)\n%s",
			exe, result->output);
		return -1;
	}
	if (result->signal || result->exit_code) {
		fprintf(stderr, "%s: error: the case executable %s %d; its "
			"output:\n%s", exe,
			result->signal ? "was killed by signal" : "exited with",
			result->signal ? result->signal : result->exit_code,
			result->output);
		return -1;
	}
	return 0;
}

int engine_side_run(const char *case_file, const char *exe,
		    struct finding_list *found)
{
	char *argv[] = { (char *)exe, NULL };
	struct command_result result;
	char *save = NULL;
	int status = 0;

	if (run_command(argv, &result) < 0 && !result.could_not_run) {
		fprintf(stderr, "%s: error: cannot start the case executable\n",
			exe);
		command_result_free(&result);
		return -1;
	}
	status = check_exit(exe, &result);
	for (char *text = strtok_r(result.output, "\n", &save); text;
	     text = strtok_r(NULL, "\n", &save))
		if (parse_line(case_file, exe, text, found) < 0)
			status = -1;
	command_result_free(&result);
	return status;
}
