// SPDX-License-Identifier: GPL-2.0
/*
 * rules.c - the table of hmcheck's rules.  A rule's name is the key a user
 * types (--explain, --disable), sees in reports ([hmcheck-NAME]) and finds
 * in the tree: checks/check_NAME.c, report/rule_NAME.c, testsuite/cases/NAME/.
 */
#include <string.h>
#include "diag.h"
#include "rule_texts.h"

#define RULE(name, text, on) { name, rule_##text##_summary, rule_##text##_explain, on }

const struct rule_info hm_rules[] = {
	RULE("order", order, true),
	RULE("sleep-in-atomic", sleep_in_atomic, true),
	RULE("leak", leak, true),
	RULE("unbalanced", unbalanced, true),
	RULE("wrong-arg", wrong_arg, true),
	RULE("use-after-unmap", use_after_unmap, true),
	RULE("escape", escape, true),
	RULE("depth", depth, true),
	RULE("unchecked-copy", unchecked_copy, true),
	RULE("deprecated", deprecated, false),
	{ NULL, NULL, NULL, false },
};

const struct rule_info *rule_find(const char *name)
{
	const struct rule_info *rule;

	if (!name)
		return NULL;
	for (rule = hm_rules; rule->name; rule++)
		if (!strcmp(rule->name, name))
			return rule;
	return NULL;
}
