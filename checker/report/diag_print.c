// SPDX-License-Identifier: GPL-2.0
/*
 * diag_print.c - print reports the way gcc and sparse do, so that editors,
 * CI log parsers and kbuild's `make C=1` show them like any warning:
 *   file:line:col: warning: message [hmcheck-RULE]
 *   file:line:col: note: text
 */
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"

static int compare_files(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);	/* no location first */
	return strcmp(a, b);
}

static int compare_reports(const void *pa, const void *pb)
{
	const struct diag_report *a = *(struct diag_report *const *)pa;
	const struct diag_report *b = *(struct diag_report *const *)pb;
	int c = compare_files(a->place.file, b->place.file);

	if (c)
		return c;
	if (a->place.line != b->place.line)
		return a->place.line < b->place.line ? -1 : 1;
	if (a->place.col != b->place.col)
		return a->place.col < b->place.col ? -1 : 1;
	return a->sequence < b->sequence ? -1 : a->sequence > b->sequence;
}

/* "file:line:col: ", leaving out what is unknown, as gcc does. */
static void print_place(FILE *out, const struct diag_place *place)
{
	if (!place->file) {
		fputs("hmcheck: ", out);
		return;
	}
	fputs(place->file, out);
	if (place->line) {
		fprintf(out, ":%u", place->line);
		if (place->col)
			fprintf(out, ":%u", place->col);
	}
	fputs(": ", out);
}

static void print_report(FILE *out, const struct diag_report *r)
{
	const struct diag_place *place;
	int i;

	print_place(out, &r->place);
	fprintf(out, "warning: %s [hmcheck-%s]\n", r->message, hm_rules[r->rule].name);
	for (i = 0; i < r->nnotes; i++) {
		/* a note with no place of its own belongs to the warning's line */
		place = r->notes[i].place.line ? &r->notes[i].place : &r->place;
		print_place(out, place);
		fprintf(out, "note: %s\n", r->notes[i].text);
	}
}

int diag_print_pending(struct diag *d, FILE *out)
{
	int i, n = d->npending;

	if (n == 0)
		return 0;	/* pending may still be NULL: qsort must not see it */
	qsort(d->pending, n, sizeof(*d->pending), compare_reports);
	for (i = 0; i < n; i++) {
		print_report(out, d->pending[i]);
		diag_report_free(d->pending[i]);
	}
	d->npending = 0;
	fflush(out);
	return n;
}
