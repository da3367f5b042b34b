#include "kapi.h"

/*
 * wait_event_cmd(wq, condition, cmd1, cmd2) as 6.1 spells it: cmd1 runs
 * before each schedule() and cmd2 after it.  Callers hold a lock and pass
 * its unlock as cmd1 and its lock as cmd2, so the sleep happens with the
 * lock released: the macro is not a sleep in itself, its expansion is.
 */
struct wait_queue_head { int x; };
struct wait_queue_entry { int x; };
long prepare_to_wait_event(struct wait_queue_head *wq,
			   struct wait_queue_entry *entry, int state);
void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *entry);
void schedule(void);
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);

#define ___wait_event(wq, condition, cmd)				\
	({								\
		struct wait_queue_entry __wq_entry;			\
		for (;;) {						\
			prepare_to_wait_event(&(wq), &__wq_entry, 2);	\
			if (condition)					\
				break;					\
			cmd;						\
		}							\
		finish_wait(&(wq), &__wq_entry);			\
	})

#define wait_event_cmd(wq, condition, cmd1, cmd2)			\
	do {								\
		if (condition)						\
			break;						\
		(void)___wait_event(wq, condition,			\
				    cmd1; schedule(); cmd2);		\
	} while (0)

struct pool {
	spinlock_t hash_lock[4];
	struct wait_queue_head wait;
	int free[4];
};

static void lock_hash(struct pool *pool, int hash)
{
	spin_lock_irq(&pool->hash_lock[hash]);
}

static void unlock_hash(struct pool *pool, int hash)
{
	spin_unlock_irq(&pool->hash_lock[hash]);
}

void take_free(struct pool *pool, int hash)
{
	lock_hash(pool, hash);
	wait_event_cmd(pool->wait, pool->free[hash] > 0,
		       unlock_hash(pool, hash), lock_hash(pool, hash));
	pool->free[hash]--;
	unlock_hash(pool, hash);
}

/* A cmd1 that keeps the lock sleeps under it. */
void take_free_locked(struct pool *pool, int hash)
{
	lock_hash(pool, hash);
	wait_event_cmd(pool->wait, pool->free[hash] > 0, (void)0, (void)0);	/* expect: sleep-in-atomic */
	pool->free[hash]--;
	unlock_hash(pool, hash);
}

/* Dropping the lock does not undo an atomic kmap. */
void take_free_under_atomic_map(struct pool *pool, int hash, struct page *page)
{
	char *addr = kmap_atomic(page);

	lock_hash(pool, hash);
	wait_event_cmd(pool->wait, pool->free[hash] > addr[0],	/* expect: sleep-in-atomic */
		       unlock_hash(pool, hash), lock_hash(pool, hash));
	unlock_hash(pool, hash);
	kunmap_atomic(addr);
}
