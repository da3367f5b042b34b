// SPDX-License-Identifier: GPL-2.0
/*
 * test_context.c - might_sleep() and atomic context: a sleep under
 * kmap_atomic (and spinlocks, disabled interrupts) is caught, under
 * kmap_local it is not; might_fault() is silent with page faults disabled,
 * where a user copy may come up short; unbalanced enables.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/rcupdate.h>
#include <linux/rwsem.h>
#include <linux/completion.h>
#include <hmcase.h>
#include "check.h"

static DEFINE_MUTEX(test_mutex);
static DEFINE_SPINLOCK(test_lock);

static void test_sleep_under_kmap_atomic(void)
{
	struct page *page;
	char *addr;
	void *p;
	int line[3];

	hm_engine_reset();
	page = hmcase_page(1);
	addr = kmap_atomic(page);
	line[0] = __LINE__; mutex_lock(&test_mutex);
	mutex_unlock(&test_mutex);
	line[1] = __LINE__; p = kmalloc(32, GFP_KERNEL);
	kfree(p);
	p = kmalloc(32, GFP_ATOMIC);		/* may not block: fine */
	kfree(p);
	line[2] = __LINE__; cond_resched();
	kunmap_atomic(addr);
	CHECK_EQ(hm_violation_count(), 3);
	check_violation(0, "sleep-in-atomic", line[0]);
	check_violation(1, "sleep-in-atomic", line[1]);
	check_violation(2, "sleep-in-atomic", line[2]);
}

static void test_sleep_under_kmap_local(void)
{
	struct page *page;
	char *addr;

	hm_engine_reset();
	page = hmcase_page(1);
	addr = kmap_local_page(page);
	mutex_lock(&test_mutex);
	msleep(1);
	kfree(kmalloc(16, GFP_KERNEL));
	schedule();
	mutex_unlock(&test_mutex);
	kunmap_local(addr);
	might_sleep();
	CHECK_NO_VIOLATIONS();
}

static void test_other_atomic_contexts(void)
{
	struct page *page;
	unsigned long flags;
	int line[5];

	hm_engine_reset();
	page = hmcase_page(1);
	spin_lock(&test_lock);
	line[0] = __LINE__; msleep(1);
	line[1] = __LINE__; kmap(page); kunmap(page);
	spin_unlock(&test_lock);
	local_irq_disable();
	line[2] = __LINE__; might_sleep();
	local_irq_enable();
	spin_lock_irqsave(&test_lock, flags);
	line[3] = __LINE__; usleep_range(1, 2);
	spin_unlock_irqrestore(&test_lock, flags);
	spin_lock_bh(&test_lock);
	line[4] = __LINE__; schedule();
	spin_unlock_bh(&test_lock);
	msleep(1);
	CHECK_EQ(preempt_count(), 0);
	CHECK(!irqs_disabled());
	CHECK_EQ(hm_violation_count(), 6);
	check_violation(0, "sleep-in-atomic", line[0]);
	check_violation(1, "sleep-in-atomic", line[1]);	/* kmap() */
	check_violation(2, "sleep-in-atomic", line[1]);	/* kunmap() */
	check_violation(3, "sleep-in-atomic", line[2]);
	check_violation(4, "sleep-in-atomic", line[3]);
	check_violation(5, "sleep-in-atomic", line[4]);
}

/*
 * schedule() checks the preempt count and RCU, not the interrupt flag, and
 * returns with interrupts on (6.1's __schedule()); might_sleep() and the
 * sleeps that begin with it do complain with interrupts off.
 */
static void test_schedule_irqs_off(void)
{
	struct page *page;
	char *addr;
	int line[5];

	hm_engine_reset();
	local_irq_disable();
	schedule();
	CHECK(!irqs_disabled());
	local_irq_disable();
	io_schedule();
	CHECK(!irqs_disabled());
	CHECK_NO_VIOLATIONS();
	local_irq_disable();
	line[0] = __LINE__; might_sleep();
	line[1] = __LINE__; mutex_lock(&test_mutex);
	mutex_unlock(&test_mutex);
	local_irq_enable();
	spin_lock_irq(&test_lock);
	line[2] = __LINE__; schedule();
	spin_unlock(&test_lock);
	page = hmcase_page(1);
	addr = kmap_atomic(page);
	local_irq_disable();
	line[3] = __LINE__; schedule();
	kunmap_atomic(addr);
	rcu_read_lock();
	local_irq_disable();
	line[4] = __LINE__; schedule();
	rcu_read_unlock();
	CHECK(!irqs_disabled());
	CHECK_EQ(preempt_count(), 0);
	CHECK_EQ(hm_violation_count(), 5);
	check_violation(0, "sleep-in-atomic", line[0]);
	check_violation(1, "sleep-in-atomic", line[1]);
	check_violation(2, "sleep-in-atomic", line[2]);
	check_violation(3, "sleep-in-atomic", line[3]);
	check_violation(4, "sleep-in-atomic", line[4]);
}

static void test_user_copies(void)
{
	struct page *page;
	char *addr, *user;
	unsigned long left;
	int line;

	hm_engine_reset();
	page = hmcase_page(1);
	user = hmcase_user_buffer(64);
	strcpy(user, "from user space");
	addr = kmap_atomic(page);
	left = copy_from_user(addr, user, 16);		/* might_fault: silent */
	CHECK_EQ(left, 0);
	CHECK(!strcmp(addr, "from user space"));
	hmcase_short_copy(true);
	left = copy_to_user(user + 32, addr, 16);
	CHECK_EQ(left, 8);
	CHECK(!memcmp(user + 32, "from use", 8));
	CHECK_EQ(user[40], 0);
	left = copy_to_user(user + 32, addr, 16);	/* only the next one */
	CHECK_EQ(left, 0);
	kunmap_atomic(addr);
	CHECK_NO_VIOLATIONS();

	hmcase_short_copy(true);		/* faults enabled: copies in full... */
	CHECK_EQ(copy_from_user(hm_frame(0), user, 16), 0);
	preempt_disable();			/* ...and might sleep */
	line = __LINE__; left = copy_from_user(hm_frame(0), user, 16);
	preempt_enable();
	CHECK_EQ(hm_violation_count(), 1);
	check_violation(0, "sleep-in-atomic", line);
}

static void test_unbalanced_enables(void)
{
	struct mutex never_locked;
	unsigned long flags = 0x200;
	int line[6];

	hm_engine_reset();
	mutex_init(&never_locked);
	line[0] = __LINE__; preempt_enable();
	line[1] = __LINE__; pagefault_enable();
	line[2] = __LINE__; local_irq_enable();
	line[3] = __LINE__; spin_unlock(&test_lock);
	line[4] = __LINE__; mutex_unlock(&never_locked);
	line[5] = __LINE__; local_irq_restore(flags);
	CHECK_EQ(hm_violation_count(), 6);
	check_violation(0, "unbalanced", line[0]);
	check_violation(1, "unbalanced", line[1]);
	check_violation(2, "unbalanced", line[2]);
	check_violation(3, "unbalanced", line[3]);
	check_violation(4, "unbalanced", line[4]);
	check_violation(5, "unbalanced", line[5]);
	CHECK_EQ(preempt_count(), 0);
}

static DEFINE_RWLOCK(test_rwlock);
static DECLARE_RWSEM(test_rwsem);

static void test_rcu_rwlocks_completions(void)
{
	struct completion done;
	int line[5];

	hm_engine_reset();
	init_completion(&done);
	rcu_read_lock();
	line[0] = __LINE__; synchronize_rcu();
	rcu_read_unlock();
	read_lock(&test_rwlock);
	read_lock(&test_rwlock);		/* readers nest */
	line[1] = __LINE__; down_read(&test_rwsem);
	up_read(&test_rwsem);
	read_unlock(&test_rwlock);
	read_unlock(&test_rwlock);
	down_write(&test_rwsem);
	up_write(&test_rwsem);
	complete(&done);
	wait_for_completion(&done);
	line[2] = __LINE__; rcu_read_unlock();
	line[3] = __LINE__; write_unlock(&test_rwlock);
	line[4] = __LINE__; up_read(&test_rwsem);
	CHECK_EQ(preempt_count(), 0);
	CHECK_EQ(hm_violation_count(), 5);
	check_violation(0, "sleep-in-atomic", line[0]);
	check_violation(1, "sleep-in-atomic", line[1]);
	check_violation(2, "unbalanced", line[2]);
	check_violation(3, "unbalanced", line[3]);
	check_violation(4, "unbalanced", line[4]);
}

int main(void)
{
	check_engine_start(NULL);
	test_sleep_under_kmap_atomic();
	test_sleep_under_kmap_local();
	test_other_atomic_contexts();
	test_schedule_irqs_off();
	test_user_copies();
	test_unbalanced_enables();
	test_rcu_rwlocks_completions();
	hm_engine_fini();
	return check_report("test_context");
}
