#include "kapi.h"

/*
 * wait_event_lock_irq() as 6.1 spells it: queue the task, and only then
 * drop the lock, schedule() and take the lock again.  Queueing does not
 * sleep; the schedule() happens with the lock released.
 */
struct wait_queue_head { int x; };
struct wait_queue_entry { int x; };
long prepare_to_wait_event(struct wait_queue_head *wq,
			   struct wait_queue_entry *entry, int state);
void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *entry);
void schedule(void);
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);

#define wait_event_lock_irq(wq, condition, lock)			\
	do {								\
		struct wait_queue_entry __wq_entry;			\
		if (condition)						\
			break;						\
		for (;;) {						\
			prepare_to_wait_event(&(wq), &__wq_entry, 2);	\
			if (condition)					\
				break;					\
			spin_unlock_irq(&(lock));			\
			schedule();					\
			spin_lock_irq(&(lock));				\
		}							\
		finish_wait(&(wq), &__wq_entry);			\
	} while (0)

struct log {
	spinlock_t io_lock;
	struct wait_queue_head wait;
	long space;
};

void reclaim(struct log *log, long target)
{
	spin_lock_irq(&log->io_lock);
	while (log->space < target)
		wait_event_lock_irq(log->wait, log->space >= target,
				    log->io_lock);
	spin_unlock_irq(&log->io_lock);
}

/* Dropping the lock does not undo an atomic kmap. */
void reclaim_under_atomic_map(struct log *log, struct page *page)
{
	char *addr = kmap_atomic(page);

	spin_lock_irq(&log->io_lock);
	wait_event_lock_irq(log->wait, log->space >= addr[0], log->io_lock);	/* expect: sleep-in-atomic */
	spin_unlock_irq(&log->io_lock);
	kunmap_atomic(addr);
}
