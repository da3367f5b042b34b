#include "kapi.h"

/*
 * A poll helper that sleeps only when its timeout is nonzero, and callers
 * that pass their own "may sleep" flag scaled into a timeout:
 * `HZ * can_sleep`, `can_sleep * 10 * HZ`, `can_sleep << 2`.  A product
 * (or a left shift) of a parameter by nonzero constants is zero exactly
 * when the parameter is (kernel integers here do not wrap), so the
 * caller keeps the helper's test as its own: it sleeps only if can_sleep
 * is nonzero.  Called with 0 under a spinlock, through one or two such
 * levels, nothing sleeps; called with 1 it may.  The other way round, a
 * helper that sleeps only when its argument is zero, called with
 * `HZ * nowait`, sleeps only if nowait is zero.  A product of two
 * parameters is zero when either is: it keeps neither's zero test.  A
 * factor 0 makes the argument the constant 0 whatever the parameter.
 */
#define HZ	250

static spinlock_t host_lock;
int read_status(void);

static int poll_wait(int bit, unsigned long wait)
{
	int n = 100;

	while (n--)
		if (read_status() & bit)
			return 0;
	if (!wait)
		return -1;
	msleep(1);
	return read_status() & bit ? 0 : -1;
}

static int transfer(int bit, unsigned int can_sleep)
{
	return poll_wait(bit, HZ * can_sleep);
}

static int abort_cmd(unsigned int can_sleep)
{
	if (poll_wait(1, can_sleep * 10 * HZ))
		return -1;
	return transfer(2, can_sleep);
}

static int shifted(unsigned int can_sleep)
{
	return poll_wait(4, can_sleep << 2);
}

static int sleep_unless(unsigned long nowait)
{
	if (nowait)
		return 0;
	msleep(1);
	return 1;
}

static int scaled_nowait(unsigned int nowait)
{
	return sleep_unless(HZ * nowait);
}

static int product_nowait(unsigned int a, unsigned int b)
{
	return sleep_unless(a * b);
}

static int zero_factor(unsigned int can_sleep)
{
	return poll_wait(8, 0 * can_sleep);
}

static int zero_factor_nowait(unsigned int nowait)
{
	return sleep_unless(nowait * 0);
}

void intr_locked(void)
{
	spin_lock(&host_lock);
	transfer(1, 0);
	abort_cmd(0);
	shifted(0);
	zero_factor(1);
	scaled_nowait(1);
	spin_unlock(&host_lock);
}

void intr_locked_sleeps(void)
{
	spin_lock(&host_lock);
	abort_cmd(1);	/* expect: sleep-in-atomic */
	shifted(3);	/* expect: sleep-in-atomic */
	scaled_nowait(0);	/* expect: sleep-in-atomic */
	zero_factor_nowait(1);	/* expect: sleep-in-atomic */
	spin_unlock(&host_lock);
}

void intr_product(void)
{
	spin_lock(&host_lock);
	product_nowait(read_status(), 1);	/* expect: sleep-in-atomic */
	spin_unlock(&host_lock);
}
