// SPDX-License-Identifier: GPL-2.0
/*
 * Waits for room only when the timeout a static inline helper made of
 * `noblock` is nonzero, which it is only when `noblock` is 0 (6.1's
 * sock_alloc_send_pskb() and sock_sndtimeo()).
 */
#include "k.h"
#include "sk_send.h"

static inline long sk_sndtimeo(const struct sk *sk, int noblock)
{
	return noblock ? 0 : sk->sndtimeo;
}

void *sk_alloc_send(struct sk *sk, int noblock)
{
	long timeo = sk_sndtimeo(sk, noblock);

	for (;;) {
		if (sk->wmem < sk->sndbuf)
			return sk;
		if (!timeo)
			return 0;
		msleep(timeo);
		timeo = 0;
	}
}
