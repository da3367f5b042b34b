// SPDX-License-Identifier: GPL-2.0
/*
 * test_callback.c - the `callback` kind: the bundled timer and tasklet
 * entries, its own table (a name may also have a call entry), and every
 * malformed callback line with its exact message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model.h"
#include "model_test_util.h"

static void check_callback(const struct api_model *model, const char *name,
			   const char *context, int fn, const char *also)
{
	const struct api_entry *e = model_lookup_callback(model, name);

	CHECK(e != NULL);
	if (!e) {
		fprintf(stderr, "  no callback entry for %s\n", name);
		return;
	}
	CHECK(e->kind == API_CALLBACK);
	CHECK_STRING(e->context, context);
	CHECK(e->fn_arg == fn);
	CHECK_STRING(e->also, also);
	/* Registering says nothing about the call itself. */
	CHECK(model_lookup(model, name) == NULL);
}

static void test_bundled_callbacks(void)
{
	struct api_model *model = model_new();

	setenv("HMCHECK_RULES_DIR", HMCHECK_RULES_SOURCE_DIR, 1);
	CHECK(model_load_default(model) == 0);
	check_callback(model, "init_timer_key", "softirq", 1, "bh");
	check_callback(model, "init_timer_on_stack_key", "softirq", 1, "bh");
	check_callback(model, "timer_setup", "softirq", 1, "bh");
	check_callback(model, "tasklet_init", "softirq", 1, "bh");
	check_callback(model, "tasklet_setup", "softirq", 1, "bh");
	check_callback(model, "call_rcu", "softirq", 1, "bh");
	CHECK(model_lookup_callback(model, "mod_timer") == NULL);
	CHECK(model_lookup_callback(model, "mutex_lock") == NULL);
	CHECK(model_lookup_callback(NULL, "timer_setup") == NULL);
	model_free(model);
}

/* A callback entry and a call entry of one name live side by side. */
static void test_own_table(void)
{
	struct api_model *model = model_new();
	const struct api_entry *e;

	CHECK(model_load(model, write_temp("both.rules",
		"sleep register_handler\n"
		"callback register_handler irq fn=2\n")) == 0);
	e = model_lookup(model, "register_handler");
	CHECK(e && e->kind == API_SLEEP && e->fn_arg == -1);
	e = model_lookup_callback(model, "register_handler");
	CHECK(e && e->kind == API_CALLBACK && e->fn_arg == 2 && !e->also);
	CHECK_STRING(e ? e->context : NULL, "irq");
	/* a later file overrides; the same name twice in one file is an error */
	CHECK(model_load(model, write_temp("later.rules",
		"callback register_handler softirq fn=1 also=bh\n")) == 0);
	e = model_lookup_callback(model, "register_handler");
	CHECK(e && e->fn_arg == 1 && e->line == 1);
	CHECK_STRING(e ? e->also : NULL, "bh");
	model_free(model);
}

static void test_malformed_callbacks(void)
{
	expect_error("callback\n", 1, "'callback' needs a name");
	expect_error("callback 2timer softirq fn=1\n", 1,
		     "'2timer' is not a C identifier");
	expect_error("callback timer_setup\n", 1,
		     "'timer_setup' needs a context (preempt, irq, spin ...)");
	expect_error("callback timer_setup fn=1\n", 1,
		     "'timer_setup' needs a context (preempt, irq, spin ...)");
	expect_error("callback timer_setup soft-irq fn=1\n", 1,
		     "context 'soft-irq' is not an identifier");
	expect_error("callback timer_setup softirq\n", 1,
		     "callback 'timer_setup' needs fn=N (the argument naming "
		     "the function registered)");
	expect_error("callback timer_setup softirq also=bh\n", 1,
		     "callback 'timer_setup' needs fn=N (the argument naming "
		     "the function registered)");
	expect_error("callback timer_setup softirq fn=x\n", 1,
		     "bad argument index in 'fn=x' (expected 0 to 31)");
	expect_error("callback timer_setup softirq fn=32\n", 1,
		     "bad argument index in 'fn=32' (expected 0 to 31)");
	expect_error("callback timer_setup softirq fn=1 fn=2\n", 1,
		     "'fn=2' given twice");
	expect_error("callback timer_setup softirq fn=1 also=b-h\n", 1,
		     "context 'b-h' is not an identifier");
	expect_error("callback timer_setup softirq fn=1 sleep-ok\n", 1,
		     "'sleep-ok' does not apply to 'callback' entries");
	expect_error("callback timer_setup softirq fn=1 unless=bh\n", 1,
		     "'unless=bh' does not apply to 'callback' entries");
	expect_error("enter spin_lock spin fn=1\n", 1,
		     "'fn=1' does not apply to 'enter' entries");
	expect_error("callback timer_setup softirq fn=1 timer\n", 1,
		     "unknown option 'timer'");
	expect_error("callback t softirq fn=1\ncallback t irq fn=0\n", 2,
		     "'t' defined twice in this file (first at line 1)");
}

void test_callback(void)
{
	test_bundled_callbacks();
	test_own_table();
	test_malformed_callbacks();
}
