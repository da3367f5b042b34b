// SPDX-License-Identifier: GPL-2.0
/*
 * rule_switches.c - --enable and --disable: rule names, comma lists, "all".
 */
#include <string.h>
#include "diag.h"
#include "cli/cli.h"

/* "order, sleep-in-atomic, ..." for messages about rule names. */
static void print_rule_names(FILE *out)
{
	const struct rule_info *rule;

	for (rule = hm_rules; rule->name; rule++)
		fprintf(out, "%s%s", rule == hm_rules ? "" : ", ", rule->name);
}

int unknown_rule(const char *name, size_t len)
{
	fprintf(stderr, "hmcheck: unknown rule '%.*s'; the rules are: ", (int)len, name);
	print_rule_names(stderr);
	fputc('\n', stderr);
	return -1;
}

/* Apply one --enable/--disable list to `diag` (or, with NULL, only check it). */
int switch_rules(struct diag *diag, const struct rule_switch *sw)
{
	const struct rule_info *rule;
	const char *p = sw->names, *comma;
	char name[64];
	size_t len;

	do {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == 3 && !strncmp(p, "all", 3)) {
			for (rule = hm_rules; diag && rule->name; rule++)
				diag_set_enabled(diag, rule->name, sw->on);
		} else {
			if (len == 0 || len >= sizeof(name))
				return unknown_rule(p, len);
			memcpy(name, p, len);
			name[len] = '\0';
			if (!rule_find(name))
				return unknown_rule(p, len);
			if (diag)
				diag_set_enabled(diag, name, sw->on);
		}
		p = comma + 1;
	} while (comma);
	return 0;
}
