// SPDX-License-Identifier: GPL-2.0
/*
 * test_tree.c - defscan_tree over a tree made for the test: .c files in
 * name order at every depth; headers, .git and symlinks (to a directory or
 * to a file) skipped; errors reported as -1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_util.h"

static char root[] = "/tmp/defscan_test.XXXXXX";
static int failures;

static void expect(bool ok, const char *what)
{
	if (!ok) {
		printf("tree: %s\n", what);
		failures++;
	}
}

static void make_file(const char *relative, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", root, relative);
	f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		fprintf(stderr, "defscan_test: %s: cannot write\n", path);
		exit(2);
	}
}

static void make_dir(const char *relative)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, relative);
	if (mkdir(path, 0755) < 0) {
		fprintf(stderr, "defscan_test: %s: cannot mkdir\n", path);
		exit(2);
	}
}

static void make_link(const char *target, const char *relative)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, relative);
	if (symlink(target, path) < 0) {
		fprintf(stderr, "defscan_test: %s: cannot symlink\n", path);
		exit(2);
	}
}

static void build_tree(void)
{
	if (!mkdtemp(root)) {
		fprintf(stderr, "defscan_test: cannot make a temporary directory\n");
		exit(2);
	}
	make_file("b.c", "static int bee(void)\n{\n\treturn 0;\n}\n");
	make_file("a.c", "int ay(void) { return 0; }\nint ay2(void);\n");
	make_file("empty.c", "");
	make_file("header.h", "static inline int in_header(void) { return 0; }\n");
	make_file("notes.c.txt", "int not_c(void) { }\n");
	make_dir("sub");
	make_file("sub/deep.c", "\n\nvoid deep(void) { }\n");
	make_dir(".git");
	make_file(".git/hook.c", "int in_git(void) { }\n");
	make_link("sub", "linked_dir");
	make_link("a.c", "linked_file.c");
}

/* What the walk must give: files in order, each followed by its definitions. */
static const char *const expected_walk[] = {
	"<file> a.c", "ay", "<file> b.c", "bee", "<file> empty.c",
	"<file> sub/deep.c", "deep", NULL,
};

static void check_walk(const struct found_list *found)
{
	size_t i;
	char line[512];

	for (i = 0; expected_walk[i] && i < found->count; i++) {
		const struct found_def *def = &found->defs[i];

		if (strcmp(def->name, "<file>") == 0)
			snprintf(line, sizeof(line), "<file> %s", def->file + strlen(root) + 1);
		else
			snprintf(line, sizeof(line), "%s", def->name);
		if (strcmp(line, expected_walk[i]) != 0) {
			printf("tree: walk step %zu: got \"%s\", expected \"%s\"\n", i,
			       line, expected_walk[i]);
			failures++;
		}
	}
	expect(!expected_walk[i] && i == found->count, "walk has the wrong length");
	expect(found->count > 3 && found->defs[3].is_static && found->defs[3].line == 1,
	       "bee is static, on line 1");
	expect(found->count > 6 && found->defs[6].line == 3, "deep is on line 3");
}

static void check_errors(void)
{
	char path[256];
	struct found_list found = { 0 };

	snprintf(path, sizeof(path), "%s/missing", root);
	expect(defscan_tree(path, NULL, found_def, &found) == -1, "a missing root gives -1");
	snprintf(path, sizeof(path), "%s/a.c", root);
	expect(defscan_tree(path, NULL, found_def, &found) == -1, "a file as root gives -1");
	snprintf(path, sizeof(path), "%s/missing.c", root);
	errno = 0;
	expect(defscan_file(path, found_def, &found) == -1 && errno == ENOENT,
	       "a missing file gives -1 and ENOENT");
	snprintf(path, sizeof(path), "%s/a.c", root);
	expect(defscan_file(path, found_def, &found) == 0 && found.count == 1,
	       "defscan_file finds the one definition of a.c");
	found_free(&found);
}

static void remove_tree(void)
{
	char command[512];

	snprintf(command, sizeof(command), "rm -rf '%s'", root);
	if (system(command) != 0)
		fprintf(stderr, "defscan_test: cannot remove %s\n", root);
}

int test_tree(void)
{
	struct found_list found = { 0 };
	char slashed[256];
	int files;

	build_tree();
	files = defscan_tree(root, found_file, found_def, &found);
	expect(files == 4, "four .c files scanned");
	check_walk(&found);
	found_free(&found);
	snprintf(slashed, sizeof(slashed), "%s/", root);
	files = defscan_tree(slashed, found_file, found_def, &found);
	expect(files == 4 && found.count > 0 && !strstr(found.defs[0].file, "//"),
	       "a root with a trailing slash gives clean paths");
	found_free(&found);
	check_errors();
	remove_tree();
	printf("tree: %d failures\n", failures);
	return failures ? 1 : 0;
}
