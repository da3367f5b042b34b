/* SPDX-License-Identifier: GPL-2.0 */
/* lib/zone_lock.c: lock wrappers, and helpers that are not. */
#include "k.h"

struct zone { spinlock_t lock; int busy; int count; };
void preempt_disable(void);
unsigned long _raw_spin_lock_irqsave(spinlock_t *lock);
#define spin_lock_irqsave(lock, flags) ((flags) = _raw_spin_lock_irqsave(lock))
void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);
void local_irq_restore(unsigned long flags);

void zone_lock(struct zone *z);
void zone_unlock(struct zone *z);
int zone_lock_if_busy(struct zone *z);
void zone_pin_cpu(struct zone *z);
void zone_settle(struct zone *z);
unsigned long zone_lock_irqsave(struct zone *z);
