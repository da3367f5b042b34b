// SPDX-License-Identifier: GPL-2.0
/*
 * lib/engine.c's engine_lock() takes the spinlock only in queue mode;
 * its callers here test the mode again and sleep only in the other.
 */
#include "k.h"
#include "engine.h"

int ring_bell(struct engine *e);

static int box_wait(struct engine *e)
{
	msleep(1);
	return ring_bell(e);
}

int engine_wait(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	if (use_queue(e))
		status = ring_bell(e);
	else
		status = box_wait(e);
	engine_unlock(e);
	return status;
}

/* Sleeps on the side that took the spinlock. */
int engine_wait_wrong_side(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	if (use_queue(e))
		status = box_wait(e);
	else
		status = ring_bell(e);
	engine_unlock(e);
	return status;
}

/* Sleeps after the unlock helper left the spinlock. */
int engine_wait_after(struct engine *e)
{
	int status;

	status = engine_lock(e);
	if (status)
		return status;
	engine_unlock(e);
	msleep(1);
	return 0;
}

/* Changes the member under the spinlock before testing it. */
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
		status = box_wait(e);
	engine_unlock(e);
	return status;
}
