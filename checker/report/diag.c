// SPDX-License-Identifier: GPL-2.0
/*
 * diag.c - collect the reports of a run.  A check may reach the same bug
 * along many paths; only the first report for a rule at a place is kept,
 * so the output does not depend on how many paths lead there.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"

static int rule_count(void)
{
	int n = 0;

	while (hm_rules[n].name)
		n++;
	return n;
}

static int rule_index(const char *name)
{
	const struct rule_info *rule = rule_find(name);

	return rule ? (int)(rule - hm_rules) : -1;
}

void *diag_must(void *p)
{
	if (!p)
		abort();
	return p;
}

struct diag *diag_new(void)
{
	struct diag *d = diag_must(calloc(1, sizeof(*d)));
	int i, n = rule_count();

	d->enabled = diag_must(calloc(n, sizeof(*d->enabled)));
	for (i = 0; i < n; i++)
		d->enabled[i] = hm_rules[i].default_on;
	return d;
}

void diag_free(struct diag *d)
{
	int i;

	if (!d)
		return;
	for (i = 0; i < d->npending; i++)
		diag_report_free(d->pending[i]);
	free(d->pending);
	diag_output_free(d);
	free(d->enabled);
	free(d);
}

int diag_set_enabled(struct diag *d, const char *rule, bool on)
{
	int i = rule_index(rule);

	if (i < 0)
		return -1;
	d->enabled[i] = on;
	return 0;
}

bool diag_enabled(const struct diag *d, const char *rule)
{
	int i = rule_index(rule);

	return i >= 0 && d->enabled[i];
}

static void set_place(struct diag_place *place, struct ir_loc loc)
{
	place->file = loc.file ? diag_must(strdup(loc.file)) : NULL;
	place->line = loc.line;
	place->col = loc.col;
}

static char *format(const char *fmt, va_list ap)
{
	char *text;

	if (vasprintf(&text, fmt, ap) < 0)
		abort();
	return text;
}

struct diag_report *diag_begin(struct diag *d, const char *rule,
			       struct ir_loc loc, const char *fmt, ...)
{
	struct diag_report *r;
	int i = rule_index(rule);
	va_list ap;

	if (i < 0) {
		fprintf(stderr, "hmcheck: internal error: report for unknown rule '%s'\n",
			rule ? rule : "(null)");
		return NULL;
	}
	if (!d->enabled[i])
		return NULL;
	r = diag_must(calloc(1, sizeof(*r)));
	r->diag = d;
	r->rule = i;
	set_place(&r->place, loc);
	va_start(ap, fmt);
	r->message = format(fmt, ap);
	va_end(ap);
	return r;
}

void diag_note(struct diag_report *r, struct ir_loc loc, const char *fmt, ...)
{
	struct diag_note *note;
	va_list ap;

	if (!r)
		return;
	r->notes = diag_must(realloc(r->notes, (r->nnotes + 1) * sizeof(*r->notes)));
	note = &r->notes[r->nnotes++];
	set_place(&note->place, loc);
	va_start(ap, fmt);
	note->text = format(fmt, ap);
	va_end(ap);
}

void diag_report_free(struct diag_report *r)
{
	int i;

	if (!r)
		return;
	for (i = 0; i < r->nnotes; i++) {
		free(r->notes[i].place.file);
		free(r->notes[i].text);
	}
	free(r->notes);
	free(r->place.file);
	free(r->path);
	free(r->message);
	free(r);
}

static bool same_place(const struct diag_place *a, const struct diag_place *b)
{
	if (a->line != b->line || a->col != b->col)
		return false;
	if (!a->file || !b->file)
		return a->file == b->file;
	return !strcmp(a->file, b->file);
}

static bool is_duplicate(const struct diag *d, const struct diag_report *r)
{
	int i;

	for (i = d->npending - 1; i >= 0; i--)
		if (d->pending[i]->rule == r->rule &&
		    same_place(&d->pending[i]->place, &r->place))
			return true;
	return false;
}

void diag_end(struct diag_report *r)
{
	struct diag *d;

	if (!r)
		return;
	d = r->diag;
	if (is_duplicate(d, r)) {
		diag_report_free(r);
		return;
	}
	if (d->npending == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->pending = diag_must(realloc(d->pending, d->cap * sizeof(*d->pending)));
	}
	r->sequence = d->accepted++;
	d->pending[d->npending++] = r;
}

int diag_flush(struct diag *d, FILE *out)
{
	return diag_print_pending(d, out);
}

int diag_count(const struct diag *d)
{
	return (int)d->accepted;
}
