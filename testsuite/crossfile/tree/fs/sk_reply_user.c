// SPDX-License-Identifier: GPL-2.0
/* fs/sk_reply.c's wrapper called under a lock of this file. */
#include "k.h"
#include "sk_send.h"

void *sk_reply_flags(struct sk *sk, int flags);	/* fs/sk_reply.c */

static spinlock_t user_lock;

void sk_user(struct sk *sk)
{
	spin_lock(&user_lock);
	sk_reply_flags(sk, MSG_DONTWAIT);
	sk_reply_flags(sk, 0);
	spin_unlock(&user_lock);
}
