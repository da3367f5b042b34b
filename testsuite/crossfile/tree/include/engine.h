/* SPDX-License-Identifier: GPL-2.0 */
/* lib/engine.c: a lock taken by the engine's mode. */
void spin_lock_bh(spinlock_t *lock);
void spin_unlock_bh(spinlock_t *lock);
int mutex_lock_interruptible(struct mutex *lock);

struct engine {
	int queue_ready;
	spinlock_t queue_lock;
	struct mutex *box_lock;
};

static inline int use_queue(struct engine *e)
{
	return e->queue_ready;
}

int engine_lock(struct engine *e);
void engine_unlock(struct engine *e);
