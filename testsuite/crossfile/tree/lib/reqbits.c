// SPDX-License-Identifier: GPL-2.0
/* Sleeps when either of two bits of the request's flags is set. */
#include "k.h"
#include "reqbits.h"

void rq_finish(struct rq *r)
{
	if (r->flags & (R_SYNC | R_FUA))
		msleep(r->len);
}
