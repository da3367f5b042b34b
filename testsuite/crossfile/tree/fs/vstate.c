// SPDX-License-Identifier: GPL-2.0
/*
 * Setting a guest's state calls lib/vstate.c's sleeping refresh except
 * for one state (virt/kvm/kvm_main.c kvm_sched_out() ->
 * kvm_xen_update_runstate_guest(v, RUNSTATE_runnable) -> a refresh that
 * takes a mutex, with --db): the call outs keep the equality test of the
 * parameter their paths passed, through a static helper too.
 */
#include "k.h"
#include "vstate.h"

/* Runnable (1) is set from the scheduler: it cannot refresh. */
void vstate_update(struct vstate *v, int state)
{
	v->state = state;
	if (state == 1)
		return;
	vstate_refresh(v);
}

static void set_state(struct vstate *v, int state)
{
	vstate_update(v, state);
}

/* The caller's state, passed on through set_state(). */
void vstate_set(struct vstate *v, int state)
{
	set_state(v, state);
}

/* Runnable: set_state()'s call out is never made from here. */
void vstate_park(struct vstate *v)
{
	set_state(v, 1);
}

/* Only mode 2 refreshes. */
void vstate_kick(struct vstate *v, int mode)
{
	if (mode == 2)
		vstate_refresh(v);
}
