// SPDX-License-Identifier: GPL-2.0
/*
 * model_options.c - which options each kind accepts and requires.  An
 * unmap of the local and atomic families takes the address, one of the
 * pkmap family the page: that is the whole difference between kunmap()
 * and kunmap_local(), so the data must say it right.
 */
#include <stdlib.h>
#include <string.h>
#include "model_options.h"

enum option {
	OPTION_PAGE = 1 << 0,
	OPTION_ADDR = 1 << 1,
	OPTION_GFP = 1 << 2,
	OPTION_DEPRECATED = 1 << 3,
	OPTION_SLEEPS = 1 << 4,
	OPTION_SLEEP_OK = 1 << 5,
	OPTION_DROPS = 1 << 6,
	OPTION_UNLESS = 1 << 7,
	OPTION_ALSO = 1 << 8,
	OPTION_FN = 1 << 9,
	OPTION_UNMAP = 1 << 10,
	OPTION_SETS = 1 << 11,
	OPTION_LEAVES = 1 << 12,
};

#define MAX_ARGUMENT_INDEX 31

static const struct {
	const char *key;	/* with '=' when the option takes a value */
	enum option option;
} options[] = {
	{ "page=", OPTION_PAGE },
	{ "addr=", OPTION_ADDR },
	{ "gfp=", OPTION_GFP },
	{ "deprecated=", OPTION_DEPRECATED },
	{ "sleeps", OPTION_SLEEPS },
	{ "sleep-ok", OPTION_SLEEP_OK },
	{ "drops=", OPTION_DROPS },
	{ "unless=", OPTION_UNLESS },
	{ "also=", OPTION_ALSO },
	{ "fn=", OPTION_FN },
	{ "unmap=", OPTION_UNMAP },
	{ "sets=", OPTION_SETS },
	{ "leaves=", OPTION_LEAVES },
};

static unsigned allowed_options(const struct api_entry *entry)
{
	switch (entry->kind) {
	case API_MAP:
		return OPTION_PAGE | OPTION_DEPRECATED | OPTION_SLEEPS | OPTION_UNMAP;
	case API_UNMAP:
		return OPTION_SLEEPS |
		       (entry->family == FAMILY_PKMAP ? OPTION_PAGE : OPTION_ADDR);
	case API_ALLOC:
		return OPTION_GFP;
	case API_SLEEP:
		return OPTION_DROPS | OPTION_UNLESS | OPTION_LEAVES;
	case API_ATOMIC_ENTER:
	case API_ATOMIC_LEAVE:
		return OPTION_SLEEP_OK | OPTION_ALSO | OPTION_SETS;
	case API_CALLBACK:
		return OPTION_FN | OPTION_ALSO;
	default:
		return 0;
	}
}

static int find_option(const char *field, const char **value)
{
	size_t i, n;

	for (i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
		n = strlen(options[i].key);
		if (options[i].key[n - 1] == '=' ? !strncmp(field, options[i].key, n)
						  : !strcmp(field, options[i].key)) {
			*value = field + n;
			return options[i].option;
		}
	}
	return 0;
}

static int parse_index(const struct rules_line *line, const char *field,
		       const char *value, int *index)
{
	char *end;
	long n = strtol(value, &end, 10);

	if (!*value || *end || n < 0 || n > MAX_ARGUMENT_INDEX)
		return rules_error(line, "bad argument index in '%s' (expected 0 to %d)",
				   field, MAX_ARGUMENT_INDEX);
	*index = n;
	return 0;
}

static int parse_context_value(const struct rules_line *line, const char *value,
				const char **context)
{
	if (!is_identifier(value))
		return rules_error(line, "context '%s' is not an identifier", value);
	*context = strdup(value);
	if (!*context)
		abort();
	return 0;
}

static int parse_identifier(const struct rules_line *line, const char *value,
			    const char **name)
{
	if (!is_identifier(value))
		return rules_error(line, "'%s' is not a C identifier", value);
	*name = strdup(value);
	if (!*name)
		abort();
	return 0;
}

static int apply_option(const struct rules_line *line, const char *field,
			enum option option, const char *value, struct api_entry *entry)
{
	switch (option) {
	case OPTION_PAGE:
		return parse_index(line, field, value, &entry->page_arg);
	case OPTION_ADDR:
		return parse_index(line, field, value, &entry->addr_arg);
	case OPTION_GFP:
		return parse_index(line, field, value, &entry->gfp_arg);
	case OPTION_DEPRECATED:
		entry->deprecated = true;
		return parse_identifier(line, value, &entry->replacement);
	case OPTION_SLEEPS:
		entry->sleeps = true;
		return 0;
	case OPTION_SLEEP_OK:
		entry->sleep_ok = true;
		return 0;
	case OPTION_DROPS:
		return parse_context_value(line, value, &entry->drops);
	case OPTION_UNLESS:
		return parse_context_value(line, value, &entry->unless);
	case OPTION_ALSO:
		return parse_context_value(line, value, &entry->also);
	case OPTION_FN:
		return parse_index(line, field, value, &entry->fn_arg);
	case OPTION_UNMAP:
		return parse_identifier(line, value, &entry->release);
	case OPTION_SETS:
		return parse_context_value(line, value, &entry->sets);
	case OPTION_LEAVES:
		return parse_context_value(line, value, &entry->leaves);
	}
	return 0;
}

const char *model_family_word(enum map_family family)
{
	return family == FAMILY_LOCAL ? "local" :
	       family == FAMILY_ATOMIC ? "atomic" : "pkmap";
}

static int not_applicable(const struct rules_line *line, const char *field,
			  const struct rules_kind *kind, const struct api_entry *entry)
{
	if (kind->kind == API_UNMAP)
		return rules_error(line, "'%s' does not apply to an unmap of family %s: "
				   "it takes %s", field, model_family_word(entry->family),
				   entry->family == FAMILY_PKMAP ? "the page (page=N)"
								 : "the address (addr=N)");
	return rules_error(line, "'%s' does not apply to '%s' entries", field, kind->word);
}

static int check_required(const struct rules_line *line, const struct api_entry *entry)
{
	if (entry->kind == API_MAP && entry->page_arg < 0)
		return rules_error(line, "map '%s' needs page=N", entry->name);
	if (entry->kind == API_UNMAP && entry->family == FAMILY_PKMAP && entry->page_arg < 0)
		return rules_error(line, "unmap '%s' of family pkmap needs page=N", entry->name);
	if (entry->kind == API_UNMAP && entry->family != FAMILY_PKMAP && entry->addr_arg < 0)
		return rules_error(line, "unmap '%s' of family %s needs addr=N", entry->name,
				   model_family_word(entry->family));
	if (entry->kind == API_ALLOC && entry->gfp_arg < 0)
		return rules_error(line, "alloc '%s' needs gfp=N", entry->name);
	if (entry->kind == API_CALLBACK && entry->fn_arg < 0)
		return rules_error(line, "callback '%s' needs fn=N (the argument "
				   "naming the function registered)", entry->name);
	return 0;
}

int parse_options(const struct rules_line *line, const struct rules_kind *kind,
		  struct api_entry *entry, int first)
{
	unsigned allowed = allowed_options(entry), seen = 0;
	const char *value;
	int i, option;

	for (i = first; i < line->nfields; i++) {
		option = find_option(line->fields[i], &value);
		if (!option)
			return rules_error(line, "unknown option '%s'", line->fields[i]);
		if (!(allowed & option))
			return not_applicable(line, line->fields[i], kind, entry);
		if (seen & option)
			return rules_error(line, "'%s' given twice", line->fields[i]);
		seen |= option;
		if (apply_option(line, line->fields[i], option, value, entry) < 0)
			return -1;
	}
	if (entry->drops && entry->unless)
		return rules_error(line, "'%s' takes drops= or unless=, not both",
				   entry->name);
	if (entry->leaves && (entry->drops || entry->unless))
		return rules_error(line, "'%s' takes leaves= alone, not with %s",
				   entry->name, entry->drops ? "drops=" : "unless=");
	if (entry->sets && strcmp(entry->sets, entry->context) &&
	    (!entry->also || strcmp(entry->sets, entry->also)))
		return rules_error(line, "sets=%s names neither the context of '%s' "
				   "nor its also=", entry->sets, entry->name);
	return check_required(line, entry);
}
