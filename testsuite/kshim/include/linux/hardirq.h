/* SPDX-License-Identifier: GPL-2.0 */
/* hardirq.h - cases run in task context: never in an interrupt. */
#ifndef _LINUX_HARDIRQ_H
#define _LINUX_HARDIRQ_H

#include <linux/preempt.h>

#define in_interrupt()	0
#define in_irq()	0
#define in_hardirq()	0
#define in_softirq()	((preempt_count() & 0xff00) != 0)
#define in_task()	1

#endif
