/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model_test_util.h - what the model tests need around the model: rules
 * text written to a temporary file, stderr captured, checks that count.
 */
#ifndef HMCHECK_MODEL_TEST_UTIL_H
#define HMCHECK_MODEL_TEST_UTIL_H

#include <stdbool.h>

struct api_model;

extern int test_failures;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
void check(bool ok, const char *what, const char *file, int line);
void check_string(const char *got, const char *want, const char *file, int line);
#define CHECK_STRING(got, want) check_string((got), (want), __FILE__, __LINE__)

/* A temporary file holding `text`; the path is static until the next call. */
const char *write_temp(const char *name, const char *text);
/* A fresh temporary directory (one per run). */
const char *temp_dir(void);

/* Run `fn(arg)` with stderr going to a buffer; returns fn's result. */
int capture_stderr(int (*fn)(void *), void *arg, char *buf, int size);

/* model_load(arg->model, arg->path), for capture_stderr(). */
struct load_arg {
	struct api_model *model;
	const char *path;
};
int load_rules_file(void *arg);
/* Load `text` as a rules file; it must fail with exactly `message` at `line`. */
void expect_error(const char *text, int line, const char *message);
/*
 * Load `text` as rules file `name` (loads cleanly); model_check() must
 * then say exactly `message` (after the path and its colon).
 */
void expect_check_error(const char *name, const char *text, const char *message);

#endif
