// SPDX-License-Identifier: GPL-2.0
/*
 * defscan_dump - the hand tool for measuring the definition scanner:
 *	defscan_dump [-c] PATH...
 * prints "file:line: name" (with " static") for every definition in every
 * .c file under each directory PATH, or in each file PATH; -c prints only
 * the totals.  The totals and the time taken go to stderr.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "xdb/defscan.h"

struct dump {
	bool quiet;
	const char *file;
	long files;
	long defs;
	long statics;
};

static void dump_file(void *data, const char *path)
{
	struct dump *dump = data;

	dump->file = path;
}

static void dump_def(void *data, const struct def_site *def)
{
	struct dump *dump = data;

	dump->defs++;
	dump->statics += def->is_static;
	if (!dump->quiet)
		printf("%s:%d: %.*s%s\n", dump->file, def->line, (int)def->name_len,
		       def->name, def->is_static ? " static" : "");
}

static int dump_path(struct dump *dump, const char *path)
{
	struct stat st;
	int files;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		files = defscan_tree(path, dump_file, dump_def, dump);
		if (files < 0)
			return -1;
		dump->files += files;
		return 0;
	}
	dump->file = path;
	if (defscan_file(path, dump_def, dump) < 0) {
		perror(path);
		return -1;
	}
	dump->files++;
	return 0;
}

int main(int argc, char **argv)
{
	struct dump dump = { 0 };
	struct timespec start, end;
	int i = 1, status = 0;

	if (argc > 1 && strcmp(argv[1], "-c") == 0) {
		dump.quiet = true;
		i++;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: defscan_dump [-c] PATH...\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (; i < argc; i++)
		status |= dump_path(&dump, argv[i]) < 0;
	clock_gettime(CLOCK_MONOTONIC, &end);
	fprintf(stderr, "%ld files, %ld definitions (%ld static), %.2f s\n", dump.files,
		dump.defs, dump.statics, (end.tv_sec - start.tv_sec) +
		(end.tv_nsec - start.tv_nsec) / 1e9);
	return status;
}
