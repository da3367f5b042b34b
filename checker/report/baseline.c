// SPDX-License-Identifier: GPL-2.0
/*
 * baseline.c - --baseline FILE: a first run writes the fingerprints of what
 * it found, one a line; later runs report only findings not in it, so a
 * tree with old findings can still refuse new ones.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"

void baseline_load(struct diag *d)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	FILE *f = fopen(d->output.baseline, "r");

	d->baseline_exists = f != NULL;
	if (!f)
		return;
	while ((n = getline(&line, &cap, f)) > 0) {
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
			line[--n] = '\0';
		if (n && line[0] != '#')
			strings_add(&d->baseline, line);
	}
	free(line);
	fclose(f);
}

bool in_baseline(const struct diag *d, const struct diag_report *r)
{
	return d->baseline_exists && strings_has(&d->baseline, r->fingerprint);
}

/* Only when the file did not exist: an existing baseline is never changed. */
int baseline_write(struct diag *d)
{
	FILE *f;
	int i;

	if (!d->output.baseline || d->baseline_exists)
		return 0;
	f = fopen(d->output.baseline, "w");
	if (!f) {
		fprintf(stderr, "hmcheck: cannot write baseline %s: %s\n",
			d->output.baseline, strerror(errno));
		return -1;
	}
	fputs("# hmcheck baseline: fingerprints of accepted findings\n", f);
	for (i = 0; i < d->found.n; i++)
		fprintf(f, "%s\n", d->found.items[i]);
	if (fclose(f)) {
		fprintf(stderr, "hmcheck: cannot write baseline %s\n", d->output.baseline);
		return -1;
	}
	fprintf(stderr, "hmcheck: baseline %s written: %d finding(s)\n",
		d->output.baseline, d->found.n);
	return 0;
}
