/* SPDX-License-Identifier: GPL-2.0 */
/*
 * json_writer.h - just enough JSON to write reports: strings escaped as
 * RFC 8259 requires, and commas placed by a small nesting stack.
 */
#ifndef HMCHECK_JSON_WRITER_H
#define HMCHECK_JSON_WRITER_H

#include <stdbool.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 16

struct json_writer {
	FILE *out;
	int depth;
	bool after_key;		/* the next value follows a key: no comma */
	bool need_comma[JSON_MAX_DEPTH];
};

void json_begin(struct json_writer *w, FILE *out);
void json_string(FILE *out, const char *text);

void json_object(struct json_writer *w);	/* { as a value */
void json_array(struct json_writer *w);		/* [ as a value */
void json_end_object(struct json_writer *w);
void json_end_array(struct json_writer *w);
void json_key(struct json_writer *w, const char *key);	/* "key": */

/* Values, each after json_key() in an object or alone in an array. */
void json_text(struct json_writer *w, const char *value);
void json_number(struct json_writer *w, long value);
void json_bool(struct json_writer *w, bool value);

/* Shorthands: "key": value. */
void json_key_text(struct json_writer *w, const char *key, const char *value);
void json_key_number(struct json_writer *w, const char *key, long value);

#endif
