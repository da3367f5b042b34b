/* SPDX-License-Identifier: GPL-2.0 */
/* irqflags.h - the interrupt flag is the engine's, per task. */
#ifndef _LINUX_IRQFLAGS_H
#define _LINUX_IRQFLAGS_H

#include <linux/types.h>

#define local_irq_disable()	do { HM_HERE(); hm_local_irq_disable(); } while (0)
#define local_irq_enable()	do { HM_HERE(); hm_local_irq_enable(); } while (0)
#define local_irq_save(flags)	do { HM_HERE(); (flags) = hm_local_irq_save(); } while (0)
#define local_irq_restore(flags) do { HM_HERE(); hm_local_irq_restore(flags); } while (0)
#define raw_local_irq_disable()		local_irq_disable()
#define raw_local_irq_enable()		local_irq_enable()
#define raw_local_irq_save(flags)	local_irq_save(flags)
#define raw_local_irq_restore(flags)	local_irq_restore(flags)
#define irqs_disabled()		hm_irqs_disabled()

#endif
