#include "kapi.h"

/*
 * A helper that sleeps only `if (sync)`, and there drops its caller's
 * lock around the sleep and takes it again (af_packet's
 * __unregister_prot_hook()): its sleep is one after leaving the caller's
 * lock, and it keeps the test of `sync` as its guard.  Called with false
 * under rcu_read_lock() and the lock it does not sleep; called with true
 * there it does (rcu_read_lock() is still held); called with true under
 * the lock alone it does not (it drops that lock first); a caller passing
 * its own flag under rcu_read_lock() may.
 */
void synchronize_net(void);
void rcu_read_lock(void);
void rcu_read_unlock(void);

struct hook {
	spinlock_t bind_lock;
	int running;
};

static void unhook(struct hook *po, bool sync)
{
	po->running = 0;
	if (sync) {
		spin_unlock(&po->bind_lock);
		synchronize_net();
		spin_lock(&po->bind_lock);
	}
}

void notifier(struct hook *po)
{
	rcu_read_lock();
	spin_lock(&po->bind_lock);
	if (po->running)
		unhook(po, false);
	spin_unlock(&po->bind_lock);
	rcu_read_unlock();
}

void notifier_sync(struct hook *po)
{
	rcu_read_lock();
	spin_lock(&po->bind_lock);
	if (po->running)
		unhook(po, true);	/* expect: sleep-in-atomic */
	spin_unlock(&po->bind_lock);
	rcu_read_unlock();
}

void release_sync(struct hook *po)
{
	spin_lock(&po->bind_lock);
	unhook(po, true);
	spin_unlock(&po->bind_lock);
}

void notifier_flag(struct hook *po, bool sync)
{
	rcu_read_lock();
	spin_lock(&po->bind_lock);
	unhook(po, sync);	/* expect: sleep-in-atomic */
	spin_unlock(&po->bind_lock);
	rcu_read_unlock();
}
