#include "kapi.h"

/*
 * A helper that allocates with GFP_KERNEL only when its caller passed no
 * buffer: `if (!buf) buf = kmalloc(len, GFP_KERNEL);`.  The sleep needs
 * the pointer parameter to be NULL (the write of the result comes after
 * the call sleeps).  A caller that knows its argument is not NULL does
 * not sleep there: it tested it (`buf = kmalloc(len, GFP_ATOMIC); if (buf)
 * send(buf)`), wrote through it (`buf->len = 0`), or passes an address
 * (`&local`), directly or through a wrapper passing its own parameter on.  A caller passing NULL, or a
 * pointer it knows nothing of, may sleep; so may a helper that replaces
 * the parameter before the test (it no longer tests what the caller
 * passed), and one that sleeps when it is not NULL.  A wrapper that calls
 * only if its flag says so (`if (now) send_abort(m)`) sleeps only with
 * the flag set and a NULL buffer: both tests, one group.
 */
struct msg { int len; char data[64]; };

static spinlock_t queue_lock;
void queue_msg(struct msg *m);
struct msg *next_msg(void);
struct msg *pick(struct msg *m);

static void send_abort(int code, struct msg *m)
{
	if (!m)
		m = kmalloc(sizeof(*m), GFP_KERNEL);
	m->len = code;
	queue_msg(m);
}

static void send_reset(int state, struct msg *m)
{
	if (state == 3)
		goto out;
	send_abort(1, m);
	return;
out:
	queue_msg(m);
}

static void send_picked(struct msg *m)
{
	m = pick(m);
	if (!m)
		m = kmalloc(sizeof(*m), GFP_KERNEL);
	queue_msg(m);
}

static void send_if(bool now, struct msg *m)
{
	if (now)
		send_abort(4, m);
}

static void wait_for(struct msg *m)
{
	if (m)
		msleep(m->len);
}

void close_quiet(int state)
{
	struct msg local;
	struct msg *m;

	spin_lock(&queue_lock);
	m = kmalloc(sizeof(*m), GFP_ATOMIC);
	if (m)
		send_reset(state, m);
	m = kmalloc(sizeof(*m), GFP_ATOMIC);
	if (m)
		send_abort(2, m);
	send_reset(state, &local);
	wait_for(NULL);
	send_if(false, NULL);
	send_if(true, &local);
	spin_unlock(&queue_lock);
}

void close_sleeps(int state)
{
	struct msg local;
	struct msg *m;

	spin_lock(&queue_lock);
	send_reset(state, NULL);	/* expect: sleep-in-atomic */
	send_abort(3, next_msg());	/* expect: sleep-in-atomic */
	send_picked(&local);	/* expect: sleep-in-atomic */
	m = kmalloc(sizeof(*m), GFP_ATOMIC);
	if (m)
		wait_for(m);	/* expect: sleep-in-atomic */
	send_if(true, NULL);	/* expect: sleep-in-atomic */
	spin_unlock(&queue_lock);
}

/* The caller wrote through the buffer: it is not NULL. */
void close_written(int state)
{
	struct msg *m = next_msg();

	m->len = 0;
	spin_lock(&queue_lock);
	send_reset(state, m);
	spin_unlock(&queue_lock);
}

/* Written through on one side of a test only: the other may pass NULL. */
void close_some(int state)
{
	struct msg *m = next_msg();

	if (state)
		m->len = state;
	spin_lock(&queue_lock);
	send_reset(state, m);	/* expect: sleep-in-atomic */
	spin_unlock(&queue_lock);
}
