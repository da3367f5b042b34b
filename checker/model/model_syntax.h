/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model_syntax.h - the kinds of rules lines and how each is read
 * (model_kinds.c), shared with the line splitter (model_parse.c).
 */
#ifndef HMCHECK_MODEL_SYNTAX_H
#define HMCHECK_MODEL_SYNTAX_H

#include <stdbool.h>
#include "model_internal.h"

struct rules_line {
	const char *path;	/* the model's copy: entries keep the pointer */
	int number;
	char **fields;
	int nfields;
};

struct rules_kind;
typedef int rules_parse_fn(struct api_model *model, const struct rules_line *line,
			   const struct rules_kind *kind);

struct rules_kind {
	const char *word;	/* as written in the file: "map", "copy-user" ... */
	rules_parse_fn *parse;
	enum api_kind kind;	/* entries */
	enum gfp_class class;	/* gfp flag lists */
};

const struct rules_kind *rules_kind_find(const char *word);
/* "map, unmap, ... or gfp-neutral", for the unknown-kind message. */
const char *rules_kind_names(void);

/* Print "path:line: message" on stderr; returns -1. */
int rules_error(const struct rules_line *line, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
bool is_identifier(const char *name);

#endif
