// SPDX-License-Identifier: GPL-2.0
/*
 * answers.c - what hmcheck answers on stdout instead of checking.
 */
#include <string.h>
#include "diag.h"
#include "cli/cli.h"

static const char usage_text[] =
"usage: hmcheck [options] FILE.c... [compiler flags]   (reports on stderr)\n"
"       make C=1 CHECK=\"hmcheck --also-sparse\"   (kbuild, with sparse too)\n"
"Checks kmap_local_page/kmap_atomic/kmap mappings in kernel C code.\n"
"  -p BUILD_DIR         take flags from BUILD_DIR/compile_commands.json\n"
"  --rules FILE         load more API model entries (they override the bundled)\n"
"  --enable RULE[,...]  turn rules on (\"all\" for every rule); --disable: off\n"
"  --list-rules         list the rules; --explain RULE: the bug, why, a fix\n"
"  --format=FORMAT      text (default), json (lines), sarif, github (on stdout)\n"
"  --srcroot DIR        paths relative to DIR (default: git top level, or .)\n"
"  --diff FILE|-        report only on lines a unified diff adds or changes\n"
"  --since REV          the same for `git diff REV`\n"
"  --assume-filename F  check the one FILE as if it were F (a staged copy)\n"
"  --baseline FILE      write FILE if missing, else report only what is new\n"
"  --list-unused-suppressions  name /* hmcheck-ignore RULE: why */ unused\n"
"  --also-sparse        run sparse on the same arguments first\n"
"  --db FILE            summary database: what functions of other files do\n"
"  --tree DIR           their definitions found in DIR on demand (--demand-depth)\n"
"  --Werror             exit 1 when something is reported\n"
"  --dump-ir            print each function's intermediate form on stdout\n"
"  -v, --verbose        say what is dropped, skipped or cut short\n"
"  -h, --help; --version\n"
"Other arguments are compiler flags (gcc and sparse flags are accepted).\n"
"Exit: 0 checked (even with findings), 1 findings with --Werror, 2 error.\n"
"See hmcheck(1).\n";

static void list_rules(void)
{
	const struct rule_info *rule;

	for (rule = hm_rules; rule->name; rule++)
		printf("%-16s %-3s  %s\n", rule->name, rule->default_on ? "on" : "off",
		       rule->summary);
}

static int explain_rule(const char *name)
{
	const struct rule_info *rule = rule_find(name);

	if (!rule) {
		unknown_rule(name, strlen(name));
		return HMCHECK_EXIT_USAGE;
	}
	fputs(rule->explain, stdout);
	return 0;
}

/* --help, --version, --list-rules, --explain: answered on stdout. */
int answer(const struct options *o)
{
	switch (o->action) {
	case ACTION_HELP:
		fputs(usage_text, stdout);
		return 0;
	case ACTION_VERSION:
		printf("hmcheck %s\n", HMCHECK_VERSION);
		return 0;
	case ACTION_LIST:
		list_rules();
		return 0;
	case ACTION_EXPLAIN:
		return explain_rule(o->explain);
	default:
		return 0;
	}
}
