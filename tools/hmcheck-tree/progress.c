// SPDX-License-Identifier: GPL-2.0
/*
 * progress.c - on a terminal, one bar on stderr redrawn in place with \r:
 * files done of total, findings so far, the time left at the pace so far.
 * Elsewhere (a log, ctest) a plain line per file, which reads well later.
 * Nothing with -q.  The reports go to stdout; when both are the terminal the
 * bar is erased before a file's reports are printed and drawn again after.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "hmcheck_tree.h"

#define BAR_WIDTH	30
#define REDRAW_SECONDS	0.1

struct progress {
	int total, done, findings;
	bool tty, quiet, drawn;
	bool shared;		/* stdout is the same terminal: erase before reports */
	double start, last_draw;
};

struct progress *progress_new(int total, bool quiet)
{
	struct progress *p = calloc(1, sizeof(*p));

	if (!p)
		abort();
	p->total = total;
	p->quiet = quiet;
	p->tty = isatty(STDERR_FILENO);
	p->shared = p->tty && isatty(STDOUT_FILENO);
	p->start = now_seconds();
	return p;
}

static void format_duration(char *buf, size_t size, double seconds)
{
	long s = seconds + 0.5;

	if (s >= 60)
		snprintf(buf, size, "%ldm%02lds", s / 60, s % 60);
	else
		snprintf(buf, size, "%lds", s);
}

static void draw_bar(struct progress *p)
{
	int i, filled = p->total ? BAR_WIDTH * p->done / p->total : BAR_WIDTH;
	double elapsed = now_seconds() - p->start;
	char eta[32] = "?";

	if (p->done > 0)
		format_duration(eta, sizeof(eta), elapsed / p->done * (p->total - p->done));
	fputs("\r[", stderr);
	for (i = 0; i < BAR_WIDTH; i++)
		fputc(i < filled ? '#' : '.', stderr);
	fprintf(stderr, "] %d/%d files, %d finding%s, ETA %s\033[K", p->done, p->total,
		p->findings, p->findings == 1 ? "" : "s", eta);
	fflush(stderr);
	p->drawn = true;
	p->last_draw = now_seconds();
}

void progress_update(struct progress *p, int done, int findings, const char *last)
{
	p->done = done;
	p->findings = findings;
	if (p->quiet)
		return;
	if (!p->tty) {
		if (last)
			fprintf(stderr, "hmcheck-tree: [%d/%d] %s\n", done, p->total, last);
		return;
	}
	if (done == p->total || now_seconds() - p->last_draw >= REDRAW_SECONDS)
		draw_bar(p);
}

static void erase(struct progress *p)
{
	if (!p->drawn)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->drawn = false;
	p->last_draw = 0;	/* draw again at the next update */
}

void progress_clear(struct progress *p)
{
	if (p->shared)
		erase(p);
}

void progress_free(struct progress *p)
{
	erase(p);
	free(p);
}
