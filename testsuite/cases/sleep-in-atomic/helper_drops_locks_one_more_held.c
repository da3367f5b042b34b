// SPDX-License-Identifier: GPL-2.0
/*
 * A reset helper called with three of its caller's locks held drops all
 * three and waits for readers; this caller holds a fourth lock around
 * them, so the wait comes in atomic context.  The engine sees the
 * synchronize_rcu() itself, hmcheck the call made holding four locks.
 */
#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <hmcase.h>

struct queue_pair {
	spinlock_t r_lock, s_hlock, s_lock;
	int state;
};

static DEFINE_SPINLOCK(table_lock);
static struct queue_pair qp_one = {
	.r_lock = __SPIN_LOCK_UNLOCKED(qp_one.r_lock),
	.s_hlock = __SPIN_LOCK_UNLOCKED(qp_one.s_hlock),
	.s_lock = __SPIN_LOCK_UNLOCKED(qp_one.s_lock),
};

static void wait_readers(struct queue_pair *qp)
{
	qp->state = 2;
	synchronize_rcu();	/* expect-runtime: sleep-in-atomic -- the engine sees the wait itself, hmcheck the call under the fourth lock */
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

static void reset_qp_in_table(struct queue_pair *qp)
{
	spin_lock(&table_lock);
	spin_lock_irq(&qp->r_lock);
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	reset_locked(qp);	/* expect-static: sleep-in-atomic -- the engine places it at synchronize_rcu in wait_readers */
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	spin_unlock_irq(&qp->r_lock);
	spin_unlock(&table_lock);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	qp_one.state = in[0];
	reset_qp_in_table(&qp_one);
}
