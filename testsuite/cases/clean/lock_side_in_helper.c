// SPDX-License-Identifier: GPL-2.0
/*
 * A helper takes a spinlock when the channel's queue is up (tested through
 * a getter of that member) and the channel's mutex otherwise; its caller
 * tests the member again, under whichever lock it holds, and sleeps only
 * on the mutex side.  Nothing sleeps with the spinlock held.
 */
#include <linux/delay.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <hmcase.h>

struct channel {
	int queue_up;
	int sent;
	spinlock_t queue_lock;
	struct mutex box_lock;
};

static int queue_is_up(struct channel *ch)
{
	return ch->queue_up;
}

static int channel_lock(struct channel *ch)
{
	if (queue_is_up(ch)) {
		spin_lock_bh(&ch->queue_lock);
		return 0;
	}
	return mutex_lock_interruptible(&ch->box_lock);
}

static void channel_unlock(struct channel *ch)
{
	if (queue_is_up(ch))
		spin_unlock_bh(&ch->queue_lock);
	else
		mutex_unlock(&ch->box_lock);
}

static int box_wait(struct channel *ch)
{
	msleep(1);
	return ch->sent;
}

static int channel_send(struct channel *ch)
{
	int status;

	status = channel_lock(ch);
	if (status)
		return status;
	ch->sent++;
	if (queue_is_up(ch))
		status = 0;
	else
		status = box_wait(ch) ? 0 : -1;
	channel_unlock(ch);
	return status;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct channel ch = { .queue_up = in[0] };

	spin_lock_init(&ch.queue_lock);
	mutex_init(&ch.box_lock);
	(void)channel_send(&ch);
}
