/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tu_internal.h - what the front end's own files share about a parsed unit.
 * Nothing outside checker/frontend includes this.
 */
#ifndef HMCHECK_FRONTEND_TU_INTERNAL_H
#define HMCHECK_FRONTEND_TU_INTERNAL_H

#include <clang-c/Index.h>

#include "frontend.h"
#include "arena.h"
#include "pointer_memo.h"

/* A function definition found by the top-level walk, lowered on demand. */
struct function_entry {
	const char *name;	/* interned */
	CXCursor cursor;
	int next_in_bucket;	/* index in tu->functions, or -1 */
	unsigned in_main_file:1;
	unsigned lowered:1;
	struct ir_function *fn;
	int references;		/* tu_refs.c: names of it in own code */
	int direct_calls;	/* of them, callees of a call */
};

struct tu {
	CXIndex index;
	CXTranslationUnit unit;
	struct arena arena;
	struct frontend_options opts;
	const char *main_file;
	int error_count;

	struct function_entry *functions;
	int nfunctions;
	int *buckets;		/* name hash -> first function index, or -1 */
	int nbuckets;
	int *main_functions;	/* indexes of main-file definitions, in order */
	int nmain;

	CXFile *own_files;	/* .c files #included by the main file's own code */
	int nown;

	struct file_slot *file_slots;	/* file_cache.c: open addressing by CXFile */
	size_t file_slot_count;
	size_t file_slots_used;
	bool file_offsets_unusable;	/* a location made from an offset was wrong */

	struct pointer_memo noreturn;	/* lower_call.c: per function declaration */
	bool references_counted;	/* tu_refs.c */
};

/* The definition of `name` in the unit, or NULL. */
struct function_entry *tu_find_entry(struct tu *tu, const char *name);

/*
 * Whether `location` is in the unit's own code: the main file, or a .c file
 * it #includes (through other such .c files only); tu_own_files.c.
 */
bool tu_location_is_own(const struct tu *tu, CXSourceLocation location);
void tu_collect_own_files(struct tu *tu);

/*
 * file_cache.c: a file's contents (NULL, size 0 when clang has none) and
 * the location of a byte offset in it, as clang_getFileContents() and
 * clang_getLocationForOffset() give them, each file looked up once.
 */
const char *tu_file_contents(struct tu *tu, CXFile file, size_t *size);
CXSourceLocation tu_location_at(struct tu *tu, CXFile file, unsigned offset);
/* The same, told that `known` is at `known_offset` in the file. */
CXSourceLocation tu_location_near(struct tu *tu, CXFile file, unsigned offset,
				  const CXSourceLocation *known, unsigned known_offset);
struct file_slot *tu_file_slot(struct tu *tu, CXFile file);
/* Whether clang marks `location` as inside a macro expansion: no lookup. */
bool tu_location_in_macro(CXSourceLocation location);
/* The file's name as clang_getFileName() spells it, interned. */
const char *tu_file_name(struct tu *tu, CXFile file);
/*
 * `known` is a location in some file (a function body's brace): it finds
 * the start of that file for the calls above, sparing clang's slow lookup.
 */
void tu_file_hint(struct tu *tu, CXSourceLocation known);

/* lower_function.c: build the IR of one definition (never NULL). */
struct ir_function *lower_function(struct tu *tu, CXCursor definition);

#endif
