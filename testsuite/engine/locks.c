// SPDX-License-Identifier: GPL-2.0
/*
 * locks.c - spinlocks, mutexes and semaphores that really exclude other
 * threads, with the context bookkeeping the kernel's have: a spinlock
 * disables preemption, a mutex or a semaphore might sleep.  Taking a lock
 * the task already holds would hang; it is recorded (double-lock) instead.
 * A wait that lasts seconds is a deadlock of the code under test: fatal.
 */
#include <sched.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

#define DEADLOCK_SECONDS	10

static bool try_take(int *locked)
{
	return !__atomic_exchange_n(locked, 1, __ATOMIC_ACQUIRE);
}

static void release(int *locked)
{
	__atomic_store_n(locked, 0, __ATOMIC_RELEASE);
}

static void wait_to_take(int *locked, const char *what)
{
	time_t deadline = time(NULL) + DEADLOCK_SECONDS;

	while (!try_take(locked)) {
		if (time(NULL) > deadline)
			violation_fatal("deadlock", "%s: still waiting after %d seconds",
					what, DEADLOCK_SECONDS);
		sched_yield();
	}
}

void hm_spin_lock(spinlock_t *lock)
{
	struct task *task = current;

	preempt_count_add(1);
	if (__atomic_load_n(&lock->locked, __ATOMIC_ACQUIRE) && lock->owner == task->number) {
		violation("double-lock", "spin_lock() of a lock this task already holds");
		return;
	}
	wait_to_take(&lock->locked, "spin_lock()");
	lock->owner = task->number;
}

int hm_spin_trylock(spinlock_t *lock)
{
	preempt_count_add(1);
	if (try_take(&lock->locked)) {
		lock->owner = current->number;
		return 1;
	}
	preempt_count_sub(1);
	return 0;
}

void hm_spin_unlock(spinlock_t *lock)
{
	if (!__atomic_load_n(&lock->locked, __ATOMIC_ACQUIRE)) {
		violation("unbalanced", "spin_unlock() of a lock that is not held");
		return;
	}
	lock->owner = 0;
	release(&lock->locked);
	preempt_count_sub(1);
}

void hm_mutex_lock(struct mutex *lock)
{
	struct task *task = current;

	hm_might_sleep();
	if (__atomic_load_n(&lock->locked, __ATOMIC_ACQUIRE) && lock->owner == task->number) {
		violation("double-lock", "mutex_lock() of a mutex this task already holds");
		return;
	}
	wait_to_take(&lock->locked, "mutex_lock()");
	lock->owner = task->number;
}

int hm_mutex_trylock(struct mutex *lock)
{
	if (!try_take(&lock->locked))
		return 0;
	lock->owner = current->number;
	return 1;
}

void hm_mutex_unlock(struct mutex *lock)
{
	if (!__atomic_load_n(&lock->locked, __ATOMIC_ACQUIRE)) {
		violation("unbalanced", "mutex_unlock() of a mutex that is not held");
		return;
	}
	lock->owner = 0;
	release(&lock->locked);
}

bool hm_mutex_is_locked(struct mutex *lock)
{
	return __atomic_load_n(&lock->locked, __ATOMIC_ACQUIRE);
}

static bool semaphore_try_down(struct semaphore *sem)
{
	int count = __atomic_load_n(&sem->count, __ATOMIC_ACQUIRE);

	while (count > 0)
		if (__atomic_compare_exchange_n(&sem->count, &count, count - 1, false,
						__ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
			return true;
	return false;
}

void hm_down(struct semaphore *sem)
{
	time_t deadline = time(NULL) + DEADLOCK_SECONDS;

	hm_might_sleep();
	while (!semaphore_try_down(sem)) {
		if (time(NULL) > deadline)
			violation_fatal("deadlock", "down(): still waiting after %d seconds",
					DEADLOCK_SECONDS);
		sched_yield();
	}
}

int hm_down_trylock(struct semaphore *sem)
{
	return semaphore_try_down(sem) ? 0 : 1;
}

void hm_up(struct semaphore *sem)
{
	__atomic_add_fetch(&sem->count, 1, __ATOMIC_RELEASE);
}

/* msleep() and friends: a real but tiny wait, the cases run many times. */
void hm_sleep(unsigned long microseconds)
{
	hm_might_sleep();
	if (microseconds)
		usleep(microseconds < 100 ? (useconds_t)microseconds : 100);
	else
		sched_yield();
}

void hm_wait_poll(unsigned long *turns)
{
	/* about ten seconds of yields and short sleeps */
	if (++*turns > 100000)
		violation_fatal("deadlock", "wait_event(): the condition stayed false");
	if (*turns % 64)
		sched_yield();
	else
		usleep(100);
}
