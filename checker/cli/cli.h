/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cli.h - the hmcheck command line: its options, the answers it gives on
 * stdout (--help, --list-rules, --explain), and the checking run.
 */
#ifndef HMCHECK_CLI_H
#define HMCHECK_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include <hmcheck.h>

struct diag;

enum action { ACTION_CHECK, ACTION_HELP, ACTION_VERSION, ACTION_LIST, ACTION_EXPLAIN };

struct rule_switch {
	const char *names;	/* as given: one rule, a comma list, or "all" */
	bool on;
};

/* Every list holds at most argc entries: they are allocated that big. */
struct options {
	enum action action;
	const char *explain;
	bool werror, verbose, dump_ir;
	const char *build_dir;		/* -p: use BUILD_DIR/compile_commands.json */
	int nrules_files, nfiles, ncompiler, nswitches;
	const char **rules_files;
	const char **files;
	char **compiler;		/* everything not ours, in order */
	struct rule_switch *switches;
};

/* options.c */
int parse_arguments(struct options *o, int argc, char **argv);
void free_options(struct options *o);
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* rule_switches.c: apply --enable/--disable to `diag` (NULL: only check names). */
int switch_rules(struct diag *diag, const struct rule_switch *sw);
int unknown_rule(const char *name, size_t len);

/* answers.c: --help, --version, --list-rules, --explain, on stdout. */
int answer(const struct options *o);

/* run.c: check every input file; returns the exit status. */
int check_files(const struct options *o);

#endif
