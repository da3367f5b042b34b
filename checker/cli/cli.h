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
	int format;			/* enum diag_format */
	const char *srcroot;		/* --srcroot, else git's top level, else . */
	const char *baseline;		/* --baseline FILE */
	const char *diff;		/* --diff FILE, "-" for stdin */
	const char *since;		/* --since REV: git diff -U0 REV */
	const char *assume_filename;	/* check FILE as if it were this one */
	bool list_unused_suppressions, also_sparse;
	const char *db_path;		/* --db FILE: the summary database */
	const char *tree;		/* --tree DIR: definitions on demand */
	int demand_depth;		/* --demand-depth, -1: the default */
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

/* patch.c: the lines a unified diff adds or changes, per new file. */
struct patch_file {
	char *path;			/* as in the diff, without "b/" */
	int nlines, cap;
	unsigned *lines;
};
struct patch {
	int nfiles;
	struct patch_file *files;
};
int patch_load(struct patch *p, const char *diff, const char *since);
void patch_free(struct patch *p);
bool patch_touches(const struct patch *p, const char *file, unsigned line);

/* sparse.c: --also-sparse runs sparse on the same arguments first. */
int run_sparse(const struct options *o);

#endif
