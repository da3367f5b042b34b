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
};

struct diag {
	bool *enabled;		/* one per rule of hm_rules[] */
	int npending, cap;
	struct diag_report **pending;	/* accepted, not printed yet */
	long accepted;		/* every report kept, printed or not */
};

void diag_report_free(struct diag_report *r);
/* Sort and print the pending reports, then forget them. */
int diag_print_pending(struct diag *d, FILE *out);

#endif
