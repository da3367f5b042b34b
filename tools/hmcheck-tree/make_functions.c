// SPDX-License-Identifier: GPL-2.0
/*
 * make_functions.c - the few make text functions kbuild Makefiles build
 * their object lists and include paths with (amdgpu's display and pm
 * Makefiles: $(addprefix $(AMDDALPATH)/dc/dcn20/,$(DCN20))), and the
 * $(subst m,y,$(CONFIG_X)) that names a list (obj-$(subst ...) in
 * drivers/Makefile, nf_conntrack-$(subst ...) in net/netfilter), and
 * $(patsubst %,arch/arm/mach-%/,$(machine-y)) in an arch Makefile.  Each gets
 * its arguments expanded; a word holding MAKE_UNKNOWN stays unknown in the
 * result.  Any other function is not known here: its reference expands to
 * MAKE_UNKNOWN (make_expand.c).
 */
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

struct text {
	char *s;
	size_t len;
};

static void text_add(struct text *t, const char *s, size_t n)
{
	t->s = realloc(t->s, t->len + n + 1);
	if (!t->s)
		abort();
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

/* Each word of `list` with `prefix` before it and `suffix` after. */
static char *add_around(const char *prefix, const char *list, const char *suffix)
{
	static const char blanks[] = " \t\n";
	struct text out = { 0 };
	const char *p = list;
	size_t n;

	text_add(&out, "", 0);
	for (p += strspn(p, blanks); *p; p += strspn(p, blanks)) {
		n = strcspn(p, blanks);
		if (out.len)
			text_add(&out, " ", 1);
		text_add(&out, prefix, strlen(prefix));
		text_add(&out, p, n);
		text_add(&out, suffix, strlen(suffix));
		p += n;
	}
	return out.s;
}

/*
 * Every `from` in `text` replaced by `to`, as make's subst (an empty `from`
 * appends `to`).  A pattern that is not known makes the result unknown.
 */
static char *substitute(const char *from, const char *to, const char *text)
{
	static const char unsure[] = { MAKE_UNKNOWN, MAKE_DOUBT, '\0' };
	size_t n = strlen(from);
	struct text out = { 0 };
	const char *p, *hit;

	text_add(&out, "", 0);
	if (strpbrk(from, unsure) || strpbrk(to, unsure)) {
		text_add(&out, unsure, 1);
		return out.s;
	}
	for (p = text; n && (hit = strstr(p, from)); p = hit + n) {
		text_add(&out, p, hit - p);
		text_add(&out, to, strlen(to));
	}
	text_add(&out, p, strlen(p));
	if (!n)
		text_add(&out, to, strlen(to));
	return out.s;
}

/*
 * make's patsubst for the one pattern that only adds around each word,
 * `%`: `to` with the word for its %.  Any other pattern renames objects
 * (libstub's %.o -> %.stub.o), which a rule of that Makefile then builds
 * from the first name's source: not followed here, so the result is unknown.
 */
static char *pattern_substitute(const char *pattern, const char *to,
				const char *text)
{
	static const char unsure[] = { MAKE_UNKNOWN, MAKE_DOUBT, '\0' };
	const char *pct = strchr(to, '%');
	char *head, *out;

	if (strcmp(pattern, "%") || !pct || strpbrk(to, unsure))
		return add_around("", (char[]){ MAKE_UNKNOWN, '\0' }, "");
	head = strndup(to, pct - to);
	if (!head)
		abort();
	out = add_around(head, text, pct + 1);
	free(head);
	return out;
}

bool make_function_known(const char *name, size_t len, int *nargs)
{
	static const struct {
		const char *name;
		int nargs;
	} known[] = {
		{ "addprefix", 2 }, { "addsuffix", 2 }, { "strip", 1 },
		{ "subst", 3 }, { "patsubst", 3 }, { NULL, 0 },
	};
	int i;

	for (i = 0; known[i].name; i++) {
		if (strlen(known[i].name) == len && !strncmp(known[i].name, name, len)) {
			*nargs = known[i].nargs;
			return true;
		}
	}
	return false;
}

char *make_function(const char *name, char *const *args)
{
	if (!strcmp(name, "addprefix"))
		return add_around(args[0], args[1], "");
	if (!strcmp(name, "addsuffix"))
		return add_around("", args[1], args[0]);
	if (!strcmp(name, "subst"))
		return substitute(args[0], args[1], args[2]);
	if (!strcmp(name, "patsubst"))
		return pattern_substitute(args[0], args[1], args[2]);
	return add_around("", args[0], "");	/* strip */
}
