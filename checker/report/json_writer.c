// SPDX-License-Identifier: GPL-2.0
/*
 * json_writer.c - a JSON writer without a library.  A value after a key
 * takes no comma; a key or a value in an array after another one does.
 */
#include <stdlib.h>
#include "json_writer.h"

void json_begin(struct json_writer *w, FILE *out)
{
	w->out = out;
	w->depth = 0;
	w->after_key = false;
	w->need_comma[0] = false;
}

/* Control characters as \u00XX; everything else (UTF-8 too) as it is. */
void json_string(FILE *out, const char *text)
{
	const unsigned char *p;

	fputc('"', out);
	for (p = (const unsigned char *)(text ? text : ""); *p; p++) {
		switch (*p) {
		case '"':  fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (*p < 0x20)
				fprintf(out, "\\u%04x", *p);
			else
				fputc(*p, out);
		}
	}
	fputc('"', out);
}

/* Before a key or an array element. */
static void separate(struct json_writer *w)
{
	if (w->need_comma[w->depth])
		fputc(',', w->out);
	w->need_comma[w->depth] = true;
}

static void open_nest(struct json_writer *w, char c)
{
	fputc(c, w->out);
	if (++w->depth >= JSON_MAX_DEPTH)
		abort();	/* a bug in a format, not in the input */
	w->need_comma[w->depth] = false;
}

/* A value: in an array it is an element; after a key it is not. */
static void before_value(struct json_writer *w)
{
	if (!w->after_key)
		separate(w);
	w->after_key = false;
}

void json_object(struct json_writer *w)
{
	before_value(w);
	open_nest(w, '{');
}

void json_array(struct json_writer *w)
{
	before_value(w);
	open_nest(w, '[');
}

void json_end_object(struct json_writer *w)
{
	w->depth--;
	fputc('}', w->out);
}

void json_end_array(struct json_writer *w)
{
	w->depth--;
	fputc(']', w->out);
}

void json_key(struct json_writer *w, const char *key)
{
	separate(w);
	json_string(w->out, key);
	fputc(':', w->out);
	w->after_key = true;
}

void json_text(struct json_writer *w, const char *value)
{
	before_value(w);
	json_string(w->out, value);
}

void json_number(struct json_writer *w, long value)
{
	before_value(w);
	fprintf(w->out, "%ld", value);
}

void json_bool(struct json_writer *w, bool value)
{
	before_value(w);
	fputs(value ? "true" : "false", w->out);
}

void json_key_text(struct json_writer *w, const char *key, const char *value)
{
	json_key(w, key);
	json_text(w, value);
}

void json_key_number(struct json_writer *w, const char *key, long value)
{
	json_key(w, key);
	json_number(w, value);
}
