/* SPDX-License-Identifier: GPL-2.0 */
/*
 * preempt.h - the preempt count lives in the engine.  The enables can be
 * unbalanced, so they note the caller's line first.
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/types.h>

#define preempt_disable()	do { HM_HERE(); preempt_count_add(1); } while (0)
#define preempt_enable()	do { HM_HERE(); preempt_count_sub(1); } while (0)
#define preempt_enable_no_resched()	preempt_enable()
#define in_atomic()		(preempt_count() != 0)
#define preemptible()		(preempt_count() == 0 && !hm_irqs_disabled())

#define preempt_disable_notrace()	preempt_disable()
#define preempt_enable_notrace()	preempt_enable()
#define preempt_enable_no_resched_notrace()	preempt_enable()

#define migrate_enable()	(HM_HERE(), migrate_enable())

#endif
