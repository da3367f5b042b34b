/* SPDX-License-Identifier: GPL-2.0 */
/*
 * crossfile.h - what hmcheck knows of functions defined in other files:
 * the summary database (--db) and, with --tree, their definitions found in
 * the tree's index and analyzed on demand.  It is the analysis's
 * extern_source, and writes each checked file's facts back to the database.
 */
#ifndef HMCHECK_CROSSFILE_H
#define HMCHECK_CROSSFILE_H

#include <stdbool.h>
#include "analysis.h"
#include "args.h"

struct api_model;

struct crossfile_options {
	const char *db_path;	/* --db; NULL: a cache file for --tree, or none */
	const char *tree;	/* --tree: find definitions there on demand */
	int demand_depth;	/* files analyzed on demand, one inside another */
	bool verbose;
	const struct api_model *model;
	/* The compiler arguments to parse another file with. */
	int (*args_for)(void *data, const char *file, struct clang_args *out);
	void *args_data;
};

struct crossfile;

/* NULL after a one-line message on stderr. */
struct crossfile *crossfile_open(const struct crossfile_options *o);
void crossfile_close(struct crossfile *cf);

/* Checking one file: the analysis options to use, filled in. */
void crossfile_begin(struct crossfile *cf, const char *file,
		     struct analysis_options *aopts);
/* The file was analyzed: its rows replace the old ones.  0, or -1 after a message. */
int crossfile_end(struct crossfile *cf);

#endif
