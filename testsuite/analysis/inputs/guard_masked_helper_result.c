#include "kapi.h"

/*
 * Both together, as in 6.1's net/: ip_append_data() -> __ip_append_data()
 * passes `flags & MSG_DONTWAIT` as sock_alloc_send_pskb()'s `noblock`,
 * which waits only where `timeo = sock_sndtimeo(sk, noblock)` (an inline
 * `noblock ? 0 : sk->sk_sndtimeo`) is nonzero.  The wait needs `noblock`
 * 0, which for append_data()'s callers is `flags` without MSG_DONTWAIT:
 * icmp_push_reply() and ip_send_unicast_reply() pass it under a lock and
 * are quiet; a caller passing other flags only sleeps there.
 */
#define MSG_DONTWAIT	0x40
#define MSG_PROBE	0x10

struct sock {
	long sndtimeo;
	int wmem;
	int sndbuf;
};

static spinlock_t sk_lock;

static inline long sndtimeo(const struct sock *sk, int noblock)
{
	return noblock ? 0 : sk->sndtimeo;
}

static void *alloc_send_skb(struct sock *sk, int noblock)
{
	long timeo = sndtimeo(sk, noblock);

	for (;;) {
		if (sk->wmem < sk->sndbuf)
			return sk;
		if (!timeo)
			return 0;
		msleep(timeo);
		timeo = 0;
	}
}

static int append_data(struct sock *sk, int flags)
{
	if (flags & MSG_PROBE)
		return 0;
	return alloc_send_skb(sk, flags & MSG_DONTWAIT) ? 0 : -1;
}

static int push_reply(struct sock *sk)
{
	return append_data(sk, MSG_DONTWAIT);
}

void send_reply_locked(struct sock *sk)
{
	spin_lock(&sk_lock);
	push_reply(sk);
	append_data(sk, 0x1000 | MSG_DONTWAIT);
	append_data(sk, MSG_PROBE);
	spin_unlock(&sk_lock);
}

void send_blocking_locked(struct sock *sk, int flags)
{
	spin_lock(&sk_lock);
	append_data(sk, 0x1000);	/* expect: sleep-in-atomic */
	append_data(sk, flags);	/* expect: sleep-in-atomic */
	spin_unlock(&sk_lock);
}
