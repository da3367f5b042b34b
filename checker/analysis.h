/* SPDX-License-Identifier: GPL-2.0 */
/*
 * analysis.h - the path-sensitive walk over a unit's functions.  It keeps the
 * mapping stack and the atomic state along every path and tells the checks
 * (checks/check_*.c, one rule each) what happens; it knows no rule itself.
 */
#ifndef HMCHECK_ANALYSIS_H
#define HMCHECK_ANALYSIS_H

#include <stdbool.h>

struct tu;
struct api_model;
struct diag;

/*
 * What a function defined in another file does, as that file's check saw
 * it (the text is summary_text.c's format), and where it may sleep through
 * the calls between files.  Strings are malloc'ed; the analysis frees them.
 */
struct extern_answer {
	char *summary;
	char *sleep_chain;	/* NULL: sleeps in no call known */
	char *sleep_file;
	int sleep_line;
};

/*
 * Where summaries of functions without a body in this unit come from (the
 * summary database, or finding and analyzing their definition on demand).
 * `need` says the call is in atomic context: worth the cost of finding out.
 * Returns true with *answer filled, false if nothing is known.
 */
struct extern_source {
	bool (*lookup)(void *data, const char *name, bool need,
		       struct extern_answer *answer);
	void *data;
};

/* A call to a function defined elsewhere that makes the caller sleep if it does. */
/*
 * Arguments a call out keeps constants and parameters of: 6.1's
 * __ip_append_data() takes its flags tenth.
 */
#define HM_CALL_CONST_ARGS	16
#define HM_CALL_MEMBER_CONSTS	4

struct function_call_out {
	const char *callee;
	const char *via;	/* functions of this unit on the way: "" or "a -> b" */
	unsigned line;
	/*
	 * The arguments the call passes as constants (bit i: args[i], in
	 * const_values[i]), for a callee that sleeps only for some values of
	 * one (GFP_KERNEL, not GFP_ATOMIC): every call it stands for passes them.
	 */
	unsigned const_args;
	long long const_values[HM_CALL_CONST_ARGS];
	/*
	 * The arguments that are the caller's own parameters passed on
	 * unchanged (bit i: args[i] is parameter param_of[i]) at every such
	 * call: a caller of the caller passing a constant there passes it
	 * to the callee (sleep_guard_params.c).
	 */
	unsigned param_args;
	signed char param_of[HM_CALL_CONST_ARGS];
	/*
	 * Or that parameter's bits of param_mask[i] (`flags &
	 * MSG_DONTWAIT`); 0: the parameter itself (sleep_guard_mask.c).
	 */
	unsigned long long param_mask[HM_CALL_CONST_ARGS];
	/*
	 * The arguments that are a member of the caller's parameter no path
	 * wrote since the entry (`cfg->fc_mx`): bit i, args[i] is parameter
	 * param_of[i]'s member arg_suffix[i] ("->fc_mx", interned).  A caller
	 * of the caller that stored a constant there passes it to the callee
	 * (sleep_guard_members.c).
	 */
	unsigned member_args;
	const char *arg_suffix[HM_CALL_CONST_ARGS];
	/*
	 * Every such call is made where parameter guard_param of the caller
	 * passes the test guard_value, or guard_ones set and guard_zeros
	 * clear (sleep_guard.c): its own caller's constants failing it rule
	 * the call out (__filemap_get_folio() calls folio_wait_stable() only
	 * with FGP_STABLE).
	 */
	bool has_guard;
	int guard_param;
	bool guard_value;
	unsigned long long guard_ones, guard_zeros;
	/*
	 * What the callee's own sleep (not its calls out) needs at every
	 * such call, its sleep guard seen through the arguments
	 * (sleep_guard_own.c): own_quiet, no call can pass it; has_own_guard,
	 * parameter own_param of the caller passing the test own_value, or
	 * own_ones set and own_zeros clear (`r = get(c, wait); exec(c, r)`
	 * where exec() sleeps only if r->waiting, which get() set to wait).
	 */
	bool own_quiet, has_own_guard;
	int own_param;
	bool own_value;
	unsigned long long own_ones, own_zeros;
	/*
	 * The path test (has_guard) is `guard_param == guard_constant`
	 * (guard_value true) or `!=` (false): sleep_test's equals form
	 * (`if (state == RUNNABLE) return; refresh(v);`).
	 */
	bool guard_equals;
	long long guard_constant;
	/*
	 * The path test is a bits test taken the other way (guard_ones and
	 * guard_zeros not all as they say: `if (flags & (A | B))`, `if
	 * ((flags & M) != V)`): sleep_test's differ form.
	 */
	bool guard_differ;
	/*
	 * The path test is of that member of the parameter ("->flags",
	 * interned: `if (!(nd->flags & LOOKUP_RCU)) path_put(...)`), a
	 * truth or bits test; NULL: of the parameter itself.
	 */
	const char *guard_suffix;
	/*
	 * The own test is of that member of the parameter ("->fc_mx",
	 * member_guard.c), interned; NULL: of the parameter itself.
	 */
	const char *own_suffix;
	/*
	 * Members of the objects the call passes that hold constants the
	 * caller stored there, at every call the entry stands for (`&cfg`,
	 * cfg.fc_mx zero from its initializer): argument member_arg[i]'s
	 * member member_suffix[i] (interned) holds member_value[i].  Kept
	 * for the members the callee's calls out test (own_suffix), so that
	 * a caller of the caller rules them out (sleep_guard_members.c).
	 */
	int nmember_consts;
	signed char member_arg[HM_CALL_MEMBER_CONSTS];
	const char *member_suffix[HM_CALL_MEMBER_CONSTS];
	long long member_value[HM_CALL_MEMBER_CONSTS];
};

/* What one function of the main file does, for the summary database. */
struct function_facts {
	const char *name;
	bool is_static;
	const char *summary;	/* summary_text.c's format */
	const char *sleep_chain; /* NULL: sleeps in no call known here */
	const char *sleep_file;
	unsigned sleep_line;
	int ncalls;
	const struct function_call_out *calls;
};

struct analysis_options {
	bool verbose;		/* -v: say when a function's budget ran out */
	int max_states_per_block; /* 0: default */
	long max_steps_per_function; /* 0: default */
	const struct extern_source *externs; /* NULL: calls without a body are opaque */
	int far_depth;		/* files a sleep is followed through; 0: default */
	/* Called for each function of the main file once the unit is analyzed. */
	void (*summarized)(void *data, const struct function_facts *facts);
	void *summarized_data;
};

/* Analyze every function defined in the unit's main file. */
void analyze_tu(struct tu *tu, const struct api_model *model,
		struct diag *diag, const struct analysis_options *opts);

#endif
