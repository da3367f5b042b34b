#include "kapi.h"

/*
 * A wait made only when a static inline helper's result is nonzero, the
 * helper returning 0 for one truth of a parameter (6.1's
 * sock_alloc_send_pskb(): `timeo = sock_sndtimeo(sk, noblock)`, then `if
 * (!timeo) goto failure;` before sock_wait_for_wmem()).  The helper's
 * summary says its result is nonzero only when `noblock` is 0; the
 * caller's test of the result then tells that truth of what it passed,
 * so its wait is guarded by `noblock` as if it had tested it: callers
 * passing a nonzero `noblock` under a spinlock are quiet, those passing
 * 0 (or a value not known) sleep.  The same through `!=`/`==` tests of
 * the result, and a result tested after the variable passed was written
 * (the link is gone), or a helper whose nonzero returns do not all
 * share one truth, keeps the sleep unguarded.
 */
struct sock {
	long sndtimeo;
	int wmem;
	int sndbuf;
};

static spinlock_t sk_lock;
int signal_pending_now(void);

static inline long sndtimeo(const struct sock *sk, int noblock)
{
	return noblock ? 0 : sk->sndtimeo;
}

static long wait_for_wmem(struct sock *sk, long timeo)
{
	msleep(timeo);
	return timeo - 1;
}

static void *alloc_send(struct sock *sk, int noblock)
{
	long timeo = sndtimeo(sk, noblock);

	for (;;) {
		if (sk->wmem < sk->sndbuf)
			return sk;
		if (!timeo)
			return 0;
		if (signal_pending_now())
			return 0;
		timeo = wait_for_wmem(sk, timeo);
	}
}

static void *alloc_send_ne(struct sock *sk, int noblock)
{
	long timeo = sndtimeo(sk, noblock);

	if (timeo != 0)
		msleep(timeo);
	return sk;
}

static void *alloc_send_eq(struct sock *sk, int noblock)
{
	long timeo = sndtimeo(sk, noblock);

	if (timeo == 0)
		return 0;
	msleep(timeo);
	return sk;
}

/* The variable passed is written before the test: nothing follows. */
static void *alloc_send_rewritten(struct sock *sk, int noblock)
{
	long timeo = sndtimeo(sk, noblock);

	noblock = sk->wmem;
	if (!timeo || noblock)
		return 0;
	msleep(timeo);
	return sk;
}

/* Nonzero for either truth of `noblock`: no link. */
static inline long either_timeo(const struct sock *sk, int noblock)
{
	if (noblock)
		return sk->sndbuf;
	return sk->sndtimeo;
}

static void *alloc_send_either(struct sock *sk, int noblock)
{
	long timeo = either_timeo(sk, noblock);

	if (!timeo)
		return 0;
	msleep(timeo);
	return sk;
}

void send_quiet(struct sock *sk)
{
	spin_lock(&sk_lock);
	alloc_send(sk, 1);
	alloc_send_ne(sk, 1);
	alloc_send_eq(sk, 64);
	spin_unlock(&sk_lock);
}

void send_loud(struct sock *sk, int flags)
{
	spin_lock(&sk_lock);
	alloc_send(sk, 0);	/* expect: sleep-in-atomic */
	alloc_send_ne(sk, flags);	/* expect: sleep-in-atomic */
	alloc_send_eq(sk, 0);	/* expect: sleep-in-atomic */
	alloc_send_rewritten(sk, 1);	/* expect: sleep-in-atomic */
	alloc_send_either(sk, 1);	/* expect: sleep-in-atomic */
	spin_unlock(&sk_lock);
}

/* The helper called in place, the caller's own test decided by it. */
void send_inline_quiet(struct sock *sk)
{
	long timeo;

	spin_lock(&sk_lock);
	timeo = sndtimeo(sk, 1);
	if (timeo)
		msleep(timeo);
	spin_unlock(&sk_lock);
}

void send_inline_loud(struct sock *sk, int noblock)
{
	long timeo;

	spin_lock(&sk_lock);
	timeo = sndtimeo(sk, noblock);
	if (timeo)
		msleep(timeo);	/* expect: sleep-in-atomic */
	spin_unlock(&sk_lock);
}
