// SPDX-License-Identifier: GPL-2.0
/* Under a spinlock: fs/vstate.c's setters, with the states they pass. */
#include "k.h"
#include "vstate.h"

void put_runnable(struct vstate *v)
{
	spin_lock(&v->sched);
	vstate_update(v, 1);
	spin_unlock(&v->sched);
}

void put_running(struct vstate *v)
{
	spin_lock(&v->sched);
	vstate_update(v, 0);
	spin_unlock(&v->sched);
}

void set_runnable(struct vstate *v)
{
	spin_lock(&v->sched);
	vstate_set(v, 1);
	spin_unlock(&v->sched);
}

void set_running(struct vstate *v)
{
	spin_lock(&v->sched);
	vstate_set(v, 0);
	spin_unlock(&v->sched);
}

void park(struct vstate *v)
{
	spin_lock(&v->sched);
	vstate_park(v);
	spin_unlock(&v->sched);
}

void kick_other(struct vstate *v)
{
	spin_lock(&v->sched);
	vstate_kick(v, 3);
	spin_unlock(&v->sched);
}

void kick(struct vstate *v)
{
	spin_lock(&v->sched);
	vstate_kick(v, 2);
	spin_unlock(&v->sched);
}
