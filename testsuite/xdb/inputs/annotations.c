// SPDX-License-Identifier: GPL-2.0
/* Annotations before and after the parameter list. */

static void lock_it(spinlock_t *lock) __acquires(lock)	/* def: lock_it static */
{
	spin_lock(lock);
}

static void unlock_it(spinlock_t *lock)	/* def: unlock_it static */
	__releases(lock)
{
	spin_unlock(lock);
}

void held(struct device *dev) __must_hold(&dev->lock)	/* def: held */
{
}

void two_annotations(spinlock_t *a, spinlock_t *b) __releases(a) __acquires(b)	/* def: two_annotations */
{
}

static int __init setup_thing(void)	/* def: setup_thing static */
{
	return 0;
}

static void __exit teardown(void) { }	/* def: teardown static */

int gets_attribute(void) __attribute__((noinline))	/* def: gets_attribute */
{
	return 0;
}

__attribute__((weak)) int weak_default(void)	/* def: weak_default */
{
	return 0;
}

static __attribute__((unused)) void __double_underscore(void)	/* def: __double_underscore static */
{
}

__printf(2, 3) static int say(int level, const char *fmt, ...)	/* def: say static */
{
	return level;
}

asmlinkage __visible void __init start_everything(void)	/* def: start_everything */
{
}

static int __ref referenced(void) __maybe_unused	/* def: referenced static */
{
	return 0;
}

notrace u64 trace_clock_thing(void)	/* def: trace_clock_thing */
{
	return 0;
}

static __section(".text.unlikely") void sectioned(void)	/* def: sectioned static */
{
}

__weak void __init arch_hook(void)	/* def: arch_hook */
{
}

/* Upper-case annotation macros after the list (tools/perf's lock annotations). */
static void record_ip(struct hist *hist)	/* def: record_ip static */
	EXCLUSIVE_LOCKS_REQUIRED(hist->lock)
{
}

void unchecked_lock(struct mutex *mtx) NO_THREAD_SAFETY_ANALYSIS	/* def: unchecked_lock */
{
}

/* Not definitions: annotated prototypes. */
extern void exported(void) __attribute__((visibility("default")));
void __init early_thing(void) __acquires(x);
int renamed(int) asm("other_name");
typeof(plain) *pointer_to_plain;
__typeof__(int) __typed(void);
void locked_prototype(struct mutex *mtx) EXCLUSIVE_LOCK_FUNCTION(*mtx);
