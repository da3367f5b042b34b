// SPDX-License-Identifier: GPL-2.0
/*
 * model_gfp.c - may an allocation with these gfp flags sleep?
 *
 * The flags are judged as written ("GFP_KERNEL | __GFP_ZERO"), because the
 * names say what the author meant whatever the configuration's values.
 * A plain OR of known flags is decided by its names; anything else (a
 * variable, a mask with & or ~, a number) falls back to the value clang
 * computed, when it computed one.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "model_internal.h"

/* ___GFP_DIRECT_RECLAIM in Linux 6.1 include/linux/gfp_types.h */
#define GFP_DIRECT_RECLAIM_BIT 0x400u

struct gfp_tally {
	bool blocks;		/* a gfp-blocks flag is ORed in */
	bool known;		/* at least one gfp-atomic or gfp-neutral flag */
	bool unknown;		/* a name or number the model does not know */
	bool not_plain_or;	/* an operator other than |: & ~ ?: ... */
};

static void tally_word(const struct api_model *model, const char *word, size_t n,
		       struct gfp_tally *tally)
{
	char name[128];
	const struct gfp_flag *flag;

	if (n >= sizeof(name)) {
		tally->unknown = true;
		return;
	}
	memcpy(name, word, n);
	name[n] = '\0';
	flag = name_table_get(&model->gfp_flags, name);
	if (!flag)
		tally->unknown = true;
	else if (flag->class == GFP_CLASS_BLOCKS)
		tally->blocks = true;
	else
		tally->known = true;
}

static void tally_text(const struct api_model *model, const char *text,
		       struct gfp_tally *tally)
{
	const char *p = text;
	size_t n;

	while (*p) {
		if (isalnum((unsigned char)*p) || *p == '_') {
			for (n = 0; isalnum((unsigned char)p[n]) || p[n] == '_'; n++)
				;
			tally_word(model, p, n, tally);
			p += n;
		} else {
			if (!isspace((unsigned char)*p) && !strchr("|()", *p))
				tally->not_plain_or = true;
			p++;
		}
	}
}

enum gfp_verdict model_gfp(const struct api_model *model, const struct ir_expr *gfp)
{
	struct gfp_tally tally = { 0 };

	if (!gfp || gfp->kind == IR_EXPR_NONE)
		return GFP_UNKNOWN;
	if (gfp->text && model)
		tally_text(model, gfp->text, &tally);
	if (!tally.not_plain_or && tally.blocks)
		return GFP_MAY_BLOCK;
	if (!tally.not_plain_or && !tally.unknown && tally.known)
		return GFP_NO_BLOCK;
	if (gfp->has_value)
		return (unsigned long long)gfp->value & GFP_DIRECT_RECLAIM_BIT ?
		       GFP_MAY_BLOCK : GFP_NO_BLOCK;
	return GFP_UNKNOWN;
}
