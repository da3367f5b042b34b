#include "callback_timer.h"

/*
 * A static helper whose every call is from a tasklet (and whose address
 * is never taken) runs only in softirq context: it is walked from there,
 * as the tasklet is.  Its wait `if (!in_softirq())` is never reached, so
 * its spin_lock() around the wait is fine (net/smc's
 * smc_cdc_msg_recv_action() under bh_lock_sock(), called only from its
 * rx tasklet).  Twins: the same helper also called from process context,
 * or named in a table of handlers, or not static, is reported as before;
 * a helper of the tasklet that sleeps outright under its own spinlock is
 * reported both there and at the tasklet's call.
 */
int preempt_count(void);
#define in_softirq()	(preempt_count() & 0xff00)

struct conn {
	spinlock_t lock;
	struct tasklet_struct rx;
	struct tasklet_struct drain;
	int slots;
};

static int get_free_slot(struct conn *c)
{
	if (in_softirq()) {
		if (!c->slots)
			return -16;
	} else {
		while (!c->slots)
			msleep(1);
	}
	c->slots--;
	return 0;
}

static void tx_pending(struct conn *c)
{
	get_free_slot(c);
}

/* Called only by rx_tasklet(): softirq. */
static void recv_locked(struct conn *c)
{
	spin_lock(&c->lock);
	tx_pending(c);
	spin_unlock(&c->lock);
}

/* Called by rx_tasklet() and by conn_flush() in process context. */
static void recv_shared(struct conn *c)
{
	spin_lock(&c->lock);
	tx_pending(c);		/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

/* Called by rx_tasklet(), and named in recv_handlers[]. */
static void recv_table(struct conn *c)
{
	spin_lock(&c->lock);
	tx_pending(c);		/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

/* Not static: other files may call it from anywhere. */
void recv_exported(struct conn *c)
{
	spin_lock(&c->lock);
	tx_pending(c);		/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

static void rx_tasklet(struct tasklet_struct *t)
{
	struct conn *c = container_of(t, struct conn, rx);

	recv_locked(c);
	recv_shared(c);
	recv_table(c);
	recv_exported(c);
}

/* Only drain_tasklet() calls it, and it sleeps whatever the context. */
static void drain_locked(struct conn *c)
{
	spin_lock(&c->lock);
	msleep(1);		/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

static void drain_tasklet(struct tasklet_struct *t)
{
	struct conn *c = container_of(t, struct conn, drain);

	drain_locked(c);	/* expect: sleep-in-atomic */
}

void (*const recv_handlers[])(struct conn *) = { recv_table };

void conn_init(struct conn *c)
{
	tasklet_setup(&c->rx, rx_tasklet);
	tasklet_setup(&c->drain, drain_tasklet);
}

void conn_flush(struct conn *c)
{
	recv_shared(c);
}
