#include "callback_timer.h"

/*
 * A macro that reaches init_timer_key() with a timer function of its own
 * (INIT_DELAYED_WORK() in 6.1 sets up the work item and a timer running
 * the workqueue's delayed_work_timer_fn()): the function it is given runs
 * later in process context, from a worker, and may sleep.  The operand
 * init_timer_key() gets is spelled as the whole invocation, which names
 * the work function: it must not be taken for the timer's.
 */
struct work_struct {
	unsigned long data;
	void (*func)(struct work_struct *work);
};
struct delayed_work {
	struct work_struct work;
	struct timer_list timer;
};
void __init_work(struct work_struct *work, void (*func)(struct work_struct *));
void delayed_work_timer_fn(struct timer_list *t);
#define INIT_DELAYED_WORK(_work, _func)					\
	do {								\
		__init_work(&(_work)->work, (_func));			\
		__init_timer(&(_work)->timer, delayed_work_timer_fn, 0); \
	} while (0)

struct client {
	struct mutex lock;
	struct delayed_work work;
	struct timer_list retry;
	int state;
};

static void client_work_fn(struct work_struct *w)
{
	struct client *c = container_of(w, struct client, work.work);

	mutex_lock(&c->lock);
	c->state = 0;
	mutex_unlock(&c->lock);
	msleep(10);
}

static void client_retry_fn(struct timer_list *t)
{
	struct client *c = container_of(t, struct client, retry);

	msleep(1);	/* expect: sleep-in-atomic */
	c->state = 1;
}

void client_init(struct client *c)
{
	INIT_DELAYED_WORK(&c->work, client_work_fn);
	/* A direct call spells its operand as written: the timer is this one. */
	init_timer_key(&c->retry, client_retry_fn, 0, NULL, NULL);
}
