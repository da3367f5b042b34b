// SPDX-License-Identifier: GPL-2.0
/* Callers of fs/req_far.c's submit_any(), which waits only if asked to. */
#include "k.h"
#include "req.h"

int submit_any(struct ctrl *c, int wait);	/* fs/req_far.c */

void user_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit_any(c, 0);
	spin_unlock(&c->lock);
}

void user_wait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit_any(c, 1);
	spin_unlock(&c->lock);
}
