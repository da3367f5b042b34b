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

/* The length of the valid UTF-8 sequence at p (1 to 4), or 0. */
static int utf8_length(const unsigned char *p)
{
	int n, i;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		n = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		n = 3;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		n = 4;
	else
		return 0;
	for (i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;	/* also stops at the terminating NUL */
	/* Overlong forms, UTF-16 surrogates, past U+10FFFF. */
	if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] > 0x9f) ||
	    (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] > 0x8f))
		return 0;
	return n;
}

/*
 * Control characters as \u00XX; UTF-8 as it is.  JSON is UTF-8: a byte of
 * another encoding (a Latin-1 comment, a stray byte in a broken file)
 * quoted from the source becomes U+FFFD, or the reader rejects the line.
 */
void json_string(FILE *out, const char *text)
{
	const unsigned char *p;
	int n;

	fputc('"', out);
	for (p = (const unsigned char *)(text ? text : ""); *p; p += n) {
		n = 1;
		switch (*p) {
		case '"':  fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (*p < 0x20) {
				fprintf(out, "\\u%04x", *p);
			} else if (!(n = utf8_length(p))) {
				fputs("\\ufffd", out);
				n = 1;
			} else {
				fwrite(p, 1, n, out);
			}
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
