#include "kapi.h"

/*
 * A helper takes a spinlock when its object says so (a getter of one
 * member, tested first) and a mutex otherwise; its caller, holding what
 * the helper took, tests the same member again and sleeps only on the
 * mutex side (be_cmd_lock()/be_cmd_notify_wait() in the emulex driver).
 * The helper's returns disagree on the spinlock, its zero result did not
 * tell the sides apart, and the caller's sleep on the mutex side was
 * reported as if the spinlock were held.  Now the helper's summary keeps
 * its context changes per side of its entry test of the member, and in
 * the caller, while the lock is held, the same member (tested as is, or
 * through the getter) takes the side that took it, unless the caller may
 * have written the member since the call.
 */
int mutex_lock_interruptible(struct mutex *lock);
void spin_lock_bh(spinlock_t *lock);
void spin_unlock_bh(spinlock_t *lock);

struct engine {
	int queue_ready;
	int generation;
	spinlock_t queue_lock;
	struct mutex box_lock;
};

int ring_bell(struct engine *e);

static inline int use_queue(struct engine *e)
{
	return e->queue_ready;
}

static int engine_lock(struct engine *e)
{
	if (use_queue(e)) {
		spin_lock_bh(&e->queue_lock);
		return 0;
	}
	return mutex_lock_interruptible(&e->box_lock);
}

static void engine_unlock(struct engine *e)
{
	if (use_queue(e))
		spin_unlock_bh(&e->queue_lock);
	else
		mutex_unlock(&e->box_lock);
}

static int box_wait(struct engine *e)
{
	msleep(1);
	return ring_bell(e);
}

/* A call in between that writes another member of the object. */
static void bump(struct engine *e)
{
	e->generation++;
}

/* A call in between that writes the tested member. */
static void retire_queue(struct engine *e)
{
	e->queue_ready = 0;
}

int engine_wait(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	bump(e);
	if (use_queue(e))
		status = ring_bell(e);
	else
		status = box_wait(e);
	engine_unlock(e);
	return status;
}

/* The member tested as is, not through the getter. */
int engine_wait_plain(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	if (!e->queue_ready)
		status = box_wait(e);
	else
		status = ring_bell(e);
	engine_unlock(e);
	return status;
}

/* Still wrong: it sleeps on the side that took the spinlock. */
int engine_wait_wrong_side(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	if (use_queue(e))
		status = box_wait(e);	/* expect: sleep-in-atomic */
	else
		status = ring_bell(e);
	engine_unlock(e);
	return status;
}

/* Still wrong: the caller changes the member under the spinlock. */
int engine_wait_store(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	e->queue_ready = 0;
	if (use_queue(e))
		status = ring_bell(e);
	else
		status = box_wait(e);	/* expect: sleep-in-atomic */
	engine_unlock(e);
	return status;
}

/* Still wrong: a call of this file changes it under the spinlock. */
int engine_wait_retire(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	retire_queue(e);
	if (use_queue(e))
		status = ring_bell(e);
	else
		status = box_wait(e);	/* expect: sleep-in-atomic */
	engine_unlock(e);
	return status;
}
