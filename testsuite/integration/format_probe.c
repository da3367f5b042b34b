// SPDX-License-Identifier: GPL-2.0
/*
 * format_probe.c - prints hand-made reports in one format, to test the
 * escaping of each format with text no real check produces: quotes,
 * backslashes, %, newlines, control characters, and file names with ':'
 * and ','.   format_probe FORMAT
 */
#include <stdio.h>
#include "diag.h"

static struct ir_loc at(const char *file, unsigned line, unsigned col)
{
	struct ir_loc loc = { file, line, col };

	return loc;
}

int main(int argc, char **argv)
{
	struct diag_output output = { .srcroot = "." };
	struct diag *d = diag_new();
	struct diag_report *r;
	int format = argc > 1 ? diag_format_from_name(argv[1]) : -1;

	if (format < 0) {
		fprintf(stderr, "usage: format_probe text|json|sarif|github\n");
		return 2;
	}
	output.format = format;
	diag_set_output(d, &output);
	diag_add_function(d, "dir,x/a:b.c", 2, "probe_function");
	r = diag_begin(d, "order", at("dir,x/a:b.c", 7, 3),
		       "100%% \"quoted\" back\\slash\nsecond line\r\ttab \x01 end");
	diag_note(r, at("dir,x/a:b.c", 5, 9), "mapped here: a, b%%");
	diag_note(r, at(NULL, 0, 0), "a note without a place");
	diag_end(r);
	diag_end(diag_begin(d, "leak", at("plain.c", 3, 0), "no column, no notes"));
	diag_flush(d, stdout);
	diag_finish(d, stdout);
	diag_free(d);
	return 0;
}
