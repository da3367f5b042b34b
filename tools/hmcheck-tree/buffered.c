// SPDX-License-Identifier: GPL-2.0
/*
 * buffered.c - with --db a unit may run several times, and only its last
 * run knows what the other files do; so nothing is printed while the
 * rounds go on, and at the end each unit's last output is counted and
 * printed, in unit order (which also makes -j1 and -jN print the same).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"

void buffered_keep(struct unit *unit, const char *output, size_t len)
{
	free(unit->output);
	unit->output = malloc(len + 1);
	if (!unit->output)
		abort();
	memcpy(unit->output, output, len);
	unit->output[len] = '\0';
	unit->output_len = len;
}

void buffered_print(struct unit_list *list, struct summary *summary)
{
	struct unit *unit;
	int i;

	for (i = 0; i < list->n; i++) {
		unit = &list->v[i];
		if (unit->status != UNIT_CHECKED && unit->status != UNIT_FAILED)
			continue;
		unit->findings = 0;
		unit->clang_errors = 0;
		if (unit->output) {
			findings_count(unit, unit->output, unit->output_len, summary);
			fwrite(unit->output, 1, unit->output_len, stdout);
			if (unit->output_len && unit->output[unit->output_len - 1] != '\n')
				putchar('\n');
		}
		if (unit->failure)
			printf("%s: failed: %s\n", unit->name, unit->failure);
	}
	fflush(stdout);
}
