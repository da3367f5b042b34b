// SPDX-License-Identifier: GPL-2.0
/*
 * model_kinds.c - one parser per kind of rules line.  The call kinds share
 * one shape, "KIND NAME [POSITIONAL] [OPTIONS]", and differ only in the
 * positional field (a family, a context) and the options they accept.
 */
#include <stdlib.h>
#include <string.h>
#include "model_syntax.h"
#include "model_options.h"

static char *copy(const char *text)
{
	char *s = strdup(text);

	if (!s)
		abort();
	return s;
}

static int parse_family(const struct rules_line *line, struct api_entry *entry)
{
	static const char *const names[] = {
		[FAMILY_LOCAL] = "local", [FAMILY_ATOMIC] = "atomic",
		[FAMILY_PKMAP] = "pkmap",
	};
	int f;

	if (line->nfields < 3)
		return rules_error(line, "'%s' needs a family (local, atomic or pkmap)",
				   entry->name);
	for (f = FAMILY_LOCAL; f <= FAMILY_PKMAP; f++) {
		if (!strcmp(line->fields[2], names[f])) {
			entry->family = f;
			return 0;
		}
	}
	return rules_error(line, "unknown family '%s' (expected local, atomic or pkmap)",
			   line->fields[2]);
}

/* A query's contexts: "spin,rwlock,bh", each an identifier. */
static int parse_context_list(const struct rules_line *line, struct api_entry *entry)
{
	const char *p = line->nfields >= 3 ? line->fields[2] : "";
	char name[64];
	size_t n;

	if (!*p || strchr(p, '='))
		return rules_error(line, "'%s' needs its contexts (spin,bh,...)",
				   entry->name);
	for (; *p; p += n + (p[n] == ',')) {
		n = strcspn(p, ",");
		if (n == 0 || n >= sizeof(name))
			return rules_error(line, "bad context list '%s'", line->fields[2]);
		memcpy(name, p, n);
		name[n] = 0;
		if (!is_identifier(name))
			return rules_error(line, "context '%s' is not an identifier", name);
	}
	entry->context = copy(line->fields[2]);
	return 0;
}

static int parse_context(const struct rules_line *line, struct api_entry *entry)
{
	if (line->nfields < 3 || strchr(line->fields[2], '='))
		return rules_error(line, "'%s' needs a context (preempt, irq, spin ...)",
				   entry->name);
	if (!is_identifier(line->fields[2]))
		return rules_error(line, "context '%s' is not an identifier",
				   line->fields[2]);
	entry->context = copy(line->fields[2]);
	return 0;
}

/* The positional field after the name: how many fields it took, or -1. */
static int parse_positional(const struct rules_line *line, struct api_entry *entry)
{
	switch (entry->kind) {
	case API_MAP:
	case API_UNMAP:
		return parse_family(line, entry) < 0 ? -1 : 1;
	case API_ATOMIC_ENTER:
	case API_ATOMIC_LEAVE:
	case API_CALLBACK:
		return parse_context(line, entry) < 0 ? -1 : 1;
	case API_CONTEXT_QUERY:
		return parse_context_list(line, entry) < 0 ? -1 : 1;
	default:
		return 0;
	}
}

static struct api_entry *new_entry(const struct rules_line *line,
				   const struct rules_kind *kind)
{
	struct api_entry *entry = calloc(1, sizeof(*entry));

	if (!entry)
		abort();
	entry->name = copy(line->fields[1]);
	entry->kind = kind->kind;
	entry->page_arg = entry->addr_arg = entry->gfp_arg = entry->fn_arg = -1;
	entry->sleeps = kind->kind == API_SLEEP;
	entry->file = line->path;
	entry->line = line->number;
	return entry;
}

static int parse_call(struct api_model *model, const struct rules_line *line,
		      const struct rules_kind *kind)
{
	struct api_entry *entry;
	int taken;

	if (line->nfields < 2)
		return rules_error(line, "'%s' needs a name", kind->word);
	if (!is_identifier(line->fields[1]))
		return rules_error(line, "'%s' is not a C identifier", line->fields[1]);
	entry = new_entry(line, kind);
	taken = parse_positional(line, entry);
	if (taken < 0 || parse_options(line, kind, entry, 2 + taken) < 0) {
		model_free_entry(entry);
		return -1;
	}
	return model_add_entry(model, entry);
}

static int parse_gfp_flags(struct api_model *model, const struct rules_line *line,
			   const struct rules_kind *kind)
{
	struct gfp_flag *flag;
	int i;

	if (line->nfields < 2)
		return rules_error(line, "'%s' needs at least one flag", kind->word);
	for (i = 1; i < line->nfields; i++) {
		if (!is_identifier(line->fields[i]))
			return rules_error(line, "'%s' is not a C identifier",
					   line->fields[i]);
		flag = calloc(1, sizeof(*flag));
		if (!flag)
			abort();
		flag->name = copy(line->fields[i]);
		flag->class = kind->class;
		flag->file = line->path;
		flag->line = line->number;
		if (model_add_gfp_flag(model, flag) < 0)
			return -1;
	}
	return 0;
}

static const struct rules_kind kinds[] = {
	{ "map", parse_call, API_MAP, 0 },
	{ "unmap", parse_call, API_UNMAP, 0 },
	{ "sleep", parse_call, API_SLEEP, 0 },
	{ "alloc", parse_call, API_ALLOC, 0 },
	{ "enter", parse_call, API_ATOMIC_ENTER, 0 },
	{ "leave", parse_call, API_ATOMIC_LEAVE, 0 },
	{ "copy-user", parse_call, API_COPY_USER, 0 },
	{ "noreturn", parse_call, API_NORETURN, 0 },
	{ "nosleep", parse_call, API_NO_SLEEP, 0 },
	{ "callback", parse_call, API_CALLBACK, 0 },
	{ "last-ref", parse_call, API_LAST_REF, 0 },
	{ "context-query", parse_call, API_CONTEXT_QUERY, 0 },
	{ "gfp-blocks", parse_gfp_flags, 0, GFP_CLASS_BLOCKS },
	{ "gfp-atomic", parse_gfp_flags, 0, GFP_CLASS_ATOMIC },
	{ "gfp-neutral", parse_gfp_flags, 0, GFP_CLASS_NEUTRAL },
	{ NULL, NULL, 0, 0 },
};

const struct rules_kind *rules_kind_find(const char *word)
{
	const struct rules_kind *kind;

	for (kind = kinds; kind->word; kind++)
		if (!strcmp(kind->word, word))
			return kind;
	return NULL;
}

const char *rules_kind_names(void)
{
	return "map, unmap, sleep, alloc, enter, leave, copy-user, noreturn, "
	       "nosleep, callback, last-ref, context-query, gfp-blocks, "
	       "gfp-atomic or gfp-neutral";
}
