#include "kapi.h"

/*
 * A helper called with several of its caller's locks held that drops them
 * all, sleeps and takes them again (a queue pair's reset: two spin_unlock()
 * and a spin_unlock_irq(), then a wait for readers).  Its summary says how
 * far below its entry it sleeps: two spin levels and every irq level
 * (spin_unlock_irq() switches interrupts on, whatever their count).  A
 * caller holding exactly those does not sleep in atomic context there.
 * Twins that still report: a caller holding one more lock, or
 * rcu_read_lock(), or preempt_disable(); a helper dropping one of the two
 * locks only; a helper sleeping before it drops them.  A wrapper holding
 * nothing passes the sleep on as one below its own entry, and one holding
 * one of the locks itself as one level fewer: their callers are judged
 * by what they hold.
 */
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);
void synchronize_rcu(void);
void rcu_read_lock(void);
void rcu_read_unlock(void);

struct qp {
	spinlock_t r_lock, s_hlock, s_lock, extra;
	int state;
};

static void wait_readers(struct qp *qp)
{
	qp->state = 2;
	synchronize_rcu();
}

/* Called with r_lock (irq), s_hlock and s_lock held. */
static void reset_inner(struct qp *qp)
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

void reset_qp(struct qp *qp)
{
	spin_lock_irq(&qp->r_lock);
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	reset_inner(qp);
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	spin_unlock_irq(&qp->r_lock);
}

/* Two plain locks dropped, as many held. */
static void drop_two(struct qp *qp)
{
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	msleep(1);
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
}

void hold_two(struct qp *qp)
{
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	drop_two(qp);
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
}

void hold_one_more(struct qp *qp)
{
	spin_lock(&qp->extra);
	spin_lock_irq(&qp->r_lock);
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	reset_inner(qp);	/* expect: sleep-in-atomic */
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	spin_unlock_irq(&qp->r_lock);
	spin_unlock(&qp->extra);
}

void hold_rcu_too(struct qp *qp)
{
	rcu_read_lock();
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	drop_two(qp);	/* expect: sleep-in-atomic */
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	rcu_read_unlock();
}

void hold_preempt_too(struct qp *qp)
{
	preempt_disable();
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	drop_two(qp);	/* expect: sleep-in-atomic */
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	preempt_enable();
}

/* Drops one of the two locks its caller holds. */
static void drop_one_of_two(struct qp *qp)
{
	spin_unlock(&qp->s_lock);
	msleep(1);
	spin_lock(&qp->s_lock);
}

void hold_two_drop_one(struct qp *qp)
{
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	drop_one_of_two(qp);	/* expect: sleep-in-atomic */
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
}

/* Sleeps before it drops anything. */
static void sleep_then_drop(struct qp *qp)
{
	msleep(1);
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
}

void hold_two_sleep_first(struct qp *qp)
{
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	sleep_then_drop(qp);	/* expect: sleep-in-atomic */
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
}

/* Holds nothing itself: the sleep stays two levels below its entry. */
static void pass_two(struct qp *qp)
{
	drop_two(qp);
}

void hold_two_through_wrapper(struct qp *qp)
{
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	pass_two(qp);
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
}

/* Holds one of the two itself: the sleep is one level below its entry. */
static void take_inner(struct qp *qp)
{
	spin_lock(&qp->s_lock);
	drop_two(qp);
	spin_unlock(&qp->s_lock);
}

void hold_outer(struct qp *qp)
{
	spin_lock(&qp->s_hlock);
	take_inner(qp);
	spin_unlock(&qp->s_hlock);
}

void hold_outer_and_extra(struct qp *qp)
{
	spin_lock(&qp->extra);
	spin_lock(&qp->s_hlock);
	take_inner(qp);	/* expect: sleep-in-atomic */
	spin_unlock(&qp->s_hlock);
	spin_unlock(&qp->extra);
}

/* One lock dropped by a wrapper holding nothing: a caller with two still sleeps. */
static void pass_one(struct qp *qp)
{
	drop_one_of_two(qp);
}

void hold_two_through_pass_one(struct qp *qp)
{
	spin_lock(&qp->s_hlock);
	spin_lock(&qp->s_lock);
	pass_one(qp);	/* expect: sleep-in-atomic */
	spin_unlock(&qp->s_lock);
	spin_unlock(&qp->s_hlock);
}
