// SPDX-License-Identifier: GPL-2.0
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "model.h"
#include "model_test_util.h"

int test_failures;

void check(bool ok, const char *what, const char *file, int line)
{
	if (ok)
		return;
	fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
	test_failures++;
}

void check_string(const char *got, const char *want, const char *file, int line)
{
	if (got && want && !strcmp(got, want))
		return;
	fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", file, line,
		got ? got : "(null)", want ? want : "(null)");
	test_failures++;
}

static char temp_dir_path[64];

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Runs at exit so a passing or failing run leaves nothing in /tmp. */
static void remove_temp_dir(void)
{
	nftw(temp_dir_path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

const char *temp_dir(void)
{
	if (!temp_dir_path[0]) {
		strcpy(temp_dir_path, "/tmp/hmcheck-model-XXXXXX");
		if (!mkdtemp(temp_dir_path)) {
			perror("mkdtemp");
			exit(2);
		}
		atexit(remove_temp_dir);
	}
	return temp_dir_path;
}

const char *write_temp(const char *name, const char *text)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", temp_dir(), name);
	f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f)) {
		perror(path);
		exit(2);
	}
	return path;
}

int capture_stderr(int (*fn)(void *), void *arg, char *buf, int size)
{
	FILE *tmp = tmpfile();
	int saved, ret;
	size_t n;

	fflush(stderr);
	saved = dup(2);
	if (!tmp || saved < 0 || dup2(fileno(tmp), 2) < 0) {
		perror("capture_stderr");
		exit(2);
	}
	ret = fn(arg);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	n = fread(buf, 1, size - 1, tmp);
	buf[n] = '\0';
	fclose(tmp);
	return ret;
}

int load_rules_file(void *p)
{
	struct load_arg *arg = p;

	return model_load(arg->model, arg->path);
}

void expect_error(const char *text, int line, const char *message)
{
	struct load_arg arg = { model_new(), write_temp("bad.rules", text) };
	char got[1024], want[1024];

	snprintf(want, sizeof(want), "%s:%d: %s\n", arg.path, line, message);
	CHECK(capture_stderr(load_rules_file, &arg, got, sizeof(got)) == -1);
	CHECK_STRING(got, want);
	model_free(arg.model);
}

static int check_model(void *model)
{
	return model_check(model);
}

void expect_check_error(const char *name, const char *text, const char *message)
{
	struct api_model *model = model_new();
	char buf[512], want[1024];
	const char *path = write_temp(name, text);

	CHECK(model_load(model, path) == 0);
	CHECK(capture_stderr(check_model, model, buf, sizeof(buf)) == -1);
	snprintf(want, sizeof(want), "%s:%s\n", path, message);
	CHECK_STRING(buf, want);
	model_free(model);
}
