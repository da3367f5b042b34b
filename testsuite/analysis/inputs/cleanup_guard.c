#include "kapi.h"

/*
 * Variables declared __attribute__((cleanup(fn))) get fn(&var) on every
 * way out of their block: falling off its end, return, break, continue, a
 * goto out of it; the latest declared first.  Scope guards (the kernel's
 * guard() and scoped_guard() of include/linux/cleanup.h) take a lock in an
 * initializer and drop it only through that implicit call, so without it
 * the lock stays taken to the end of the function: false sleep-in-atomic
 * reports after every guarded block (kernel/futex/syscalls.c:71).
 * The guard below is written here, in the same shape: a one-field struct
 * whose destructor tests the field the constructor set.
 */
void rcu_read_lock(void);
void rcu_read_unlock(void);

typedef struct {
	void *held;
} rcu_guard_t;

static inline rcu_guard_t rcu_guard_enter(void)
{
	rcu_guard_t g = { .held = (void *)1 };

	rcu_read_lock();
	return g;
}

static inline void rcu_guard_exit(rcu_guard_t *g)
{
	if (g->held)
		rcu_read_unlock();
}

#define __on_exit(fn) __attribute__((__cleanup__(fn)))
#define GUARD_NAME(line) guard_##line
#define GUARD_VAR(line) GUARD_NAME(line)
#define rcu_guard() \
	rcu_guard_t GUARD_VAR(__LINE__) __on_exit(rcu_guard_exit) = rcu_guard_enter()
#define scoped_rcu() \
	for (rcu_guard_t scope __on_exit(rcu_guard_exit) = rcu_guard_enter(), \
	     *done = NULL; !done; done = (void *)1)

struct task {
	int pid;
	struct mutex lock;
};

struct task *find_task(int pid);
void get_task(struct task *t);

/* The scoped form: the guard is dropped where the for statement ends. */
int scoped_then_sleep(int pid)
{
	struct task *t = NULL;

	scoped_rcu() {
		if (pid) {
			t = find_task(pid);
			if (!t)
				return -3;
		}
		get_task(t);
	}
	mutex_lock(&t->lock);
	mutex_unlock(&t->lock);
	return 0;
}

/* A block with a guard, left at its closing brace, by goto and by return. */
int block_then_sleep(struct task *t, int how)
{
	{
		rcu_guard();
		if (how == 1)
			goto out;
		if (how == 2)
			return 1;
		get_task(t);
	}
out:
	mutex_lock(&t->lock);
	mutex_unlock(&t->lock);
	return 0;
}

/* break and continue leave the loop body's guard. */
int loop_then_sleep(struct task **tasks, int n)
{
	for (int i = 0; i < n; i++) {
		rcu_guard();
		if (!tasks[i])
			continue;
		if (tasks[i]->pid < 0)
			break;
		get_task(tasks[i]);
	}
	msleep(1);
	return 0;
}

/* Two guards: each dropped once, the inner one first. */
void nested_then_sleep(struct task *t)
{
	{
		rcu_guard();
		{
			rcu_guard();
			get_task(t);
		}
		get_task(t);
	}
	msleep(1);
}

/* Still wrong: a sleep inside the guarded block. */
int sleep_in_scope(struct task *t)
{
	scoped_rcu() {
		mutex_lock(&t->lock);	/* expect: sleep-in-atomic */
		mutex_unlock(&t->lock);
	}
	return 0;
}

/* Still wrong: the goto stays inside the guard's block. */
int goto_inside_scope(struct task *t, int again)
{
	rcu_guard();
retry:
	if (again--)
		goto retry;
	msleep(1);	/* expect: sleep-in-atomic */
	return 0;
}

/* Still wrong: the inner guard is gone, the outer one still held. */
void sleep_between_guards(struct task *t)
{
	rcu_guard();
	{
		rcu_guard();
		get_task(t);
	}
	msleep(1);	/* expect: sleep-in-atomic */
}
