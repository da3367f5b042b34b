/* SPDX-License-Identifier: GPL-2.0 */
/*
 * diag.h - the rules' names and texts, and the reports they make.
 *
 * Reports are collected, de-duplicated and printed at the end in source
 * order, in the compiler's format:
 *   file:line:col: warning: message [hmcheck-RULE]
 *   file:line:col: note: ...
 */
#ifndef HMCHECK_DIAG_H
#define HMCHECK_DIAG_H

#include <stdbool.h>
#include <stdio.h>
#include "ir.h"

struct rule_info {
	const char *name;	/* stable: "order", "sleep-in-atomic", ... */
	const char *summary;	/* one line, for --list-rules */
	const char *explain;	/* several paragraphs, for --explain */
	bool default_on;
};

/* The table of every rule, ended by a NULL name. */
extern const struct rule_info hm_rules[];
const struct rule_info *rule_find(const char *name);

struct diag;
struct diag_report;

struct diag *diag_new(void);
void diag_free(struct diag *d);

/* --enable/--disable; returns -1 for an unknown rule name. */
int diag_set_enabled(struct diag *d, const char *rule, bool on);
bool diag_enabled(const struct diag *d, const char *rule);

/*
 * Start a report.  Returns NULL when the rule is disabled (diag_note() and
 * diag_end() accept NULL), so checks need not test for it.
 */
struct diag_report *diag_begin(struct diag *d, const char *rule,
			       struct ir_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_note(struct diag_report *r, struct ir_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Finish it; a report equal to an earlier one (rule and location) is dropped. */
void diag_end(struct diag_report *r);

/* Print every report, sorted by file and line; returns how many. */
int diag_flush(struct diag *d, FILE *out);
int diag_count(const struct diag *d);

#endif
