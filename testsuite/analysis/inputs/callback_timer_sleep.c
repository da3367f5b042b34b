#include "callback_timer.h"

/*
 * Timer and tasklet callbacks run in softirq context: atomic.  A real
 * sleep there (a mutex, msleep(), a GFP_KERNEL allocation) is a bug, found
 * in the callback itself, wherever it is registered.
 */
struct dev {
	struct mutex lock;
	spinlock_t slock;
	struct timer_list timer;
	struct timer_list poll;
	struct tasklet_struct tasklet;
	struct tasklet_struct old_tasklet;
	void *buf;
	int state;
};

static void dev_wait_ready(struct dev *d)
{
	while (!d->state)
		msleep(1);
}

static void dev_timer_fn(struct timer_list *t)
{
	struct dev *d = container_of(t, struct dev, timer);

	mutex_lock(&d->lock);	/* expect: sleep-in-atomic */
	d->state = 0;
	mutex_unlock(&d->lock);
}

static void dev_poll_fn(struct timer_list *t)
{
	struct dev *d = container_of(t, struct dev, poll);

	dev_wait_ready(d);	/* expect: sleep-in-atomic */
}

static void dev_tasklet_fn(struct tasklet_struct *t)
{
	struct dev *d = container_of(t, struct dev, tasklet);

	d->buf = kmalloc(64, GFP_KERNEL);	/* expect: sleep-in-atomic */
}

static void dev_old_tasklet_fn(unsigned long data)
{
	struct dev *d = (struct dev *)data;

	if (!d->buf)
		d->buf = kmalloc(64, GFP_ATOMIC);
	msleep(10);	/* expect: sleep-in-atomic */
}

static unsigned int dev_timer_flags(struct dev *d)
{
	return d->state ? 1 : 0;
}

/* Called only directly, from process context: it may sleep. */
static void dev_reset(struct dev *d)
{
	mutex_lock(&d->lock);
	d->state = 1;
	mutex_unlock(&d->lock);
}

void dev_init(struct dev *d)
{
	dev_reset(d);
	timer_setup(&d->timer, dev_timer_fn, 0);
	/* The invocation names two functions: the callback is argument 1. */
	timer_setup(&d->poll, dev_poll_fn, dev_timer_flags(d));
	tasklet_setup(&d->tasklet, dev_tasklet_fn);
	tasklet_init(&d->old_tasklet, dev_old_tasklet_fn, (unsigned long)d);
}

/* Also called directly, in process context: no second report. */
void dev_resume(struct dev *d)
{
	dev_timer_fn(&d->timer);
}

struct dev_entry {
	struct rcu_head rcu;
	struct dev *dev;
};

static void dev_entry_free_rcu(struct rcu_head *head)
{
	struct dev_entry *e = container_of(head, struct dev_entry, rcu);

	mutex_lock(&e->dev->lock);	/* expect: sleep-in-atomic */
	e->dev->state--;
	mutex_unlock(&e->dev->lock);
	kfree(e);
}

void dev_entry_release(struct dev_entry *e)
{
	call_rcu(&e->rcu, dev_entry_free_rcu);
}

static void stack_timer_fn(struct timer_list *t)
{
	(void)t;
	msleep(1);	/* expect: sleep-in-atomic */
}

void dev_wait_stack_timer(void)
{
	struct timer_list t;

	timer_setup_on_stack(&t, stack_timer_fn, 0);
	mod_timer(&t, 1);
	del_timer_sync(&t);
}
