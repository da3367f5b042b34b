// SPDX-License-Identifier: GPL-2.0
/*
 * A reply built under a spinlock: sk_append() passes `flags &
 * MSG_DONTWAIT` on as the other file's `noblock` (6.1's
 * __ip_append_data()), so only a caller passing flags without
 * MSG_DONTWAIT can sleep there.
 */
#include "k.h"
#include "sk_send.h"

static spinlock_t reply_lock;

static void *sk_append(struct sk *sk, int flags)
{
	return sk_alloc_send(sk, flags & MSG_DONTWAIT);
}

void *sk_reply_quiet(struct sk *sk)
{
	void *r;

	spin_lock(&reply_lock);
	r = sk_append(sk, MSG_DONTWAIT | MSG_MORE);
	spin_unlock(&reply_lock);
	return r;
}

void *sk_reply_loud(struct sk *sk)
{
	void *r;

	spin_lock(&reply_lock);
	r = sk_append(sk, MSG_MORE);
	spin_unlock(&reply_lock);
	return r;
}

/* A wrapper passing its own flags on: its callers' constants decide. */
void *sk_reply_flags(struct sk *sk, int flags)
{
	return sk_append(sk, flags);
}

/*
 * Flags passed tenth, then ninth (6.1's __ip_append_data() and
 * ip_append_data()): argument places past the eighth are kept too.
 */
static void *sk_append_far(struct sk *sk, int a, int b, int c, int d, int e,
			   int f, int g, int h, int flags)
{
	if (a + b + c + d + e + f + g + h < 0)
		return 0;
	return sk_alloc_send(sk, (flags & MSG_DONTWAIT));
}

void *sk_append_data(struct sk *sk, int a, int b, int c, int d, int e,
		     int f, int g, int flags)
{
	return sk_append_far(sk, a, b, c, d, e, f, g, 0, flags);
}
