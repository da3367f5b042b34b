#include "kapi.h"

/*
 * A sleep reached only on the false side of a context query (rules kind
 * context-query, rules/context.rules) happens only where the caller holds
 * none of its contexts: i915's GuC send loop sleeps only if `!in_atomic()
 * && !irqs_disabled()`, and spins otherwise, so its callers under a
 * spinlock were false sleep-in-atomic reports.  The answer may be kept in
 * a variable and tested later, and the helper's summary carries the
 * condition to its callers' callers.  What the query does not see still
 * counts: in_atomic() is blind to interrupts disabled alone.
 */
int preempt_count(void);
#define in_atomic() (preempt_count() != 0)
unsigned long arch_local_save_flags(void);
#define irqs_disabled() ({ unsigned long _f = arch_local_save_flags(); !(_f & 0x200); })
void cpu_relax(void);
int send_nb(void *dev);
void local_irq_disable(void);
void local_irq_enable(void);

static int send_busy_loop(void *dev)
{
	int not_atomic = !in_atomic() && !irqs_disabled();
	int err;

	while ((err = send_nb(dev)) == -16) {
		if (not_atomic)
			msleep(1);
		else
			cpu_relax();
	}
	return err;
}

static int send_wrapped(void *dev)
{
	return send_busy_loop(dev);
}

struct ring {
	spinlock_t lock;
	void *dev;
};

void send_locked(struct ring *r)
{
	spin_lock(&r->lock);
	send_wrapped(r->dev);
	spin_unlock(&r->lock);
}

static int wait_atomic_only(void *dev)
{
	int may_sleep = !in_atomic();

	while (send_nb(dev) == -16)
		if (may_sleep)
			msleep(1);
	return 0;
}

void send_irqs_off(struct ring *r)
{
	local_irq_disable();
	wait_atomic_only(r->dev);	/* expect: sleep-in-atomic */
	local_irq_enable();
}

void send_locked_too(struct ring *r)
{
	spin_lock(&r->lock);
	wait_atomic_only(r->dev);
	spin_unlock(&r->lock);
}

/* Asked, but the sleep is on the side where the answer was yes. */
static void wait_wrong_side(void *dev)
{
	if (in_atomic())
		msleep(1);
}

void send_wrong_side(struct ring *r)
{
	spin_lock(&r->lock);
	wait_wrong_side(r->dev);	/* expect: sleep-in-atomic */
	spin_unlock(&r->lock);
}

/* The answer is overwritten before the test. */
static void wait_overwritten(void *dev, int force)
{
	int ok = !in_atomic();

	ok = force;
	if (ok)
		msleep(1);
}

void send_overwritten(struct ring *r)
{
	spin_lock(&r->lock);
	wait_overwritten(r->dev, 1);	/* expect: sleep-in-atomic */
	spin_unlock(&r->lock);
}
