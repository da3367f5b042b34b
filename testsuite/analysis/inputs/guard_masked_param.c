#include "kapi.h"

/*
 * A flag passed on as a bit of the caller's own parameter: 6.1's
 * __ip_append_data() passes `flags & MSG_DONTWAIT` as the `noblock` of
 * sock_alloc_send_skb(), which waits only when `noblock` is 0.  The
 * caller keeps that test as one of its parameter's bits: it sleeps only
 * when `flags` has no MSG_DONTWAIT bit, so callers passing it (with other
 * bits or not) under a spinlock are quiet, and those passing flags
 * without it sleep.  `!(flags & M)` passes the opposite truth; a helper
 * sleeping only when its argument is nonzero, given a bit, sleeps only
 * when that bit is set.  A truth made of the bits (`(x & M) != 0`, 0 or
 * 1) decides a truth test of the callee only, not a test of its bits.
 * Not followed: "any of two bits" is no one bit test, so wait_any() is
 * taken to sleep whatever its caller passes.
 */
#define MSG_DONTWAIT	0x40
#define MSG_MORE	0x8000
#define MSG_WAITALL	0x100

struct sock {
	long sndtimeo;
	int wmem;
};

static spinlock_t sk_lock;

static void *alloc_send(struct sock *sk, int noblock)
{
	if (sk->wmem < 100)
		return sk;
	if (noblock)
		return 0;
	msleep(sk->sndtimeo);
	return sk;
}

static void *append_data(struct sock *sk, int flags)
{
	return alloc_send(sk, flags & MSG_DONTWAIT);
}

static void *append_blocking(struct sock *sk, int flags)
{
	return alloc_send(sk, !(flags & MSG_WAITALL));
}

static void wait_if(int wait)
{
	if (wait)
		msleep(1);
}

static void wait_all(int flags)
{
	wait_if(flags & MSG_WAITALL);
}

/* Either of two bits: no one bit test says it. */
static void wait_any(int flags)
{
	wait_if(flags & (MSG_WAITALL | MSG_MORE));
}

static void wait_one(unsigned int bits)
{
	if (bits & 0x1)
		msleep(1);
}

static void wait_bit(unsigned int bits)
{
	if (bits & 0x100)
		msleep(1);
}

static void wait_truth(int flags)
{
	wait_if((flags & MSG_WAITALL) != 0);
}

/* Given 0 or 1, whatever bit `flags` had: bit 0x1 is set for WAITALL. */
static void wait_truth_bit(int flags)
{
	wait_bit(((flags & MSG_WAITALL) != 0) << 8);
	wait_one((flags & MSG_WAITALL) != 0);
}

void reply_quiet(struct sock *sk)
{
	spin_lock(&sk_lock);
	append_data(sk, MSG_DONTWAIT);
	append_data(sk, MSG_DONTWAIT | MSG_MORE);
	append_blocking(sk, MSG_DONTWAIT);
	wait_all(MSG_DONTWAIT);
	wait_truth(MSG_DONTWAIT);
	spin_unlock(&sk_lock);
}

void reply_loud(struct sock *sk, int flags)
{
	spin_lock(&sk_lock);
	append_data(sk, MSG_MORE);	/* expect: sleep-in-atomic */
	append_data(sk, 0);	/* expect: sleep-in-atomic */
	append_data(sk, flags);	/* expect: sleep-in-atomic */
	append_blocking(sk, MSG_WAITALL);	/* expect: sleep-in-atomic */
	wait_all(MSG_WAITALL | MSG_MORE);	/* expect: sleep-in-atomic */
	wait_any(MSG_MORE);	/* expect: sleep-in-atomic */
	wait_truth(MSG_WAITALL);	/* expect: sleep-in-atomic */
	wait_truth_bit(MSG_WAITALL);	/* expect: sleep-in-atomic */
	spin_unlock(&sk_lock);
}
