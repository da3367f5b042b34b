// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_mask.c - a flag passed on as a bit of the caller's own
 * parameter.  __ip_append_data() passes `flags & MSG_DONTWAIT` as the
 * `noblock` of sock_alloc_send_pskb(), which waits only when `noblock`
 * is 0: for __ip_append_data()'s callers that is "only when flags has no
 * MSG_DONTWAIT bit", a bit test their constants decide.  A test of
 * `x & M` becomes a test of x's bits; a call out records the argument as
 * the parameter and the mask (`ARG:PARAM&MASK`), so a constant passed
 * further up reaches the callee masked.
 */
#include "analysis/walk.h"
#include "analysis/sleep_guard.h"

/* Is `mask` a single bit? */
static bool one_bit(unsigned long long mask)
{
	return mask && !(mask & (mask - 1));
}

bool sleep_test_through_mask(struct sleep_test *test, unsigned long long mask)
{
	if (!mask)
		return true;		/* the parameter itself */
	if (test->suffix || test->equals)
		return false;
	if (!sleep_test_is_bits(test)) {
		/* (x & M) == 0: no bit of M; != 0: some bit, one if M is one */
		if (test->value && !one_bit(mask))
			return false;
		test->ones = test->value ? mask : 0;
		test->zeros = test->value ? 0 : mask;
		return true;
	}
	/* A bit outside M is never set in x & M: no such test is kept. */
	if (test->ones & ~mask)
		return false;
	test->zeros &= mask;
	return test->ones || test->zeros;
}

unsigned long long sleep_guard_mask_both(unsigned long long outer,
					 unsigned long long inner)
{
	if (!outer)
		return inner;
	if (!inner)
		return outer;
	return outer & inner;
}
