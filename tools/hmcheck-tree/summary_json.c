// SPDX-License-Identifier: GPL-2.0
/*
 * summary_json.c - --summary-json FILE: the summary for scripts (the kernel
 * test reads it), with one entry per unit so that a caller can tell which
 * file failed or was only partly parsed.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "summary.h"

static void json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(f, "\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			fprintf(f, "\\u%04x", *s);
		else
			fputc(*s, f);
	}
	fputc('"', f);
}

static const char *status_name(enum unit_status status)
{
	switch (status) {
	case UNIT_SKIPPED: return "skipped";
	case UNIT_CHECKED: return "checked";
	case UNIT_FAILED: return "failed";
	default: return "pending";
	}
}

static void json_unit(FILE *f, const struct unit *unit)
{
	fputs("    {\"file\": ", f);
	json_string(f, unit->name);
	fprintf(f, ", \"status\": \"%s\", \"findings\": %d, \"clang_errors\": %d, "
		"\"map_calls\": %d, \"seconds\": %.2f", status_name(unit->status),
		unit->findings, unit->clang_errors, unit->map_calls, unit->seconds);
	if (unit->failure) {
		fputs(", \"failure\": ", f);
		json_string(f, unit->failure);
	}
	fputc('}', f);
}

static void json_rules(FILE *f, const struct summary *s)
{
	int i;

	fputs("  \"findings_by_rule\": {", f);
	for (i = 0; i < s->nrules; i++) {
		fputs(i ? ", " : "", f);
		json_string(f, s->rules[i].name);
		fprintf(f, ": %d", s->rules[i].count);
	}
	fputs("},\n", f);
}

int summary_write_json(const struct summary *s, const struct unit_list *list,
		       double wall, const char *path)
{
	FILE *f = fopen(path, "w");
	struct tally t;
	bool first;
	int i;

	if (!f) {
		fprintf(stderr, "hmcheck-tree: %s: cannot write: %s\n", path, strerror(errno));
		return -1;
	}
	summary_tally(list, &t);
	fprintf(f, "{\n  \"units\": %d,\n  \"checked\": %d,\n  \"skipped\": %d,\n"
		"  \"failed\": %d,\n  \"not_built\": %d,\n"
		"  \"files_with_clang_errors\": %d,\n"
		"  \"map_call_sites\": %d,\n  \"findings\": %d,\n", list->n - t.unbuilt,
		t.checked, t.skipped, t.failed, t.unbuilt, t.with_clang_errors, t.map_calls,
		s->total);
	json_rules(f, s);
	if (s->crossfile.rounds)
		fprintf(f, "  \"cross_file\": {\"rounds\": %d, \"rechecked\": %d, "
			"\"added\": %d, \"changed\": %d, \"learned_to_sleep\": %d},\n",
			s->crossfile.rounds, s->crossfile.rechecked, s->crossfile.added,
			s->crossfile.changed, s->crossfile.learned);
	fprintf(f, "  \"wall_seconds\": %.1f,\n  \"files\": [\n", wall);
	for (i = 0, first = true; i < list->n; i++) {
		if (list->v[i].status == UNIT_UNBUILT)
			continue;	/* counted in not_built */
		fputs(first ? "" : ",\n", f);
		json_unit(f, &list->v[i]);
		first = false;
	}
	fputs(first ? "" : "\n", f);
	fputs("  ]\n}\n", f);
	if (fclose(f) != 0) {
		fprintf(stderr, "hmcheck-tree: %s: cannot write: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}
