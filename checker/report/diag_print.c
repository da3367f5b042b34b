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

void print_text(FILE *out, const struct diag_report *r)
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

/* What the filters let through; from here on the report is the format's. */
static bool wanted(struct diag *d, struct diag_report *r)
{
	struct diag_finding f = {
		.rule = hm_rules[r->rule].name, .file = r->place.file,
		.message = r->message, .line = r->place.line, .col = r->place.col,
	};

	if (in_baseline(d, r))
		return false;
	if (r->nnotes && r->notes[0].place.line) {
		f.mapping_file = r->notes[0].place.file;
		f.mapping_line = r->notes[0].place.line;
	}
	return !d->keep || d->keep(d->keep_context, &f);
}

static void keep_for_the_end(struct diag *d, struct diag_report *r)
{
	d->kept = diag_must(realloc(d->kept, (d->nkept + 1) * sizeof(*d->kept)));
	d->kept[d->nkept++] = r;
}

static void emit(struct diag *d, FILE *out, struct diag_report *r)
{
	d->reported++;
	if (d->output.baseline && !d->baseline_exists)
		strings_add(&d->found, r->fingerprint);
	switch (d->output.format) {
	case DIAG_FORMAT_SARIF:
		keep_for_the_end(d, r);		/* one document for the run */
		return;
	case DIAG_FORMAT_JSON:
		print_json(out, r);
		break;
	case DIAG_FORMAT_GITHUB:
		print_github(out, r);
		break;
	default:
		print_text(out, r);
	}
	diag_report_free(r);
}

int diag_print_pending(struct diag *d, FILE *out)
{
	int i, n = d->npending, printed = d->reported;
	struct diag_report *r;

	if (n)	/* pending may still be NULL: qsort must not see it */
		qsort(d->pending, n, sizeof(*d->pending), compare_reports);
	for (i = 0; i < n; i++) {
		r = d->pending[i];
		if (suppressed(d, r)) {		/* read from the file checked */
			diag_report_free(r);
			continue;
		}
		rename_report(d, r);
		fingerprint_report(d, r);
		if (wanted(d, r))
			emit(d, out, r);
		else
			diag_report_free(r);
	}
	d->npending = 0;
	diag_forget_unit(d);
	fflush(out);
	return d->reported - printed;
}
