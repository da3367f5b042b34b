/* SPDX-License-Identifier: GPL-2.0 */
/* bug.h - BUG() stops the run (the engine prints where); WARN() prints. */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <stdio.h>
#include <linux/compiler.h>
#include <hm/kernel_abi.h>

#define BUG()		hm_bug(__FILE__, __LINE__, "BUG()")
#define BUG_ON(condition) do { if (unlikely(condition)) BUG(); } while (0)

#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		fprintf(stderr, "%s:%d: WARNING: %s\n", __FILE__,	\
			__LINE__, #condition);				\
	unlikely(__ret_warn_on);					\
})
#define WARN_ON_ONCE(condition)	WARN_ON(condition)
#define WARN(condition, ...)	WARN_ON(condition)
#define WARN_ONCE(condition, ...) WARN_ON(condition)

#define BUILD_BUG_ON(condition)	((void)sizeof(char[1 - 2 * !!(condition)]))

/* CONFIG_DEBUG_VM: a page helper given a range beyond the page. */
#define VM_BUG_ON(condition)	BUG_ON(condition)
#define VM_WARN_ON(condition)	WARN_ON(condition)

#endif
