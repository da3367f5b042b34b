#include "kapi.h"

/*
 * A modeled macro whose expansion makes no call.  On a kernel without a
 * preempt count (no CONFIG_PREEMPT_COUNT: 32-bit ARM's multi_v7 config),
 * preempt_disable() and preempt_enable() are barrier(), an asm, and
 * put_cpu_var(x) is `do { (void)&(x); preempt_enable(); } while (0)`: no
 * call at all, while get_cpu_var(x) still calls a helper for the per-CPU
 * offset.  A macro's entry was applied only to a call of its expansion,
 * so get_cpu_var() entered preempt and put_cpu_var() never left it, and
 * every sleep after a balanced pair was a false sleep-in-atomic (qman.c
 * on ARM); preempt_disable(); msleep(); preempt_enable(); was not seen.
 * Now an invocation of a modeled macro whose expansion makes no call of
 * its own is one call of the macro's name.
 */
struct portal {
	void *owner;
	int count;
};

static unsigned long cpu_offset_base;

static inline unsigned long my_cpu_offset(void)
{
	return cpu_offset_base;
}

#define barrier() __asm__ __volatile__("" : : : "memory")
#define preempt_disable() barrier()
#define preempt_enable() barrier()
#define this_cpu_ptr(ptr) ((typeof(ptr))((unsigned long)(ptr) + my_cpu_offset()))
#define get_cpu_var(var)						\
	(*({								\
		preempt_disable();					\
		this_cpu_ptr(&(var));					\
	}))
#define put_cpu_var(var)						\
	do {								\
		(void)&(var);						\
		preempt_enable();					\
	} while (0)

static struct portal affine;

static inline struct portal *get_affine(void)
{
	return &get_cpu_var(affine);
}

static inline void put_affine(void)
{
	put_cpu_var(affine);
}

void pair_then_sleep(void)
{
	struct portal *p = &get_cpu_var(affine);

	p->count++;
	put_cpu_var(affine);
	msleep(1);
}

void wrapped_pair_then_sleep(void *owner)
{
	struct portal *p = get_affine();

	p->owner = owner;
	put_affine();
	msleep(1);
}

void statement_pair_then_sleep(void)
{
	get_cpu_var(affine).count++;
	put_cpu_var(affine);
	msleep(1);
}

/* Still wrong: sleeping while the per-CPU variable is held. */
void sleep_in_pair(void)
{
	struct portal *p = &get_cpu_var(affine);

	msleep(1);	/* expect: sleep-in-atomic */
	p->count++;
	put_cpu_var(affine);
}

/* Still wrong: barrier-only preempt_disable() is a disable. */
void sleep_preempt_off(void)
{
	preempt_disable();
	msleep(1);	/* expect: sleep-in-atomic */
	preempt_enable();
}

void sleep_after_enable(void)
{
	preempt_disable();
	preempt_enable();
	msleep(1);
}

/*
 * Where the expansion makes the call (x86: preempt_disable() adds to the
 * preempt count through an inline function), the macro's entry is
 * applied to that call only, not once more: a disable counted twice
 * would stay atomic after the barrier-only enable below.  (No call is
 * added there; if one were, call_api() would still apply the entry once,
 * to the last call of the expansion.)
 */
static int preempt_count;

static inline void preempt_count_add(int val)
{
	preempt_count += val;
}

#undef preempt_disable
#define preempt_disable()						\
	do {								\
		preempt_count_add(1);					\
		barrier();						\
	} while (0)

void counted_disable_then_sleep(void)
{
	preempt_disable();
	preempt_enable();
	msleep(1);
}

/* Still wrong with the counted disable. */
void counted_disable_sleep(void)
{
	preempt_disable();
	msleep(1);	/* expect: sleep-in-atomic */
	preempt_enable();
}
