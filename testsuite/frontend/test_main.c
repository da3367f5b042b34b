// SPDX-License-Identifier: GPL-2.0
/*
 * test_main.c - frontend_test TEST INPUT_DIR [TREE]: run one group of the
 * front end's tests; exit 0 on success, 1 on a failed check, 77 skipped.
 */
#include <stdio.h>
#include <string.h>

#include "test_util.h"

void test_calls(void);
void test_control(void);
void test_exprs(void);
void test_headers(void);
void test_errors(void);
void test_args(void);
void test_switch_cases(void);
void test_annotations(void);
void test_included(void);
int test_kernel(const char *tree);

static const struct {
	const char *name;
	void (*run)(void);
} tests[] = {
	{ "calls", test_calls },
	{ "control", test_control },
	{ "exprs", test_exprs },
	{ "headers", test_headers },
	{ "errors", test_errors },
	{ "args", test_args },
	{ "switch_cases", test_switch_cases },
	{ "annotations", test_annotations },
	{ "included", test_included },
};

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: frontend_test TEST INPUT_DIR [TREE]\n");
		return 2;
	}
	input_dir = argv[2];
	if (strcmp(argv[1], "kernel") == 0) {
		int status = test_kernel(argc > 3 ? argv[3] : NULL);

		return test_failures ? 1 : status;
	}
	for (size_t i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
		if (strcmp(argv[1], tests[i].name) != 0)
			continue;
		tests[i].run();
		if (test_failures)
			fprintf(stderr, "%s: %d check(s) failed\n", argv[1], test_failures);
		return test_failures ? 1 : 0;
	}
	fprintf(stderr, "frontend_test: no test named %s\n", argv[1]);
	return 2;
}
