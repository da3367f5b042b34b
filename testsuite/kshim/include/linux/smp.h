/* SPDX-License-Identifier: GPL-2.0 */
/* smp.h - get_cpu() disables preemption until put_cpu(). */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <linux/preempt.h>

#define smp_processor_id()	0
#define get_cpu()		({ HM_HERE(); preempt_count_add(1); 0; })
#define put_cpu()		do { HM_HERE(); preempt_count_sub(1); } while (0)

#endif
