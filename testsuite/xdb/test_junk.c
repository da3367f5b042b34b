// SPDX-License-Identifier: GPL-2.0
/*
 * test_junk.c - the scanner must survive anything: every prefix of the
 * handwritten inputs (files cut mid-comment, mid-literal, mid-directive),
 * seeded random mutations of them, and random bytes, NULs included.  Each
 * input sits in a buffer of exactly its length, so that a read past the end
 * is caught by the sanitizers; every reported name must lie inside the
 * buffer, be an identifier, and sit on a line the buffer has.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"

struct junk_check {
	const char *text;
	size_t len;
	int lines;
	long defs;
	int errors;
};

static uint64_t random_state = 0x9e3779b97f4a7c15ULL;

static uint32_t next_random(void)
{
	random_state ^= random_state << 13;
	random_state ^= random_state >> 7;
	random_state ^= random_state << 17;
	return (uint32_t)(random_state >> 16);
}

static bool is_ident_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '$';
}

static void check_def(void *data, const struct def_site *def)
{
	struct junk_check *check = data;
	bool inside = def->name >= check->text && def->name_len > 0 &&
		      def->name_len <= check->len &&
		      def->name - check->text <= (ptrdiff_t)(check->len - def->name_len);
	size_t i;

	check->defs++;
	if (!inside || def->line < 1 || def->line > check->lines) {
		if (check->errors++ < 10)
			printf("junk: bad def at line %d (of %d), inside=%d\n", def->line,
			       check->lines, inside);
		return;
	}
	for (i = 0; i < def->name_len; i++) {
		if (!is_ident_char(def->name[i]) && check->errors++ < 10)
			printf("junk: name with byte 0x%02x\n", (unsigned char)def->name[i]);
	}
}

/* Scans a private copy of exactly `len` bytes. */
static void scan_copy(struct junk_check *check, const char *text, size_t len)
{
	char *copy = malloc(len ? len : 1);
	size_t i;

	if (!copy)
		exit(2);
	memcpy(copy, text, len);
	check->text = copy;
	check->len = len;
	check->lines = 1;
	for (i = 0; i < len; i++)
		check->lines += copy[i] == '\n';
	defscan_text(copy, len, check_def, check);
	free(copy);
}

static const char nasty[] = "{}()[];=,*\"'\\/#\n \t\0_aZ09ife";

static char random_byte(void)
{
	if (next_random() % 2)
		return (char)next_random();
	return nasty[next_random() % (sizeof(nasty) - 1)];
}

static void mutate_and_scan(struct junk_check *check, const char *text, size_t len)
{
	char *buffer = malloc(len + 16);
	size_t edits = 1 + next_random() % 8, i;

	if (!buffer)
		exit(2);
	memcpy(buffer, text, len);
	for (i = 0; i < edits && len > 0; i++)
		buffer[next_random() % len] = random_byte();
	scan_copy(check, buffer, len);
	free(buffer);
}

static void junk_one_input(struct junk_check *check, const char *path)
{
	size_t len, cut;
	char *text = test_read_file(path, &len);
	int round;

	for (cut = 0; cut <= len; cut++)
		scan_copy(check, text, cut);
	for (round = 0; round < 3000; round++)
		mutate_and_scan(check, text, len);
	free(text);
}

static void junk_random(struct junk_check *check)
{
	char buffer[2048];
	int round;

	for (round = 0; round < 3000; round++) {
		size_t len = next_random() % sizeof(buffer), i;

		for (i = 0; i < len; i++)
			buffer[i] = random_byte();
		scan_copy(check, buffer, len);
	}
}

static int is_c_input(const struct dirent *entry)
{
	size_t len = strlen(entry->d_name);

	return len > 2 && strcmp(entry->d_name + len - 2, ".c") == 0;
}

int test_junk(const char *dir)
{
	struct junk_check check = { 0 };
	struct dirent **entries;
	int count = scandir(dir, &entries, is_c_input, alphasort);
	int i;

	if (count <= 0) {
		fprintf(stderr, "defscan_test: %s: no .c inputs\n", dir);
		return 1;
	}
	for (i = 0; i < count; i++) {
		char path[4096];

		snprintf(path, sizeof(path), "%s/%s", dir, entries[i]->d_name);
		junk_one_input(&check, path);
		free(entries[i]);
	}
	free(entries);
	junk_random(&check);
	printf("junk: %ld definitions reported, %d bad\n", check.defs, check.errors);
	return check.errors ? 1 : 0;
}
