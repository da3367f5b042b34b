/* SPDX-License-Identifier: GPL-2.0 */
/* A guest's run state: lib/vstate.c refreshes it, fs/vstate.c sets it. */
struct vstate { struct mutex *lock; int state; spinlock_t sched; };

void vstate_refresh(struct vstate *v);			/* lib/vstate.c */
void vstate_update(struct vstate *v, int state);	/* fs/vstate.c */
void vstate_set(struct vstate *v, int state);		/* fs/vstate.c */
void vstate_park(struct vstate *v);			/* fs/vstate.c */
void vstate_kick(struct vstate *v, int mode);		/* fs/vstate.c */
