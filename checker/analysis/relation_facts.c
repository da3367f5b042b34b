// SPDX-License-Identifier: GPL-2.0
/*
 * relation_facts.c - a comparison the path already decided, tested again
 * in another spelling: `if (++ni >= nr) break;` ... `if (ni < nr)`.
 *
 * `++ni >= nr` compares ni's new value, which the IR assigned before the
 * branch, so after it the fact is about `ni >= nr`; `ni < nr` is its
 * negation, `nr > ni` the same test turned around.  Only plain operands
 * (names, members, constants, a name's address) are compared, as text:
 * `mm == &init_mm` then `mm != &init_mm`.
 */
#include <string.h>
#include "analysis/walk.h"

struct relation {
	char left[128], right[128];
	int op;		/* index into ops[] */
};

static const char *const ops[] = { "<=", ">=", "==", "!=", "<", ">" };
static const int negated[] = { 5, 4, 3, 2, 1, 0 };	/* <= is !(>) ... */
static const int swapped[] = { 1, 0, 2, 3, 5, 4 };	/* a <= b is b >= a */

static bool plain_operand(const char *p, size_t n)
{
	size_t i;

	if (n > 1 && p[0] == '&') {	/* an object's address: &init_mm */
		p++;
		n--;
	}
	if (!n)
		return false;
	for (i = 0; i < n; i++) {
		char c = p[i];

		if (c == '-' && i + 1 < n && p[i + 1] == '>')
			i++;
		else if (!(c == '_' || c == '.' || (c >= '0' && c <= '9') ||
			   ((c | 32) >= 'a' && (c | 32) <= 'z')))
			return false;
	}
	return true;
}

/* A leading ++ or --: the IR updated the variable before the test. */
static bool copy_operand(char *out, const char *p, size_t n)
{
	if (n > 2 && (!strncmp(p, "++", 2) || !strncmp(p, "--", 2))) {
		p += 2;
		n -= 2;
	}
	if (n >= 128 || !plain_operand(p, n))
		return false;
	memcpy(out, p, n);
	out[n] = '\0';
	return true;
}

static bool parse(const char *text, struct relation *r)
{
	const char *at;
	size_t i;

	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		at = strstr(text, ops[i]);
		/* "->" is a member, not a comparison. */
		while (at && i == 5 && at > text && at[-1] == '-')
			at = strstr(at + 1, ops[i]);
		if (!at)
			continue;
		r->op = (int)i;
		return copy_operand(r->left, text, (size_t)(at - text)) &&
		       copy_operand(r->right, at + strlen(ops[i]),
				    strlen(at + strlen(ops[i])));
	}
	return false;
}

/*
 * What a true `a OP b` says of `a C b`, by [OP][C]: 1 true, 0 false, -1
 * nothing (`a < b` makes `a <= b` and `a != b` true, `a > b` false).
 */
static const signed char implies[6][6] = {
	/*	  <=  >=  ==  !=   <   > */
	/* <= */ { 1, -1, -1, -1, -1,  0 },
	/* >= */ { -1, 1, -1, -1,  0, -1 },
	/* == */ { 1,  1,  1,  0,  0,  0 },
	/* != */ { -1, -1, 0,  1, -1, -1 },
	/* <  */ { 1,  0,  0,  1,  1,  0 },
	/* >  */ { 0,  1,  0,  1,  0,  1 },
};

/* 1 true, 0 false, -1 unrelated: what fact `f` (valued `value`) says of `c`. */
static int implied(const struct relation *f, bool value, const struct relation *c)
{
	int op = f->op;

	if (!strcmp(f->left, c->right) && !strcmp(f->right, c->left))
		op = swapped[op];
	else if (strcmp(f->left, c->left) || strcmp(f->right, c->right))
		return -1;
	if (!value)
		op = negated[op];
	return implies[op][c->op];
}

/* The text without spaces, parsed. */
static bool parse_text(const char *text, struct relation *r)
{
	char buffer[256];
	size_t n = 0;

	for (; *text && n + 1 < sizeof(buffer); text++)
		if (*text != ' ' && *text != '\t' && *text != '\n')
			buffer[n++] = *text;
	if (*text)
		return false;
	buffer[n] = '\0';
	return parse(buffer, r);
}

/*
 * Whether parse() could find an operator in the text: a `<`, an `=` or a
 * `>` not ending `->`.  Most tests have none, and this is asked of every
 * later test against every fact at each block: it skips the parse.  The
 * fact first: one fact is asked about many tests.
 */
static bool may_compare(const char *text)
{
	for (const char *p = strpbrk(text, "<=>"); p; p = strpbrk(p + 1, "<=>"))
		if (*p != '>' || p == text || p[-1] != '-')
			return true;
	return false;
}

/* A later test of `cond_text` reads the comparison fact `fact_text`. */
bool relation_tests_fact(const char *cond_text, const char *fact_text)
{
	struct relation c, f;

	return may_compare(fact_text) && may_compare(cond_text) &&
	       parse_text(cond_text, &c) && parse_text(fact_text, &f) &&
	       (implied(&f, true, &c) >= 0 || implied(&f, false, &c) >= 0);
}

/* Sides (1 true, 2 false, 3 both) the path's comparison facts allow. */
int relation_fact_sides(struct hm_walk *w, const struct path_state *s,
			const struct ir_expr *cond)
{
	struct relation c, f;
	int i, side;

	(void)w;
	if (cond->kind != IR_EXPR_OTHER || !parse_text(cond->text, &c))
		return 3;
	for (i = 0; i < s->nfacts; i++) {
		if (s->facts[i].predicate || !parse_text(s->facts[i].text, &f))
			continue;
		side = implied(&f, s->facts[i].value, &c);
		if (side >= 0)
			return side ? 1 : 2;
	}
	return 3;
}
