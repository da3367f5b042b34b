// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_join.c - the tests the sleeps of a function need, joined
 * over its sleeps: any one of a few groups of tests, each group all
 * holding for one sleep.  A sleep under two flag tests
 * (`if (only_active) { if (locked) mutex_lock(); }`, `if (a && b)`)
 * needs both: a caller failing either does not sleep there, where keeping
 * one of them only would have it sleep for the other.  A group is the
 * tests of one nonzero sleep_test.group; group 0 is a test alone.
 *
 * Room is HM_SLEEP_TESTS tests: past it, groups are cut to their first
 * test (what the path's guard would be without groups), then bit tests of
 * one parameter are weakened to what both need.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/sleep_guard.h"

bool sleep_test_is_bits(const struct sleep_test *test)
{
	return test->ones || test->zeros;
}

bool sleep_test_implies(const struct sleep_test *a, const struct sleep_test *b)
{
	if (a->param != b->param || a->suffix != b->suffix)
		return false;
	if (a->equals || b->equals)
		return sleep_test_equals_implies(a, b);
	if (sleep_test_is_bits(a) != sleep_test_is_bits(b))
		return false;
	if (!sleep_test_is_bits(a))
		return a->value == b->value;
	if (a->differ && b->differ)	/* b's bits as they say imply a's */
		return !(a->ones & ~b->ones) && !(a->zeros & ~b->zeros);
	if (a->differ)
		return false;
	if (b->differ)			/* a's bits are not b's */
		return (a->ones & b->zeros) || (a->zeros & b->ones);
	return !(b->ones & ~a->ones) && !(b->zeros & ~a->zeros);
}

bool sleep_group_first(const struct sleep_test *any, int i)
{
	int j;

	if (!any[i].group)
		return true;
	for (j = 0; j < i; j++)
		if (any[j].group == any[i].group)
			return false;
	return true;
}

int sleep_group_of(const struct sleep_test *any, int n, int i,
		   struct sleep_test *group)
{
	int j, count = 0;

	if (!any[i].group) {
		group[0] = any[i];
		return 1;
	}
	for (j = i; j < n; j++)
		if (any[j].group == any[i].group)
			group[count++] = any[j];
	return count;
}

/* Whatever passes all of `a` passes all of `b`. */
static bool group_implies(const struct sleep_test *a, int na,
			  const struct sleep_test *b, int nb)
{
	int i, j;

	for (j = 0; j < nb; j++) {
		for (i = 0; i < na; i++)
			if (sleep_test_implies(&a[i], &b[j]))
				break;
		if (i == na)
			return false;
	}
	return true;
}

/* Remove the group entry i is the first of, keeping the order. */
static void remove_group(struct sleep_tests *tests, int i)
{
	unsigned char group = tests->any[i].group;
	int j, kept = i + 1;

	if (group)
		for (j = kept = i; j < tests->n; j++)
			if (tests->any[j].group != group)
				tests->any[kept++] = tests->any[j];
	if (!group)
		memmove(&tests->any[i], &tests->any[i + 1],
			(tests->n - i - 1) * sizeof(tests->any[0]));
	tests->n = group ? kept : tests->n - 1;
}

/* Drop the groups `group` implies, and say if one implies it. */
static bool covered(struct sleep_tests *tests, const struct sleep_test *group,
		    int n)
{
	struct sleep_test old[HM_SLEEP_TESTS];
	int i = 0, nold;

	while (i < tests->n) {
		if (!sleep_group_first(tests->any, i)) {
			i++;
			continue;
		}
		nold = sleep_group_of(tests->any, tests->n, i, old);
		if (group_implies(group, n, old, nold))
			return true;
		if (group_implies(old, nold, group, n))
			remove_group(tests, i);
		else
			i++;
	}
	return false;
}

static unsigned char unused_group(const struct sleep_tests *tests)
{
	unsigned char group;
	int i;

	for (group = 1;; group++) {
		for (i = 0; i < tests->n; i++)
			if (tests->any[i].group == group)
				break;
		if (i == tests->n)
			return group;
	}
}

/* Cut every group to its first test, as if the sleeps had kept one. */
static void cut_groups(struct sleep_tests *tests)
{
	struct sleep_tests old = *tests;
	struct sleep_test first;
	int i;

	tests->n = 0;
	for (i = 0; i < old.n; i++) {
		if (!sleep_group_first(old.any, i))
			continue;
		first = old.any[i];
		first.group = 0;
		if (!covered(tests, &first, 1))
			tests->any[tests->n++] = first;
	}
}

static int popcount(unsigned long long bits)
{
	return __builtin_popcountll(bits);
}

/*
 * No room for another test: weaken the bit test of the same parameter
 * that keeps the most bits to what both need.  False if none is left.
 */
static bool weaken(struct sleep_tests *tests, const struct sleep_test *test)
{
	struct sleep_test *best = NULL;
	int i, kept, most = 0;

	if (!sleep_test_is_bits(test))
		return false;
	for (i = 0; i < tests->n; i++) {
		struct sleep_test *old = &tests->any[i];

		if (old->group || old->param != test->param ||
		    old->suffix != test->suffix || !sleep_test_is_bits(old))
			continue;
		kept = popcount(old->ones & test->ones) +
		       popcount(old->zeros & test->zeros);
		if (kept > most) {
			most = kept;
			best = old;
		}
	}
	if (!best)
		return false;
	best->ones &= test->ones;
	best->zeros &= test->zeros;
	return true;
}

static void append(struct sleep_tests *tests, const struct sleep_test *group,
		   int n)
{
	unsigned char id = n > 1 ? unused_group(tests) : 0;
	int i;

	for (i = 0; i < n; i++) {
		tests->any[tests->n] = group[i];
		tests->any[tests->n++].group = id;
	}
}

static bool join_group(struct sleep_tests *tests,
		       const struct sleep_test *in, int n);

/* `a` and `b` are one test of one parameter, taken each its own way. */
static bool complementary(const struct sleep_test *a,
			  const struct sleep_test *b)
{
	if (a->param != b->param || a->suffix != b->suffix ||
	    a->equals != b->equals)
		return false;
	if (a->equals)
		return a->constant == b->constant && a->value != b->value;
	if (sleep_test_is_bits(a) != sleep_test_is_bits(b))
		return false;
	if (!sleep_test_is_bits(a))
		return a->value != b->value;
	return a->ones == b->zeros && a->zeros == b->ones &&
	       popcount(a->ones | a->zeros) == 1;
}

/* Whether `group` has a test `test` implies and is implied by. */
static bool has_test(const struct sleep_test *group, int n,
		     const struct sleep_test *test)
{
	int i;

	for (i = 0; i < n; i++)
		if (sleep_test_implies(&group[i], test) &&
		    sleep_test_implies(test, &group[i]))
			return true;
	return false;
}

/*
 * The test of `big` complementing one of `small`, all other tests of
 * `small` being in `big`; -1 if none.  Then (L && X) || (!L && Y), X a
 * subset of Y, is (L && X) || Y: `big` needs no test of L.
 */
static int resolvent(const struct sleep_test *small, int nsmall,
		     const struct sleep_test *big, int nbig)
{
	int i, j, found = -1;

	for (i = 0; i < nsmall; i++) {
		if (has_test(big, nbig, &small[i]))
			continue;
		if (found >= 0)
			return -1;
		for (j = 0; j < nbig; j++)
			if (complementary(&small[i], &big[j]))
				break;
		if (j == nbig)
			return -1;
		found = j;
	}
	return found;
}

static void drop_test(struct sleep_test *group, int *n, int i)
{
	memmove(&group[i], &group[i + 1], (*n - i - 1) * sizeof(group[0]));
	(*n)--;
}

/*
 * Every path of a helper may test one flag both ways before a sleep it
 * reaches from both sides (`if (bits & LOCKED) ASSERT(a); else ...`):
 * the groups then differ by that test alone, and keeping it would cut
 * them to it past the room, losing the test they all need (the gfp).
 * Resolve `group` with those it meets until it meets none; the old
 * groups it resolves are taken out to be joined again.  False if no
 * test is left: the sleep needs none.
 */
static bool resolve(struct sleep_tests *tests, struct sleep_test *group,
		    int *n)
{
	struct sleep_test old[HM_SLEEP_TESTS];
	int i = 0, j, nold;

	while (i < tests->n) {
		if (!sleep_group_first(tests->any, i)) {
			i++;
			continue;
		}
		nold = sleep_group_of(tests->any, tests->n, i, old);
		j = resolvent(old, nold, group, *n);
		if (j >= 0) {
			drop_test(group, n, j);
			if (!*n)
				return false;
			i = 0;
			continue;
		}
		j = resolvent(group, *n, old, nold);
		if (j >= 0 && nold > 1) {
			remove_group(tests, i);
			drop_test(old, &nold, j);
			if (!join_group(tests, old, nold))
				return false;
			i = 0;
			continue;
		}
		i++;
	}
	return true;
}

/*
 * No room: the tests of `group` every kept group needs too (a sleep on
 * every path under `if (gfpflags_allow_blocking(gfp))`, the paths apart
 * by other tests) are needed by every sleep; they alone, as one group,
 * say more than the groups cut to their first tests.  False if none.
 */
static bool keep_common(struct sleep_tests *tests,
			const struct sleep_test *group, int n)
{
	struct sleep_test old[HM_SLEEP_TESTS], common[HM_SLEEP_TESTS];
	int i, j, k, nold, ncommon = 0;

	for (k = 0; k < n; k++) {
		for (i = 0; i < tests->n; i++) {
			if (!sleep_group_first(tests->any, i))
				continue;
			nold = sleep_group_of(tests->any, tests->n, i, old);
			for (j = 0; j < nold; j++)
				if (sleep_test_implies(&old[j], &group[k]))
					break;
			if (j == nold)
				break;
		}
		if (i == tests->n)
			common[ncommon++] = group[k];
	}
	if (!ncommon)
		return false;
	tests->n = 0;
	append(tests, common, ncommon);
	return true;
}

/* Add a group of tests a sleep needs all of.  False if it cannot be kept. */
static bool join_group(struct sleep_tests *tests,
		       const struct sleep_test *in, int n)
{
	struct sleep_test group[HM_SLEEP_TESTS], first;

	memcpy(group, in, n * sizeof(group[0]));
	if (covered(tests, group, n))
		return true;
	if (!resolve(tests, group, &n))
		return false;
	if (covered(tests, group, n))
		return true;
	if (tests->n + n <= HM_SLEEP_TESTS) {
		append(tests, group, n);
		return true;
	}
	if (keep_common(tests, group, n))
		return true;
	cut_groups(tests);
	first = group[0];
	first.group = 0;
	if (covered(tests, &first, 1))
		return true;
	if (tests->n < HM_SLEEP_TESTS) {
		append(tests, &first, 1);
		return true;
	}
	return weaken(tests, &first);
}

bool sleep_tests_join(struct sleep_tests *tests,
		      const struct sleep_guard *guard)
{
	struct sleep_test group[HM_SLEEP_TESTS];
	int i, n;

	tests->guarded = true;
	for (i = 0; i < guard->n; i++)
		if (guard->any[i].param < 0)
			return false;
	for (i = 0; i < guard->n; i++) {
		if (!sleep_group_first(guard->any, i))
			continue;
		n = sleep_group_of(guard->any, guard->n, i, group);
		if (!join_group(tests, group, n))
			return false;
	}
	return guard->n > 0;
}
