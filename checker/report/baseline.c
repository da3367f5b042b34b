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
#include "input_file.h"

/* What baseline_write() writes: 16 hexadecimal digits, one a line. */
static bool is_fingerprint(const char *line, size_t n)
{
	return n == 16 && strspn(line, "0123456789abcdef") == 16;
}

static void baseline_error(struct diag *d, unsigned long number, const char *what)
{
	if (number)
		fprintf(stderr, "hmcheck: %s:%lu: %s\n", d->output.baseline, number, what);
	else
		fprintf(stderr, "hmcheck: cannot read baseline %s: %s\n", d->output.baseline, what);
	d->output_failed = true;
}

static void read_baseline(struct diag *d, FILE *f)
{
	unsigned long number = 0;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	while (!d->output_failed && (n = getline(&line, &cap, f)) > 0) {
		number++;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
			line[--n] = '\0';
		if (!n || line[0] == '#')
			continue;
		if (is_fingerprint(line, n))
			strings_add(&d->baseline, line);
		else
			baseline_error(d, number, "not a fingerprint (16 hexadecimal digits): "
				       "not a baseline hmcheck wrote");
	}
	if (!d->output_failed && ferror(f))
		baseline_error(d, 0, strerror(errno));
	free(line);
}

/*
 * A missing file is the first run's: it is written at the end.  Anything
 * else that is not a baseline is said: read as empty, it would let every
 * old finding through, and with a silent success.
 */
void baseline_load(struct diag *d)
{
	FILE *f = input_file_fopen(d->output.baseline);

	d->baseline_exists = f != NULL;
	if (!f) {
		if (errno != ENOENT)
			baseline_error(d, 0, input_file_error(errno));
		return;
	}
	read_baseline(d, f);
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
