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

/*
 * How a run's reports leave hmcheck (issue 6): the format, the paths they
 * name, and the filters between the checks and the output.  Added after
 * the original interface; everything above behaves as before.
 */
enum diag_format { DIAG_FORMAT_TEXT, DIAG_FORMAT_JSON, DIAG_FORMAT_SARIF, DIAG_FORMAT_GITHUB };

/* "text", "json", "sarif", "github"; -1 for another name. */
int diag_format_from_name(const char *name);

struct diag_output {
	enum diag_format format;
	const char *srcroot;	/* paths in SARIF, GitHub and fingerprints are
				   relative to it; NULL: as given */
	const char *baseline;	/* --baseline FILE, or NULL */
	bool list_unused_suppressions;
};
void diag_set_output(struct diag *d, const struct diag_output *output);
/* After diag_set_output(): false when a setting cannot be used (a --baseline
   that is a directory or not a baseline), already said in one line. */
bool diag_output_ok(const struct diag *d);

/* A function defined at file:line: fingerprints name the function around a
   report, not its line, so that they survive lines moving. */
void diag_add_function(struct diag *d, const char *file, unsigned line, const char *name);

/* What a filter sees of a report; mapping_* is the first note's place. */
struct diag_finding {
	const char *rule, *file, *message;
	unsigned line, col;
	const char *mapping_file;	/* NULL when the report has no note */
	unsigned mapping_line;
};
typedef bool (*diag_filter)(void *context, const struct diag_finding *finding);
void diag_set_filter(struct diag *d, diag_filter keep, void *context);

/* Reports in `from` name `to` instead (hmcheck --assume-filename: a staged
   copy checked as the file it is staged for); suppressions are still read
   from `from`, which holds the text checked. */
void diag_rename_file(struct diag *d, const char *from, const char *to);

/* Read `file`'s hmcheck-ignore comments now, so that unused ones are known. */
void diag_scan_suppressions(struct diag *d, const char *file);

/* End of the run: the SARIF document, the baseline file, unused
   suppressions.  Returns -1 if a file could not be written. */
int diag_finish(struct diag *d, FILE *out);
/* Reports printed so far, after suppressions, baseline and filter. */
int diag_reported(const struct diag *d);

#endif
