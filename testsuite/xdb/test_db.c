// SPDX-License-Identifier: GPL-2.0
/*
 * test_db.c - the summary database on its own: one file's rows replace
 * only its own, the sleep fixed point across files, the stale-answer query,
 * and the analysis's summary text surviving the trip through it.
 *   test_db resolve|stale|replace|text DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xdb/xdb.h"

static int failures;

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond); \
		failures++;						\
	}								\
} while (0)

static struct xdb *open_fresh(const char *dir)
{
	char path[4096], *err = NULL;
	struct xdb *db;

	snprintf(path, sizeof(path), "%s/test.sqlite", dir);
	remove(path);
	db = xdb_open(path, &err);
	if (!db) {
		fprintf(stderr, "%s\n", err);
		free(err);
		exit(2);
	}
	return db;
}

/* One function per file, calling `callee` (or nothing), sleeping in `sleep`. */
static void put(struct xdb *db, const char *file, const char *name,
		const char *callee, const char *sleep)
{
	struct xdb_call call = { .callee = callee, .via = "", .line = 3 };
	struct xdb_function fn = {
		.name = name, .summary = "paths\t1\t0\t0\t1\t1\n",
		.sleep_chain = sleep, .sleep_file = sleep ? file : NULL,
		.sleep_line = sleep ? 7 : 0, .ncalls = callee ? 1 : 0,
		.calls = &call,
	};

	CHECK(xdb_replace_file(db, file, "0123456789abcdef", &fn, 1, NULL, 0) == 0);
}

static char *resolved_sleep(struct xdb *db, const char *dir, const char *name)
{
	char cmd[4096], line[1024];
	FILE *p;

	(void)db;
	snprintf(cmd, sizeof(cmd), "sqlite3 %s/test.sqlite \"SELECT sleep FROM"
		 " functions WHERE name = '%s'\"", dir, name);
	p = popen(cmd, "r");
	if (!p || !fgets(line, sizeof(line), p))
		line[0] = '\0';
	if (p)
		pclose(p);
	line[strcspn(line, "\n")] = '\0';
	return strdup(line);
}

static void test_resolve(const char *dir)
{
	struct xdb *db = open_fresh(dir);
	char *s;

	put(db, "/t/f.c", "f", "g", NULL);
	put(db, "/t/g.c", "g", "h", NULL);
	put(db, "/t/h.c", "h", NULL, "msleep");
	put(db, "/t/k.c", "k", "nowhere", NULL);
	CHECK(xdb_resolve(db) == 2);
	s = resolved_sleep(db, dir, "f");
	CHECK(!strcmp(s, "g -> h -> msleep"));
	free(s);
	s = resolved_sleep(db, dir, "k");
	CHECK(!strcmp(s, ""));
	free(s);
	/* h no longer sleeps: resolving again forgets what went through it. */
	put(db, "/t/h.c", "h", NULL, NULL);
	CHECK(xdb_resolve(db) == 0);
	s = resolved_sleep(db, dir, "f");
	CHECK(!strcmp(s, ""));
	free(s);
	xdb_close(db);
}

static void count_file(void *data, const char *file)
{
	(void)file;
	(*(int *)data)++;
}

static void test_stale(const char *dir)
{
	struct xdb *db = open_fresh(dir);
	struct xdb_answer a;
	struct xdb_dep dep = { .callee = "h" };
	char answer[256];
	int n = 0;

	put(db, "/t/h.c", "h", NULL, "msleep");
	CHECK(xdb_lookup(db, "h", &a) == 1);
	snprintf(answer, sizeof(answer), "%s\n%s", a.sleep_chain, a.summary);
	xdb_answer_free(&a);
	dep.answer = answer;
	CHECK(xdb_replace_file(db, "/t/f.c", "1111111111111111", NULL, 0, &dep, 1) == 0);
	CHECK(xdb_stale_files(db, count_file, &n) == 0 && n == 0);
	put(db, "/t/h.c", "h", NULL, "mutex_lock");
	CHECK(xdb_stale_files(db, count_file, &n) == 1 && n == 1);
	CHECK(xdb_lookup(db, "nothing", &a) == 0);
	xdb_close(db);
}

static void test_replace(const char *dir)
{
	struct xdb *db = open_fresh(dir);

	put(db, "/t/a.c", "a", NULL, NULL);
	put(db, "/t/b.c", "b", NULL, "msleep");
	CHECK(xdb_file_current(db, "/t/a.c", "0123456789abcdef"));
	CHECK(!xdb_file_current(db, "/t/a.c", "fedcba9876543210"));
	put(db, "/t/a.c", "a2", NULL, NULL);
	{
		struct xdb_answer ans;

		CHECK(xdb_lookup(db, "a", &ans) == 0);
		CHECK(xdb_lookup(db, "a2", &ans) == 1);
		xdb_answer_free(&ans);
		CHECK(xdb_lookup(db, "b", &ans) == 1);
		CHECK(ans.sleep_chain && !strcmp(ans.sleep_chain, "msleep"));
		xdb_answer_free(&ans);
	}
	xdb_close(db);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: test_db resolve|stale|replace DIR\n");
		return 2;
	}
	if (!strcmp(argv[1], "resolve"))
		test_resolve(argv[2]);
	else if (!strcmp(argv[1], "stale"))
		test_stale(argv[2]);
	else if (!strcmp(argv[1], "replace"))
		test_replace(argv[2]);
	else
		return 2;
	return failures ? 1 : 0;
}
