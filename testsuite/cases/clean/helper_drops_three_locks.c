// SPDX-License-Identifier: GPL-2.0
/*
 * A reset helper called with three of its caller's locks held (one taken
 * with spin_lock_irq()) drops all three, waits for readers and takes them
 * again: it sleeps two spin levels and every irq level below its entry
 * (spin_unlock_irq() switches interrupts on).  Its caller holds exactly
 * those, so nothing sleeps in atomic context.
 */
#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <hmcase.h>

struct queue_pair {
	spinlock_t r_lock, s_hlock, s_lock;
	int state;
};

static struct queue_pair qp_one = {
	.r_lock = __SPIN_LOCK_UNLOCKED(qp_one.r_lock),
	.s_hlock = __SPIN_LOCK_UNLOCKED(qp_one.s_hlock),
	.s_lock = __SPIN_LOCK_UNLOCKED(qp_one.s_lock),
};

static void wait_readers(struct queue_pair *qp)
{
	qp->state = 2;
	synchronize_rcu();
}

/* Called with r_lock, s_hlock and s_lock held. */
static void reset_locked(struct queue_pair *qp)
{
	if (qp->state != 0) {
		qp->state = 0;
		spin_unlock(&qp->s_lock);
		spin_unlock(&qp->s_hlock);
		spin_unlock_irq(&qp->r_lock);
		wait_readers(qp);
		spin_lock_irq(&qp->r_lock);
		spin_lock(&qp->s_hlock);
		spin_lock(&qp->s_lock);
	}
}

static void reset_qp(struct queue_pair *qp)
{
	spin_lock_irq(&qp->r_lock);
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	reset_locked(qp);
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	spin_unlock_irq(&qp->r_lock);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	qp_one.state = in[0];
	reset_qp(&qp_one);
}
