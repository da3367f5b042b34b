/* SPDX-License-Identifier: GPL-2.0 */
/*
 * util.h - allocation that cannot fail quietly, and interned texts.
 */
#ifndef HMCHECK_ANALYSIS_UTIL_H
#define HMCHECK_ANALYSIS_UTIL_H

#include <stddef.h>

void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);

struct intern_table;

struct intern_table *intern_new(void);
void intern_free(struct intern_table *t);
/* The one copy of `text`; equal texts give equal pointers. */
const char *intern(struct intern_table *t, const char *text);
/* The one copy of `text` with every blank removed: "s -> vaddr" -> "s->vaddr". */
const char *intern_compact(struct intern_table *t, const char *text);

/* "ptrs[i]" -> the length of "ptrs[" when the index is not a number, else 0. */
size_t text_array_base(const char *text);

#endif
