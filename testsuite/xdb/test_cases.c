// SPDX-License-Identifier: GPL-2.0
/*
 * test_cases.c - handwritten inputs whose expectations are written inside
 * them: a "def: NAME" or "def: NAME static" mark on the line of every
 * definition's name.  The scanner must report exactly those, no more.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

static bool is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static void read_marks(const char *text, size_t len, struct found_list *expected)
{
	const char *mark = "def: ";
	size_t mark_len = strlen(mark);
	int line = 1;
	size_t i;

	for (i = 0; i < len; i++) {
		size_t name, end;

		if (text[i] == '\n')
			line++;
		if (i + mark_len > len || memcmp(text + i, mark, mark_len) != 0)
			continue;
		name = end = i + mark_len;
		while (end < len && is_name_char(text[end]))
			end++;
		found_add(expected, text + name, end - name, line,
			  end + 7 <= len && memcmp(text + end, " static", 7) == 0);
	}
}

static void print_def(const char *path, const char *what, const struct found_def *def)
{
	printf("%s:%d: %s %s%s\n", path, def->line, what, def->name,
	       def->is_static ? " (static)" : "");
}

/* Both lists sorted; prints what differs and returns how many. */
static int compare(const char *path, struct found_list *expected, struct found_list *actual)
{
	size_t i = 0, j = 0;
	int errors = 0;

	found_sort(expected);
	found_sort(actual);
	while (i < expected->count || j < actual->count) {
		const struct found_def *want = i < expected->count ? &expected->defs[i] : NULL;
		const struct found_def *got = j < actual->count ? &actual->defs[j] : NULL;
		int order = !want ? 1 : !got ? -1 :
			    want->line != got->line ? (want->line < got->line ? -1 : 1) :
			    strcmp(want->name, got->name);

		if (order == 0 && want->is_static != got->is_static) {
			print_def(path, "wrong static-ness of", got);
			errors++;
		} else if (order < 0) {
			print_def(path, "missed definition", want);
			errors++;
		} else if (order > 0) {
			print_def(path, "not a definition:", got);
			errors++;
		}
		i += order <= 0;
		j += order >= 0;
	}
	return errors;
}

static int check_file(const char *path)
{
	struct found_list expected = { 0 }, actual = { 0 };
	size_t len;
	char *text = test_read_file(path, &len);
	int errors;

	read_marks(text, len, &expected);
	if (defscan_file(path, found_def, &actual) < 0) {
		printf("%s: defscan_file failed\n", path);
		errors = 1;
	} else {
		errors = compare(path, &expected, &actual);
	}
	printf("%s: %zu expected, %zu found, %d wrong\n", path, expected.count,
	       actual.count, errors);
	found_free(&expected);
	found_free(&actual);
	free(text);
	return errors;
}

static int is_c_input(const struct dirent *entry)
{
	size_t len = strlen(entry->d_name);

	return len > 2 && strcmp(entry->d_name + len - 2, ".c") == 0;
}

int test_cases(const char *dir)
{
	struct dirent **entries;
	int count = scandir(dir, &entries, is_c_input, alphasort);
	int errors = 0;
	int i;

	if (count <= 0) {
		fprintf(stderr, "defscan_test: %s: no .c inputs\n", dir);
		return 1;
	}
	for (i = 0; i < count; i++) {
		char path[4096];

		snprintf(path, sizeof(path), "%s/%s", dir, entries[i]->d_name);
		errors += check_file(path);
		free(entries[i]);
	}
	free(entries);
	return errors ? 1 : 0;
}
