/* SPDX-License-Identifier: GPL-2.0 */
/*
 * case_check.h - the pieces of case_check, the program that decides whether a
 * ground-truth case holds: what the case expects (its comments), what the
 * engine observed (the case executable's output) and what hmcheck reported.
 */
#ifndef HMCASE_CHECK_H
#define HMCASE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/* One report: a rule on a line of a file (columns are not compared). */
struct finding {
	char *rule;
	char *file;		/* as reported; NULL means the case file itself */
	unsigned line;
	char *detail;		/* what the tool said, for the diff; may be NULL */
};

struct finding_list {
	int count;
	int capacity;
	struct finding *items;
};

void findings_add(struct finding_list *list, const char *rule,
		  const char *file, unsigned line, const char *detail);
bool findings_contains(const struct finding_list *list,
		       const struct finding *wanted);
void findings_free(struct finding_list *list);

/* The rule names a case may use. */
bool rule_name_known(const char *name);

/* What the comments of a case ask for, split by the side that must see it. */
struct case_expectations {
	struct finding_list engine;	/* expect + expect-runtime */
	struct finding_list checker;	/* expect + expect-static */
};

/* Returns the number of malformed comments (each reported as file:line). */
int expect_parse_file(const char *path, struct case_expectations *out);
int expect_parse_text(const char *path, const char *text,
		      struct case_expectations *out);
void expectations_free(struct case_expectations *expect);

/* A finished child process: its merged stdout+stderr and how it ended. */
struct command_result {
	char *output;
	size_t length;
	int exit_code;		/* valid if !signaled */
	int signal;		/* the signal that killed it, or 0 */
	bool could_not_run;	/* fork/exec failed: output says why */
};

int run_command(char *const argv[], struct command_result *result);
void command_result_free(struct command_result *result);

/* Each side returns 0, or -1 after saying on stderr why it failed. */
int engine_side_run(const char *case_file, const char *exe,
		    struct finding_list *found);
int checker_side_run(const char *case_file, const char *hmcheck,
		     int nflags, char *const *flags, struct finding_list *found);

/* Print MISSING / UNEXPECTED lines; returns the number of differences. */
int compare_findings(const char *case_file, const char *side,
		     const struct finding_list *expected,
		     const struct finding_list *found);

/* Is `reported` (a path a tool printed) the case file itself? */
bool same_file(const char *case_file, const char *reported);

#endif
