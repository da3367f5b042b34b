// SPDX-License-Identifier: GPL-2.0
/*
 * defscan_test - the definition scanner's tests:
 *	defscan_test cases DIR	every "def:" mark in the .c files of DIR, exactly
 *	defscan_test junk DIR	truncated, mutated and random inputs: no crash,
 *				every reported name inside its buffer
 *	defscan_test tree	defscan_tree and defscan_file on a made-up tree
 */
#include <stdio.h>
#include <string.h>

#include "test_util.h"

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "cases") == 0)
		return test_cases(argv[2]);
	if (argc == 3 && strcmp(argv[1], "junk") == 0)
		return test_junk(argv[2]);
	if (argc == 2 && strcmp(argv[1], "tree") == 0)
		return test_tree();
	fprintf(stderr, "usage: defscan_test cases DIR | junk DIR | tree\n");
	return 2;
}
