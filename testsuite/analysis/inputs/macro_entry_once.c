#include "kapi.h"

/*
 * A macro with a model entry whose expansion already calls a function with
 * an entry of the same kind and context: local_lock_irqsave() expands to
 * arch_local_irq_save() (`enter irq` of its own) and then
 * local_lock_acquire(), the last call, which the macro's `enter irq` was
 * applied to as well.  irq was entered twice, local_unlock_irqrestore()
 * (arch_local_irq_restore(), `leave irq`) left it once, and the path after
 * the unlock stayed atomic: kernel/kcov.c:912, 914 (vmalloc() and
 * kcov_put() after dropping the per-CPU lock) were false sleep-in-atomic.
 * Now the macro's entry is not applied again when an earlier call of its
 * expansion did the same by its own entry.
 */
struct local_lock {
	int owner;
};

struct percpu_area {
	struct local_lock lock;
	void *area;
};

unsigned long arch_local_irq_save(void);
void arch_local_irq_restore(unsigned long flags);
void local_lock_acquire(struct local_lock *l);
void local_lock_release(struct local_lock *l);

#define local_lock_irqsave(lock, flags)			\
	do {						\
		flags = arch_local_irq_save();		\
		local_lock_acquire(lock);		\
	} while (0)

#define local_unlock_irqrestore(lock, flags)		\
	do {						\
		local_lock_release(lock);		\
		arch_local_irq_restore(flags);		\
	} while (0)

int area_start(struct percpu_area *p, size_t size)
{
	unsigned long flags;
	void *area;

	local_lock_irqsave(&p->lock, flags);
	area = p->area;
	if (!area) {
		local_unlock_irqrestore(&p->lock, flags);
		area = kmalloc(size, GFP_KERNEL);
		if (!area)
			return -12;
		local_lock_irqsave(&p->lock, flags);
	}
	p->area = area;
	local_unlock_irqrestore(&p->lock, flags);
	return 0;
}

/* Still wrong: allocating before the unlock. */
int area_start_wrong(struct percpu_area *p, size_t size)
{
	unsigned long flags;
	void *area;

	local_lock_irqsave(&p->lock, flags);
	area = p->area;
	if (!area) {
		area = kmalloc(size, GFP_KERNEL);	/* expect: sleep-in-atomic */
		if (!area) {
			local_unlock_irqrestore(&p->lock, flags);
			return -12;
		}
	}
	p->area = area;
	local_unlock_irqrestore(&p->lock, flags);
	return 0;
}
