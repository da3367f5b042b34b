/* SPDX-License-Identifier: GPL-2.0 */
/*
 * diag_internal.h - the reports as diag.c collects them and diag_print.c
 * prints them.  Every string is a private copy: the unit whose IR named
 * the files is freed before the reports are printed.
 */
#ifndef HMCHECK_DIAG_INTERNAL_H
#define HMCHECK_DIAG_INTERNAL_H

#include "diag.h"

struct diag_place {
	char *file;		/* NULL: no location */
	unsigned line, col;
};

struct diag_note {
	struct diag_place place;
	char *text;
};

struct diag_report {
	struct diag *diag;
	int rule;		/* index in hm_rules[] */
	long sequence;		/* order of arrival: keeps equal places stable */
	struct diag_place place;
	char *message;
	int nnotes;
	struct diag_note *notes;
	/* filled at flush, for the formats */
	const char *function;	/* around the report, or "" */
	char *path;		/* file relative to the source root */
	char fingerprint[17];	/* 16 hex digits */
};

struct diag_function {
	char *file, *name;
	unsigned line;
};

/* One hmcheck-ignore comment. */
struct diag_suppression {
	char *file, *rule;
	unsigned line;
	bool used;
};

/* A growing array of strings, e.g. fingerprints. */
struct diag_strings {
	int n, cap;
	char **items;
};

struct diag {
	bool *enabled;		/* one per rule of hm_rules[] */
	int npending, cap;
	struct diag_report **pending;	/* accepted, not printed yet */
	long accepted;		/* every report kept, printed or not */

	struct diag_output output;
	char *srcroot;		/* real path, or NULL */
	int reported;
	int nfunctions;
	struct diag_function *functions;	/* of the unit being flushed */
	struct diag_strings keys;	/* fingerprint keys seen: occurrence index */
	struct diag_strings scanned;	/* files read for suppressions */
	int nsuppressions;
	struct diag_suppression *suppressions;
	struct diag_strings baseline;	/* fingerprints of the baseline file */
	bool baseline_exists;
	bool output_failed;	/* a setting could not be used, and it was said */
	struct diag_strings found;	/* fingerprints printed, for a new baseline */
	int nkept;
	struct diag_report **kept;	/* SARIF: printed at diag_finish() */
	diag_filter keep;
	void *keep_context;
	char *rename_from, *rename_to;	/* --assume-filename */
};

void diag_report_free(struct diag_report *r);
void *diag_must(void *p);
void diag_output_free(struct diag *d);
void diag_forget_unit(struct diag *d);

/* strings.c */
void strings_add(struct diag_strings *s, const char *text);
bool strings_has(const struct diag_strings *s, const char *text);
int strings_count(const struct diag_strings *s, const char *text);
void strings_free(struct diag_strings *s);

/* fingerprint.c: function, path and fingerprint of a report. */
void fingerprint_report(struct diag *d, struct diag_report *r);
char *relative_path(const char *root, const char *file);

/* output.c: the name a report shows for `file` (--assume-filename). */
const char *display_name(const struct diag *d, const char *file);
void rename_report(const struct diag *d, struct diag_report *r);

/* suppress.c: true if a hmcheck-ignore comment covers the report. */
bool suppressed(struct diag *d, const struct diag_report *r);
void print_unused_suppressions(struct diag *d);

/* baseline.c */
void baseline_load(struct diag *d);
bool in_baseline(const struct diag *d, const struct diag_report *r);
int baseline_write(struct diag *d);

/* the formats: format_text.c (diag_print.c), json, sarif, github */
void print_text(FILE *out, const struct diag_report *r);
void print_json(FILE *out, const struct diag_report *r);
void print_github(FILE *out, const struct diag_report *r);
void print_sarif(FILE *out, struct diag *d);
/* Sort and print the pending reports, then forget them. */
int diag_print_pending(struct diag *d, FILE *out);

#endif
