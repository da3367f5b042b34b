// SPDX-License-Identifier: GPL-2.0
/* The sleeping refresh fs/vstate.c calls on some states only. */
#include "k.h"
#include "vstate.h"

void vstate_refresh(struct vstate *v)
{
	mutex_lock(v->lock);
	v->state = 0;
	mutex_unlock(v->lock);
}
