// SPDX-License-Identifier: GPL-2.0
/*
 * test_model.c - unit tests of the API model: the bundled rules load and
 * say what the kernel does, every kind of malformed line gets its exact
 * message, later files override earlier ones, gfp flags are judged right.
 * Usage: test_model GROUP (one ctest test per group).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model.h"
#include "model_test_util.h"

static struct api_model *bundled(void)
{
	struct api_model *model = model_new();

	setenv("HMCHECK_RULES_DIR", HMCHECK_RULES_SOURCE_DIR, 1);
	if (model_load_default(model) < 0) {
		fprintf(stderr, "bundled rules in %s do not load\n", HMCHECK_RULES_SOURCE_DIR);
		exit(1);
	}
	return model;
}

static void check_entry(const struct api_model *model, const char *name,
			enum api_kind kind, enum map_family family, int page, int addr)
{
	const struct api_entry *e = model_lookup(model, name);

	CHECK(e != NULL);
	if (!e) {
		fprintf(stderr, "  no entry for %s\n", name);
		return;
	}
	CHECK_STRING(e->name, name);
	CHECK(e->kind == kind);
	CHECK(e->family == family);
	CHECK(e->page_arg == page);
	CHECK(e->addr_arg == addr);
}

static void test_bundled(void)
{
	struct api_model *model = bundled();
	const struct api_entry *e;

	check_entry(model, "kmap_local_page", API_MAP, FAMILY_LOCAL, 0, -1);
	check_entry(model, "kmap_local_folio", API_MAP, FAMILY_LOCAL, 0, -1);
	check_entry(model, "kunmap_local", API_UNMAP, FAMILY_LOCAL, -1, 0);
	check_entry(model, "__kunmap_local", API_UNMAP, FAMILY_LOCAL, -1, 0);
	check_entry(model, "kmap_atomic", API_MAP, FAMILY_ATOMIC, 0, -1);
	check_entry(model, "kunmap_atomic", API_UNMAP, FAMILY_ATOMIC, -1, 0);
	check_entry(model, "__kunmap_atomic", API_UNMAP, FAMILY_ATOMIC, -1, 0);
	check_entry(model, "kmap", API_MAP, FAMILY_PKMAP, 0, -1);
	check_entry(model, "kunmap", API_UNMAP, FAMILY_PKMAP, 0, -1);
	check_entry(model, "mutex_lock", API_SLEEP, FAMILY_NONE, -1, -1);
	check_entry(model, "copy_from_user", API_COPY_USER, FAMILY_NONE, -1, -1);
	check_entry(model, "panic", API_NORETURN, FAMILY_NONE, -1, -1);
	CHECK(model_lookup(model, "kmap_to_page") == NULL);
	CHECK(model_lookup(model, "might_fault") == NULL);
	CHECK(model_lookup(model, "no_such_function") == NULL);

	e = model_lookup(model, "kmap");
	CHECK(e && e->sleeps && e->deprecated);
	CHECK_STRING(e ? e->replacement : NULL, "kmap_local_page");
	e = model_lookup(model, "kmap_local_page");
	CHECK(e && !e->sleeps && !e->deprecated && !e->replacement);
	e = model_lookup(model, "kunmap");
	CHECK(e && e->sleeps);
	e = model_lookup(model, "kunmap_local");
	CHECK(e && !e->sleeps);
	e = model_lookup(model, "mutex_lock");
	CHECK(e && e->sleeps);
	e = model_lookup(model, "kmalloc");
	CHECK(e && e->kind == API_ALLOC && e->gfp_arg == 1 && !e->sleeps);
	e = model_lookup(model, "alloc_pages");
	CHECK(e && e->kind == API_ALLOC && e->gfp_arg == 0);
	e = model_lookup(model, "spin_lock_irqsave");
	CHECK(e && e->kind == API_ATOMIC_ENTER && !e->sleep_ok);
	CHECK_STRING(e ? e->context : NULL, "spin");
	e = model_lookup(model, "spin_unlock_irqrestore");
	CHECK(e && e->kind == API_ATOMIC_LEAVE);
	CHECK_STRING(e ? e->context : NULL, "spin");
	e = model_lookup(model, "pagefault_disable");
	CHECK(e && e->kind == API_ATOMIC_ENTER && e->sleep_ok);
	e = model_lookup(model, "rcu_read_lock");
	CHECK(e && e->kind == API_ATOMIC_ENTER && !e->sleep_ok);
	e = model_lookup(model, "vfree");
	CHECK(e && e->kind == API_SLEEP && !e->drops);
	CHECK_STRING(e ? e->unless : NULL, "bh");
	e = model_lookup(model, "msleep");
	CHECK(e && !e->unless);
	e = model_lookup(model, "spin_lock_bh");
	CHECK_STRING(e ? e->context : NULL, "spin");
	CHECK_STRING(e ? e->also : NULL, "bh");
	e = model_lookup(model, "spin_unlock_bh");
	CHECK_STRING(e ? e->also : NULL, "bh");
	e = model_lookup(model, "spin_lock");
	CHECK(e && !e->also);
	e = model_lookup(model, "spin_unlock_irq");
	CHECK_STRING(e ? e->sets : NULL, "irq");
	e = model_lookup(model, "local_irq_save");
	CHECK(e && !e->sets);
	e = model_lookup(model, "irqs_disabled");
	CHECK(e && e->kind == API_CONTEXT_QUERY);
	CHECK_STRING(e ? e->context : NULL, "irq");
	model_free(model);
}

static void test_malformed(void)
{
	expect_error("# comment\n\nfrobnicate foo\n", 3,
		     "unknown kind 'frobnicate' (expected map, unmap, sleep, alloc, enter, "
		     "leave, copy-user, noreturn, nosleep, callback, last-ref, "
		     "context-query, gfp-blocks, gfp-atomic or gfp-neutral)");
	expect_error("sleep\n", 1, "'sleep' needs a name");
	expect_error("sleep 9lives\n", 1, "'9lives' is not a C identifier");
	expect_error("map kmap_local_page\n", 1,
		     "'kmap_local_page' needs a family (local, atomic or pkmap)");
	expect_error("map kmap_local_page global page=0\n", 1,
		     "unknown family 'global' (expected local, atomic or pkmap)");
	expect_error("map kmap_local_page local\n", 1, "map 'kmap_local_page' needs page=N");
	expect_error("map kmap_local_page local page=x\n", 1,
		     "bad argument index in 'page=x' (expected 0 to 31)");
	expect_error("map kmap_local_page local page=\n", 1,
		     "bad argument index in 'page=' (expected 0 to 31)");
	expect_error("map kmap_local_page local page=0 page=1\n", 1, "'page=1' given twice");
	expect_error("map kmap_local_page local page=0 color=red\n", 1,
		     "unknown option 'color=red'");
	expect_error("map kmap local page=0 deprecated=\n", 1, "'' is not a C identifier");
	expect_error("unmap kunmap_local local\n", 1,
		     "unmap 'kunmap_local' of family local needs addr=N");
	expect_error("unmap kunmap_local local page=0\n", 1,
		     "'page=0' does not apply to an unmap of family local: "
		     "it takes the address (addr=N)");
	expect_error("unmap kunmap pkmap addr=0\n", 1,
		     "'addr=0' does not apply to an unmap of family pkmap: "
		     "it takes the page (page=N)");
	expect_error("unmap kunmap pkmap\n", 1, "unmap 'kunmap' of family pkmap needs page=N");
	expect_error("alloc kmalloc\n", 1, "alloc 'kmalloc' needs gfp=N");
	expect_error("sleep msleep gfp=1\n", 1, "'gfp=1' does not apply to 'sleep' entries");
	expect_error("alloc kmalloc gfp=1 sleeps\n", 1,
		     "'sleeps' does not apply to 'alloc' entries");
	expect_error("sleep msleep now\n", 1, "unknown option 'now'");
	expect_error("enter preempt_disable\n", 1,
		     "'preempt_disable' needs a context (preempt, irq, spin ...)");
	expect_error("enter pagefault_disable sleep-ok\n", 1,
		     "context 'sleep-ok' is not an identifier");
	expect_error("sleep vfree unless=\n", 1, "context '' is not an identifier");
	expect_error("sleep vfree unless=soft-irq\n", 1,
		     "context 'soft-irq' is not an identifier");
	expect_error("sleep vfree unless=bh unless=irq\n", 1, "'unless=irq' given twice");
	expect_error("sleep f drops=spin unless=bh\n", 1,
		     "'f' takes drops= or unless=, not both");
	expect_error("map kmap local page=0 unless=bh\n", 1,
		     "'unless=bh' does not apply to 'map' entries");
	expect_error("enter spin_lock_bh spin unless=bh\n", 1,
		     "'unless=bh' does not apply to 'enter' entries");
	expect_error("sleep vfree also=bh\n", 1,
		     "'also=bh' does not apply to 'sleep' entries");
	expect_error("enter spin_lock_bh spin also=2bh\n", 1,
		     "context '2bh' is not an identifier");
	expect_error("enter spin_lock_irq spin also=irq sets=bh\n", 1,
		     "sets=bh names neither the context of 'spin_lock_irq' nor its also=");
	expect_error("context-query in_atomic\n", 1,
		     "'in_atomic' needs its contexts (spin,bh,...)");
	expect_error("context-query in_atomic spin,,bh\n", 1,
		     "bad context list 'spin,,bh'");
	expect_error("context-query in_atomic spin,2bh\n", 1,
		     "context '2bh' is not an identifier");
	expect_error("sleep msleep sets=irq\n", 1,
		     "'sets=irq' does not apply to 'sleep' entries");
	expect_error("gfp-blocks\n", 1, "'gfp-blocks' needs at least one flag");
	expect_error("gfp-atomic GFP_ATOMIC GFP-NOWAIT\n", 1,
		     "'GFP-NOWAIT' is not a C identifier");
	expect_error("sleep msleep\nsleep ssleep\nnoreturn msleep\n", 3,
		     "'msleep' defined twice in this file (first at line 1)");
	expect_error("gfp-blocks GFP_KERNEL\ngfp-atomic GFP_KERNEL\n", 2,
		     "'GFP_KERNEL' defined twice in this file (first at line 1)");
	expect_error("sleep a b c d e f g h i j k l m n o p q r s t u v w x y z "
		     "a b c d e f g h\n", 1, "too many fields (at most 32)");
}

static void test_override(void)
{
	struct api_model *model = model_new();
	const struct api_entry *e;

	CHECK(model_load(model, write_temp("a.rules",
		"sleep foo   # a comment\n\tmap bar local page=1\n")) == 0);
	CHECK(model_load(model, write_temp("b.rules",
		"enter foo preempt\n")) == 0);
	e = model_lookup(model, "foo");
	CHECK(e && e->kind == API_ATOMIC_ENTER && !e->sleeps);
	CHECK_STRING(e ? e->context : NULL, "preempt");
	CHECK(e && e->line == 1 && strstr(e->file, "b.rules"));
	e = model_lookup(model, "bar");
	CHECK(e && e->kind == API_MAP && e->page_arg == 1 && e->line == 2);
	CHECK(e && strstr(e->file, "a.rules"));
	/* the same file twice: the second load overrides, it is no duplicate */
	CHECK(model_load(model, write_temp("b.rules", "sleep foo\n")) == 0);
	e = model_lookup(model, "foo");
	CHECK(e && e->kind == API_SLEEP);
	model_free(model);
}

void test_gfp(const struct api_model *model);
void test_callback(void);
void test_release(const struct api_model *model);
void test_leaves(const struct api_model *model);

static int load_default(void *model)
{
	return model_load_default(model);
}

static void test_default_dir(void)
{
	struct api_model *model = model_new();
	char buf[512], want[512];
	struct load_arg arg = { model, NULL };

	write_temp("x.rules", "sleep from_x\n");
	write_temp("y.rules", "noreturn from_x\nsleep from_y\n");
	write_temp("ignored.txt", "this is not rules syntax\n");
	setenv("HMCHECK_RULES_DIR", temp_dir(), 1);
	CHECK(model_load_default(model) == 0);
	CHECK(model_lookup(model, "from_x") && model_lookup(model, "from_x")->kind == API_NORETURN);
	CHECK(model_lookup(model, "from_y") != NULL);
	model_free(model);

	setenv("HMCHECK_RULES_DIR", "/nonexistent/hmcheck", 1);
	arg.model = model = model_new();
	CHECK(capture_stderr(load_default, model, buf, sizeof(buf)) == -1);
	snprintf(want, sizeof(want),
		 "hmcheck: HMCHECK_RULES_DIR=/nonexistent/hmcheck is not a directory\n");
	CHECK_STRING(buf, want);
	arg.path = "/nonexistent/hmcheck/x.rules";
	CHECK(capture_stderr(load_rules_file, &arg, buf, sizeof(buf)) == -1);
	CHECK_STRING(buf, "hmcheck: cannot read rules file /nonexistent/hmcheck/x.rules: "
		     "No such file or directory\n");
	model_free(model);
}

int main(int argc, char **argv)
{
	const char *group = argc > 1 ? argv[1] : "";

	if (!strcmp(group, "bundled"))
		test_bundled();
	else if (!strcmp(group, "malformed"))
		test_malformed();
	else if (!strcmp(group, "override"))
		test_override();
	else if (!strcmp(group, "gfp")) {
		struct api_model *model = bundled();

		test_gfp(model);
		model_free(model);
	} else if (!strcmp(group, "default_dir"))
		test_default_dir();
	else if (!strcmp(group, "callback"))
		test_callback();
	else if (!strcmp(group, "release")) {
		struct api_model *model = bundled();

		test_release(model);
		model_free(model);
	} else if (!strcmp(group, "leaves")) {
		struct api_model *model = bundled();

		test_leaves(model);
		model_free(model);
	} else {
		fprintf(stderr, "usage: test_model bundled|malformed|override|gfp|"
			"default_dir|callback|release|leaves\n");
		return 2;
	}
	if (test_failures)
		fprintf(stderr, "%d check(s) failed\n", test_failures);
	return test_failures ? 1 : 0;
}
