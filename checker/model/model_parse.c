// SPDX-License-Identifier: GPL-2.0
/*
 * model_parse.c - read the line-oriented rules format (rules/README.md).
 * Every line is split into fields; the first names the kind, the second
 * the function, then come the positional fields of that kind (family,
 * context) and the options (page=N, addr=N, gfp=N, deprecated=NAME,
 * sleeps, sleep-ok).  The first malformed line stops the file.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model_internal.h"
#include "model_syntax.h"

#define MAX_FIELDS 32

/*
 * The message quotes the file's own bytes: control and non-ASCII bytes (a
 * damaged file) are written as \xNN, so the error stays one line.
 */
int rules_error(const struct rules_line *line, const char *fmt, ...)
{
	char text[512];
	const unsigned char *p;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s:%d: ", line->path, line->number);
	for (p = (const unsigned char *)text; *p; p++)
		if (*p < 0x20 || *p >= 0x7f)
			fprintf(stderr, "\\x%02x", *p);
		else
			fputc(*p, stderr);
	fputc('\n', stderr);
	return -1;
}

bool is_identifier(const char *name)
{
	if (!isalpha((unsigned char)*name) && *name != '_')
		return false;
	for (name++; *name; name++)
		if (!isalnum((unsigned char)*name) && *name != '_')
			return false;
	return true;
}

/* Cut comments, split on blanks; returns the number of fields or -1. */
static int split_fields(struct rules_line *line, char *text)
{
	char *hash = strchr(text, '#');
	char *save = NULL;
	char *field;

	if (hash)
		*hash = '\0';
	line->nfields = 0;
	for (field = strtok_r(text, " \t\r\n\v\f", &save); field;
	     field = strtok_r(NULL, " \t\r\n\v\f", &save)) {
		if (line->nfields == MAX_FIELDS)
			return rules_error(line, "too many fields (at most %d)", MAX_FIELDS);
		line->fields[line->nfields++] = field;
	}
	return line->nfields;
}

static int parse_line(struct api_model *model, struct rules_line *line, char *text)
{
	const struct rules_kind *kind;
	int nfields = split_fields(line, text);

	if (nfields <= 0)
		return nfields;		/* blank, comment, or too many fields */
	kind = rules_kind_find(line->fields[0]);
	if (!kind)
		return rules_error(line, "unknown kind '%s' (expected %s)",
				   line->fields[0], rules_kind_names());
	return kind->parse(model, line, kind);
}

int model_parse_file(struct api_model *model, FILE *file, const char *path)
{
	char *fields[MAX_FIELDS];
	struct rules_line line = { .path = path, .fields = fields };
	char *text = NULL;
	size_t size = 0;
	ssize_t length;
	int ret = 0;

	while ((length = getline(&text, &size, file)) >= 0) {
		line.number++;
		/* A NUL would cut the line short where no one can see it. */
		if (memchr(text, '\0', length)) {
			ret = rules_error(&line, "a NUL byte: not a rules file");
			break;
		}
		if (parse_line(model, &line, text) < 0) {
			ret = -1;
			break;
		}
	}
	if (ret == 0 && ferror(file)) {	/* a directory: not an empty file */
		fprintf(stderr, "hmcheck: cannot read rules file %s: %s\n", path,
			strerror(errno));
		ret = -1;
	}
	free(text);
	return ret;
}
