#include "kapi.h"

/*
 * GNU local labels: every expansion of a wait macro declares its own
 * `__label__ __out;` inside its statement expression (6.1's
 * ___wait_event()), so a function with two waits has two labels named
 * __out.  A `goto __out` of the second wait goes to the second's label,
 * not back into the first wait (which would take the lock again and
 * leave it held at the msleep() below: cxlflash_remove()).  The twin
 * sleeps before its unlock and is still reported.
 */
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);
void schedule(void);
long prepare_wait(int state);
void finish_wait(void);

#define wait_until(cond, cmd)					\
({								\
	__label__ __out;					\
	long __ret = 0;						\
	for (;;) {						\
		long __int = prepare_wait(1);			\
		if (cond)					\
			break;					\
		if (__int) {					\
			__ret = __int;				\
			goto __out;				\
		}						\
		cmd;						\
	}							\
	finish_wait();						\
__out:	__ret;							\
})

#define wait_lock_irq(cond, lock)				\
	wait_until(cond, spin_unlock_irq(&(lock)); schedule();	\
		   spin_lock_irq(&(lock)))

struct dev {
	spinlock_t lock;
	int state;
	int busy;
};

void dev_remove(struct dev *d)
{
	unsigned long flags;

	wait_until(d->state != 1, schedule());
	spin_lock_irqsave(&d->lock, flags);
	if (d->busy)
		wait_lock_irq(!d->busy, d->lock);
	spin_unlock_irqrestore(&d->lock, flags);
	msleep(10);
}

void dev_remove_early(struct dev *d)
{
	unsigned long flags;

	wait_until(d->state != 1, schedule());
	spin_lock_irqsave(&d->lock, flags);
	if (d->busy)
		wait_lock_irq(!d->busy, d->lock);
	msleep(10);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&d->lock, flags);
}
