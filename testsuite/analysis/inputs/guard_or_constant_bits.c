#include "kapi.h"

/*
 * A send helper that waits only when the caller did not ask for a
 * non-blocking send (a bit of its flags), and callers that build the
 * flags as `len << 8 | SEND_NB`, as i915's MAKE_SEND_FLAGS() does: the
 * value is no constant, but `e | C` surely has the bits of C, so the
 * helper's test of SEND_NB clear fails and nothing sleeps under the
 * lock.  Without the bit, or with another one, it may sleep.  A helper
 * that sleeps only for zero flags is ruled out by any such bit.
 */
#define SEND_NB		(1UL << 31)
#define SEND_G2H	(1UL << 30)

static spinlock_t ct_lock;

static int __attribute__((noinline)) ct_send(const unsigned int *action,
					     unsigned int flags)
{
	if (flags & SEND_NB)
		return action[0];
	msleep(1);
	return 0;
}

static int __attribute__((noinline)) ct_idle(unsigned int flags)
{
	if (flags)
		return 0;
	msleep(1);
	return 1;
}

int send_nb(const unsigned int *action, unsigned int len)
{
	int ret;

	spin_lock(&ct_lock);
	ret = ct_send(action, len << 8 | SEND_NB);
	ret += ct_idle((len << 8) | SEND_G2H);
	spin_unlock(&ct_lock);
	return ret;
}

int send_blocking(const unsigned int *action, unsigned int len)
{
	int ret;

	spin_lock(&ct_lock);
	ret = ct_send(action, len << 8 | SEND_G2H);	/* expect: sleep-in-atomic */
	spin_unlock(&ct_lock);
	return ret;
}

int send_plain(const unsigned int *action, unsigned int len)
{
	int ret;

	spin_lock(&ct_lock);
	ret = ct_idle(len << 8);	/* expect: sleep-in-atomic */
	spin_unlock(&ct_lock);
	return ret;
}
