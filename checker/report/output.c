// SPDX-License-Identifier: GPL-2.0
/*
 * output.c - the run's output settings and its end: the format, the source
 * root that paths are relative to, the baseline and the filter, and what
 * is written once all files are checked.
 */
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"

static const char *const format_names[] = {
	[DIAG_FORMAT_TEXT] = "text", [DIAG_FORMAT_JSON] = "json",
	[DIAG_FORMAT_SARIF] = "sarif", [DIAG_FORMAT_GITHUB] = "github",
};

int diag_format_from_name(const char *name)
{
	int i, n = sizeof(format_names) / sizeof(format_names[0]);

	for (i = 0; i < n; i++)
		if (!strcmp(name, format_names[i]))
			return i;
	return -1;
}

void diag_set_output(struct diag *d, const struct diag_output *output)
{
	d->output = *output;
	free(d->srcroot);
	d->srcroot = output->srcroot ? realpath(output->srcroot, NULL) : NULL;
	if (output->baseline)
		baseline_load(d);
}

bool diag_output_ok(const struct diag *d)
{
	return !d->output_failed;
}

void diag_add_function(struct diag *d, const char *file, unsigned line, const char *name)
{
	struct diag_function *f;

	if (!file || !name)
		return;
	d->functions = diag_must(realloc(d->functions,
			(d->nfunctions + 1) * sizeof(*d->functions)));
	f = &d->functions[d->nfunctions++];
	f->file = diag_must(strdup(file));
	f->name = diag_must(strdup(name));
	f->line = line;
}

void diag_set_filter(struct diag *d, diag_filter keep, void *context)
{
	d->keep = keep;
	d->keep_context = context;
}

void diag_rename_file(struct diag *d, const char *from, const char *to)
{
	free(d->rename_from);
	free(d->rename_to);
	d->rename_from = diag_must(strdup(from));
	d->rename_to = diag_must(strdup(to));
}

const char *display_name(const struct diag *d, const char *file)
{
	if (file && d->rename_from && !strcmp(file, d->rename_from))
		return d->rename_to;
	return file;
}

static void rename_place(const struct diag *d, struct diag_place *place)
{
	const char *name = display_name(d, place->file);

	if (name == place->file)
		return;
	free(place->file);
	place->file = diag_must(strdup(name));
}

void rename_report(const struct diag *d, struct diag_report *r)
{
	int i;

	rename_place(d, &r->place);
	for (i = 0; i < r->nnotes; i++)
		rename_place(d, &r->notes[i].place);
}

int diag_reported(const struct diag *d)
{
	return d->reported;
}

int diag_finish(struct diag *d, FILE *out)
{
	int i;

	if (d->output.format == DIAG_FORMAT_SARIF) {
		print_sarif(out, d);
		for (i = 0; i < d->nkept; i++)
			diag_report_free(d->kept[i]);
		d->nkept = 0;
		fflush(out);
	}
	if (d->output.list_unused_suppressions)
		print_unused_suppressions(d);
	return baseline_write(d);
}

/* What the unit's flush leaves behind for the next unit. */
void diag_forget_unit(struct diag *d)
{
	int i;

	for (i = 0; i < d->nfunctions; i++) {
		free(d->functions[i].file);
		free(d->functions[i].name);
	}
	free(d->functions);
	d->functions = NULL;
	d->nfunctions = 0;
	strings_free(&d->keys);
}

void diag_output_free(struct diag *d)
{
	int i;

	diag_forget_unit(d);
	for (i = 0; i < d->nkept; i++)
		diag_report_free(d->kept[i]);
	free(d->kept);
	for (i = 0; i < d->nsuppressions; i++) {
		free(d->suppressions[i].file);
		free(d->suppressions[i].rule);
	}
	free(d->suppressions);
	strings_free(&d->scanned);
	strings_free(&d->baseline);
	strings_free(&d->found);
	free(d->srcroot);
	free(d->rename_from);
	free(d->rename_to);
}
