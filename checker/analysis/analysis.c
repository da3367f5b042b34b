// SPDX-License-Identifier: GPL-2.0
/*
 * analysis.c - analyze_tu(): walk every function of the main file, in
 * source order.  A function may already have been walked, as the callee of
 * an earlier one (its summary was needed); its reports were made then.
 */
#include "analysis.h"
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/call_writes.h"
#include "analysis/callback.h"

static void register_checks_once(void)
{
	static bool registered;

	if (!registered) {
		registered = true;
		checks_register_all();
	}
}

static void set_defaults(struct analysis_options *opts)
{
	if (opts->max_states_per_block <= 0)
		opts->max_states_per_block = HM_DEFAULT_STATES_PER_BLOCK;
	if (opts->max_steps_per_function <= 0)
		opts->max_steps_per_function = HM_DEFAULT_STEPS;
}

void analyze_tu(struct tu *tu, const struct api_model *model,
		struct diag *diag, const struct analysis_options *opts)
{
	struct analysis an = { .tu = tu, .model = model, .diag = diag };
	int i, n = tu_nfunctions(tu);

	register_checks_once();
	if (opts)
		an.opts = *opts;
	set_defaults(&an.opts);
	an.strings = intern_new();
	an.summaries = summary_table_new();
	an.externs = extern_table_new();
	an.callbacks = callback_table_find(&an);
	for (i = 0; i < n; i++) {
		struct ir_function *fn = tu_function_at(tu, i);

		if (fn && !summary_done(&an, fn->name))
			summary_of(&an, fn);
		if (fn)
			callback_walk(&an, fn);
	}
	extern_report_facts(&an);
	callback_table_free(an.callbacks);
	extern_table_free(an.externs);
	summary_table_free(an.summaries);
	write_table_free(an.writes);
	intern_free(an.strings);
}
