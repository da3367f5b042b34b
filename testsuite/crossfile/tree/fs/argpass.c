// SPDX-License-Identifier: GPL-2.0
/*
 * Two paths call arg_wait() (lib/argwait.c) with parameter 0: itself, and
 * a member of it.  The merged call out keeps neither.
 */
#include "k.h"
#include "argwait.h"

void arg_pass(struct holder *h, int c)
{
	if (c)
		arg_wait((long)h);
	else
		arg_wait(h->v);
}
