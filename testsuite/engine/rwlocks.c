// SPDX-License-Identifier: GPL-2.0
/*
 * rwlocks.c - reader-writer spinlocks (disable preemption) and
 * semaphores (might sleep), and completions.  The state is -1 for a
 * writer, n >= 0 for n readers; a reader may nest, a writer taking a lock
 * it already holds is recorded (double-lock) instead of hanging.
 */
#include <sched.h>
#include <time.h>
#include "internal.h"

#define DEADLOCK_SECONDS	10

static bool try_read(int *state)
{
	int seen = __atomic_load_n(state, __ATOMIC_ACQUIRE);

	return seen >= 0 && __atomic_compare_exchange_n(state, &seen, seen + 1, false,
							 __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static bool try_write(int *state)
{
	int idle = 0;

	return __atomic_compare_exchange_n(state, &idle, -1, false,
					   __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static void wait_for(bool (*try)(int *), int *state, const char *what)
{
	time_t deadline = time(NULL) + DEADLOCK_SECONDS;

	while (!try(state)) {
		if (time(NULL) > deadline)
			violation_fatal("deadlock", "%s: still waiting after %d seconds",
					what, DEADLOCK_SECONDS);
		sched_yield();
	}
}

static bool held_for_writing_by_me(const int *state, int owner)
{
	return __atomic_load_n(state, __ATOMIC_ACQUIRE) == -1 && owner == current->number;
}

static bool release_read(int *state, const char *what)
{
	int seen = __atomic_load_n(state, __ATOMIC_ACQUIRE);

	do {
		if (seen <= 0) {
			violation("unbalanced", "%s of a lock not held for reading", what);
			return false;
		}
	} while (!__atomic_compare_exchange_n(state, &seen, seen - 1, false,
					      __ATOMIC_RELEASE, __ATOMIC_ACQUIRE));
	return true;
}

static bool release_write(int *state, int *owner, const char *what)
{
	if (__atomic_load_n(state, __ATOMIC_ACQUIRE) != -1) {
		violation("unbalanced", "%s of a lock not held for writing", what);
		return false;
	}
	*owner = 0;
	__atomic_store_n(state, 0, __ATOMIC_RELEASE);
	return true;
}

void hm_read_lock(rwlock_t *lock)
{
	preempt_count_add(1);
	if (held_for_writing_by_me(&lock->state, lock->owner)) {
		violation("double-lock", "read_lock() of a lock this task holds for writing");
		return;
	}
	wait_for(try_read, &lock->state, "read_lock()");
}

void hm_read_unlock(rwlock_t *lock)
{
	if (release_read(&lock->state, "read_unlock()"))
		preempt_count_sub(1);
}

void hm_write_lock(rwlock_t *lock)
{
	preempt_count_add(1);
	if (held_for_writing_by_me(&lock->state, lock->owner)) {
		violation("double-lock", "write_lock() of a lock this task already holds");
		return;
	}
	wait_for(try_write, &lock->state, "write_lock()");
	lock->owner = current->number;
}

void hm_write_unlock(rwlock_t *lock)
{
	if (release_write(&lock->state, &lock->owner, "write_unlock()"))
		preempt_count_sub(1);
}

void hm_down_read(struct rw_semaphore *sem)
{
	hm_might_sleep();
	if (held_for_writing_by_me(&sem->state, sem->owner)) {
		violation("double-lock", "down_read() of a semaphore this task holds for writing");
		return;
	}
	wait_for(try_read, &sem->state, "down_read()");
}

void hm_up_read(struct rw_semaphore *sem)
{
	release_read(&sem->state, "up_read()");
}

void hm_down_write(struct rw_semaphore *sem)
{
	hm_might_sleep();
	if (held_for_writing_by_me(&sem->state, sem->owner)) {
		violation("double-lock", "down_write() of a semaphore this task already holds");
		return;
	}
	wait_for(try_write, &sem->state, "down_write()");
	sem->owner = current->number;
}

void hm_up_write(struct rw_semaphore *sem)
{
	release_write(&sem->state, &sem->owner, "up_write()");
}

static bool try_take_completion(int *done)
{
	int seen = __atomic_load_n(done, __ATOMIC_ACQUIRE);

	return seen > 0 && __atomic_compare_exchange_n(done, &seen, seen - 1, false,
							__ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

void hm_wait_for_completion(struct completion *done)
{
	hm_might_sleep();
	wait_for(try_take_completion, &done->done, "wait_for_completion()");
}
