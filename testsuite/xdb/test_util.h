/* SPDX-License-Identifier: GPL-2.0 */
/* Shared by the defscan tests: a growable list of the definitions seen. */
#ifndef HMCHECK_TEST_XDB_UTIL_H
#define HMCHECK_TEST_XDB_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "xdb/defscan.h"

struct found_def {
	char *file;		/* the path file_fn gave, or NULL */
	char *name;
	int line;
	bool is_static;
};

struct found_list {
	struct found_def *defs;
	size_t count;
	size_t capacity;
	const char *current_file;	/* set by found_file() */
};

void found_add(struct found_list *list, const char *name, size_t len, int line,
	       bool is_static);
/* def_fn and file_fn that fill a found_list. */
void found_def(void *data, const struct def_site *def);
void found_file(void *data, const char *path);
void found_sort(struct found_list *list);
void found_free(struct found_list *list);
/* Reads a whole file; exits on failure (a broken test setup). */
char *test_read_file(const char *path, size_t *len);

int test_cases(const char *dir);
int test_junk(const char *dir);
int test_tree(void);

#endif
