// SPDX-License-Identifier: GPL-2.0
/*
 * format_github.c - --format=github: GitHub Actions workflow commands,
 *   ::warning file=F,line=L,col=C,title=hmcheck-RULE::MESSAGE
 * which Actions turns into annotations on the pull request's diff.  The
 * notes go into the message, one a line.  Escaping is GitHub's: in the
 * data % \r \n; in properties also : and ,.
 */
#include <stdlib.h>
#include "diag_internal.h"

static void escape(FILE *out, const char *text, bool property)
{
	for (; *text; text++) {
		if (*text == '%')
			fputs("%25", out);
		else if (*text == '\r')
			fputs("%0D", out);
		else if (*text == '\n')
			fputs("%0A", out);
		else if (property && *text == ':')
			fputs("%3A", out);
		else if (property && *text == ',')
			fputs("%2C", out);
		else
			fputc(*text, out);
	}
}

/* Notes continue the message, one a line: the newline escaped. */
static void print_note(FILE *out, const struct diag_report *r, int i)
{
	const struct diag_note *note = &r->notes[i];
	char *path, line[16];

	fputs("%0A", out);
	if (note->place.line && note->place.file) {
		path = relative_path(r->diag->srcroot, note->place.file);
		escape(out, path, false);
		snprintf(line, sizeof(line), ":%u: ", note->place.line);
		fputs(line, out);
		free(path);
	}
	fputs("note: ", out);
	escape(out, note->text, false);
}

void print_github(FILE *out, const struct diag_report *r)
{
	int i;

	fputs("::warning file=", out);
	escape(out, r->path, true);
	if (r->place.line)
		fprintf(out, ",line=%u", r->place.line);
	if (r->place.line && r->place.col)
		fprintf(out, ",col=%u", r->place.col);
	fputs(",title=", out);
	escape(out, "hmcheck-", true);
	escape(out, hm_rules[r->rule].name, true);
	fputs("::", out);
	escape(out, r->message, false);
	for (i = 0; i < r->nnotes; i++)
		print_note(out, r, i);
	fputc('\n', out);
}
