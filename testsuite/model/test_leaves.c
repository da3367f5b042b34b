// SPDX-License-Identifier: GPL-2.0
/*
 * test_leaves.c - a sleep entry's leaves= (schedule() turns interrupts on
 * before it sleeps): parsed, refused with other options and on other
 * kinds, checked against the contexts entries switch once every file is
 * loaded, and bundled for schedule() and io_schedule() only.
 */
#include <stdio.h>
#include <string.h>
#include "model.h"
#include "model_test_util.h"

static void test_parsed(void)
{
	struct api_model *model = model_new();
	const struct api_entry *e;

	CHECK(model_load(model, write_temp("a.rules",
		"sleep resched leaves=irq\n")) == 0);
	CHECK(model_load(model, write_temp("b.rules",
		"enter irq_off irq sets=irq\n")) == 0);
	e = model_lookup(model, "resched");
	CHECK_STRING(e ? e->leaves : NULL, "irq");
	CHECK(e && !e->drops && !e->unless);
	CHECK(model_check(model) == 0);
	model_free(model);
}

static void test_bundled_leaves(const struct api_model *bundled)
{
	static const char *const marked[] = { "schedule", "io_schedule" };
	static const char *const plain[] = {
		"msleep", "schedule_timeout", "schedule_timeout_interruptible",
		"schedule_hrtimeout", "io_schedule_timeout", "yield",
		"cond_resched", "mutex_lock",
	};
	const struct api_entry *e;
	size_t i;

	for (i = 0; i < sizeof(marked) / sizeof(marked[0]); i++) {
		e = model_lookup(bundled, marked[i]);
		CHECK(e && e->kind == API_SLEEP);
		CHECK_STRING(e ? e->leaves : NULL, "irq");
	}
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		e = model_lookup(bundled, plain[i]);
		CHECK(e && !e->leaves);
	}
	CHECK(model_check(bundled) == 0);
}

void test_leaves(const struct api_model *bundled)
{
	test_bundled_leaves(bundled);
	test_parsed();
	expect_error("sleep schedule leaves=\n", 1, "context '' is not an identifier");
	expect_error("sleep schedule leaves=irq-off\n", 1,
		     "context 'irq-off' is not an identifier");
	expect_error("sleep schedule leaves=irq leaves=bh\n", 1,
		     "'leaves=bh' given twice");
	expect_error("sleep schedule leaves=irq drops=spin\n", 1,
		     "'schedule' takes leaves= alone, not with drops=");
	expect_error("sleep schedule unless=bh leaves=irq\n", 1,
		     "'schedule' takes leaves= alone, not with unless=");
	expect_error("enter local_irq_disable irq leaves=irq\n", 1,
		     "'leaves=irq' does not apply to 'enter' entries");
	expect_error("alloc kmalloc gfp=1 leaves=irq\n", 1,
		     "'leaves=irq' does not apply to 'alloc' entries");
	expect_check_error("leaves.rules",
			   "enter irq_off irq sets=irq\nsleep resched leaves=bh\n",
			   "2: sleep 'resched': leaves=bh is not a context an "
			   "entry switches with sets=");
	expect_check_error("leaves.rules",
			   "enter bh_off bh\nsleep resched leaves=bh\n",
			   "2: sleep 'resched': leaves=bh is not a context an "
			   "entry switches with sets=");
}
