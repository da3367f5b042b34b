/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hardirq.h - cases run in task context: never in a hard interrupt.  As in
 * 6.1, in_interrupt() counts bottom halves disabled (the softirq bits of
 * the preempt count: local_bh_disable(), spin_lock_bh()).
 */
#ifndef _LINUX_HARDIRQ_H
#define _LINUX_HARDIRQ_H

#include <linux/preempt.h>

#define in_interrupt()	((preempt_count() & 0xff00) != 0)
#define in_irq()	0
#define in_hardirq()	0
#define in_softirq()	((preempt_count() & 0xff00) != 0)
#define in_task()	1

#endif
