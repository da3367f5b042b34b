// SPDX-License-Identifier: GPL-2.0
/*
 * test_release.c - a map entry's unmap= (the release its messages name):
 * parsed, checked against the unmap entries once every file is loaded,
 * and bundled for kmap_high_get().
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
		"map get_pin pkmap page=0 unmap=put_pin\n")) == 0);
	CHECK(model_load(model, write_temp("b.rules",
		"unmap put_pin pkmap page=0\n")) == 0);
	e = model_lookup(model, "get_pin");
	CHECK_STRING(e ? e->release : NULL, "put_pin");
	CHECK(model_check(model) == 0);
	model_free(model);
}

void test_release(const struct api_model *bundled)
{
	const struct api_entry *e = model_lookup(bundled, "kmap_high_get");

	CHECK_STRING(e ? e->release : NULL, "kunmap_high");
	e = model_lookup(bundled, "kmap");
	CHECK(e && !e->release);
	CHECK(model_check(bundled) == 0);
	test_parsed();
	expect_error("map m local page=0 unmap=\n", 1, "'' is not a C identifier");
	expect_error("unmap u local addr=0 unmap=v\n", 1,
		     "'unmap=v' does not apply to an unmap of family local: "
		     "it takes the address (addr=N)");
	expect_check_error("release.rules",
			   "map m local page=0 unmap=nowhere\n",
			   "1: map 'm': unmap=nowhere is not an unmap of family local");
	expect_check_error("release.rules",
			   "map m local page=0 unmap=u\nunmap u pkmap page=0\n",
			   "1: map 'm': unmap=u is not an unmap of family local");
	expect_check_error("release.rules",
			   "map m atomic page=0 unmap=s\nsleep s\n",
			   "1: map 'm': unmap=s is not an unmap of family atomic");
}
