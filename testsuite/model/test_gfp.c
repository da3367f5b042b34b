// SPDX-License-Identifier: GPL-2.0
/*
 * test_gfp.c - gfp verdicts: by the flags' names when the expression is a
 * plain OR of known flags, else by the value clang computed, else unknown.
 */
#include <string.h>
#include "model.h"
#include "model_test_util.h"

static enum gfp_verdict judge(const struct api_model *model, const char *text,
			      bool has_value, long long value)
{
	struct ir_expr expr;

	memset(&expr, 0, sizeof(expr));
	expr.kind = has_value ? IR_EXPR_CONST : IR_EXPR_VAR;
	expr.var = -1;
	expr.text = text;
	expr.has_value = has_value;
	expr.value = value;
	return model_gfp(model, &expr);
}

#define EXPECT_GFP(text, has_value, value, verdict) \
	check(judge(model, text, has_value, value) == (verdict), text, __FILE__, __LINE__)

void test_gfp(const struct api_model *model)
{
	struct ir_expr none = { .kind = IR_EXPR_NONE, .var = -1, .text = "" };

	EXPECT_GFP("GFP_KERNEL", false, 0, GFP_MAY_BLOCK);
	EXPECT_GFP("GFP_KERNEL | __GFP_ZERO", false, 0, GFP_MAY_BLOCK);
	EXPECT_GFP("(GFP_NOFS|__GFP_NOWARN)", false, 0, GFP_MAY_BLOCK);
	EXPECT_GFP("GFP_ATOMIC", false, 0, GFP_NO_BLOCK);
	EXPECT_GFP("GFP_NOWAIT | __GFP_NOWARN", false, 0, GFP_NO_BLOCK);
	EXPECT_GFP("GFP_ATOMIC | __GFP_HIGHMEM | __GFP_ZERO", false, 0, GFP_NO_BLOCK);
	EXPECT_GFP("__GFP_ZERO", false, 0, GFP_NO_BLOCK);
	/* the names win over a value from other headers (kshim, other configs) */
	EXPECT_GFP("GFP_ATOMIC", true, 0x400, GFP_NO_BLOCK);
	EXPECT_GFP("GFP_KERNEL", true, 0, GFP_MAY_BLOCK);
	/* a variable: the value if clang folded one, else unknown */
	EXPECT_GFP("gfp", false, 0, GFP_UNKNOWN);
	EXPECT_GFP("gfp | __GFP_ZERO", false, 0, GFP_UNKNOWN);
	EXPECT_GFP("gfp | GFP_KERNEL", false, 0, GFP_MAY_BLOCK);
	EXPECT_GFP("flags", true, 0xcc0, GFP_MAY_BLOCK);
	EXPECT_GFP("flags", true, 0x820, GFP_NO_BLOCK);
	/* masks are decided by the value only */
	EXPECT_GFP("GFP_KERNEL & ~__GFP_DIRECT_RECLAIM", false, 0, GFP_UNKNOWN);
	EXPECT_GFP("GFP_KERNEL & ~__GFP_DIRECT_RECLAIM", true, 0x8c0, GFP_NO_BLOCK);
	EXPECT_GFP("0", true, 0, GFP_NO_BLOCK);
	EXPECT_GFP("0x400", true, 0x400, GFP_MAY_BLOCK);
	EXPECT_GFP("", false, 0, GFP_UNKNOWN);
	CHECK(model_gfp(model, &none) == GFP_UNKNOWN);
	CHECK(model_gfp(model, NULL) == GFP_UNKNOWN);
}
