// SPDX-License-Identifier: GPL-2.0
/*
 * extern_facts.c - after a unit is analyzed, what each function of its main
 * file does, handed to opts.summarized (the summary database writes it).
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/call_writes.h"

/* The summary's text, and what the function writes (writes_text.c). */
static char *facts_text(struct analysis *an, const struct ir_function *fn,
			const struct summary *sum)
{
	char *text = summary_to_text(sum, fn->returns_pointer);
	char *writes = writes_to_text(writes_of(an, fn));
	size_t n = strlen(text);

	text = xrealloc(text, n + strlen(writes) + 1);
	strcpy(text + n, writes);
	free(writes);
	return text;
}

static void report_one(struct analysis *an, const struct ir_function *fn,
		       const struct summary *sum)
{
	struct function_facts facts = {
		.name = fn->name, .is_static = fn->is_static,
		.ncalls = sum->ncalls_out, .calls = sum->calls_out,
	};
	char *text = facts_text(an, fn, sum);

	facts.summary = text;
	if (sum->may_sleep && sum->sleep_chain) {
		facts.sleep_chain = sum->sleep_chain;
		facts.sleep_file = sum->sleep_loc.file ? sum->sleep_loc.file : "";
		facts.sleep_line = sum->sleep_loc.line;
	}
	an->opts.summarized(an->opts.summarized_data, &facts);
	free(text);
}

void extern_report_facts(struct analysis *an)
{
	int i, n = tu_nfunctions(an->tu);

	if (!an->opts.summarized)
		return;
	for (i = 0; i < n; i++) {
		const struct ir_function *fn = tu_function_at(an->tu, i);
		const struct summary *sum;

		if (!fn || !fn->in_main_file)
			continue;
		sum = summary_found(an, fn);
		if (sum)
			report_one(an, fn, sum);
	}
}
