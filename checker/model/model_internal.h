/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model_internal.h - what the model's files share: the model itself and
 * the parser's entry point.
 */
#ifndef HMCHECK_MODEL_INTERNAL_H
#define HMCHECK_MODEL_INTERNAL_H

#include "model.h"
#include "name_table.h"

/* How a gfp flag bears on blocking (rules: gfp-blocks, gfp-atomic, gfp-neutral). */
enum gfp_class {
	GFP_CLASS_BLOCKS = 1,	/* non-zero: stored as a table value */
	GFP_CLASS_ATOMIC,
	GFP_CLASS_NEUTRAL,
};

struct gfp_flag {
	char *name;
	enum gfp_class class;
	const char *file;	/* which file defined it, to catch duplicates */
	int line;
};

struct api_model {
	struct name_table entries;	/* name -> struct api_entry */
	struct name_table gfp_flags;	/* name -> struct gfp_flag */
	char **paths;			/* every file loaded: entries point here */
	int npaths;
	struct name_table callbacks;	/* name -> struct api_entry, kind CALLBACK */
};

/* Parse one rules file already opened; `path` is the model's own copy. */
int model_parse_file(struct api_model *model, FILE *file, const char *path);

/* Add or replace; returns -1 (after a message) on a duplicate in one file. */
int model_add_entry(struct api_model *model, struct api_entry *entry);
int model_add_gfp_flag(struct api_model *model, struct gfp_flag *flag);

void model_free_entry(struct api_entry *entry);

/* "local", "atomic" or "pkmap", as rules files spell a family. */
const char *model_family_word(enum map_family family);

#endif
