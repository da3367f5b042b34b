// SPDX-License-Identifier: GPL-2.0
/* fs/sk_reply.c's sk_append_data() called under a lock (icmp_push_reply()). */
#include "k.h"
#include "sk_send.h"

void *sk_append_data(struct sk *sk, int a, int b, int c, int d, int e,
		     int f, int g, int flags);	/* fs/sk_reply.c */

static spinlock_t push_lock;

void sk_push(struct sk *sk)
{
	spin_lock(&push_lock);
	sk_append_data(sk, 1, 2, 3, 4, 5, 6, 7, MSG_DONTWAIT);
	sk_append_data(sk, 1, 2, 3, 4, 5, 6, 7, MSG_MORE);
	spin_unlock(&push_lock);
}
