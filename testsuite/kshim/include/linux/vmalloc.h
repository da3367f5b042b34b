/* SPDX-License-Identifier: GPL-2.0 */
/* vmalloc.h - vmalloc() is malloc() that might sleep; vmap() is the engine's. */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <stdlib.h>
#include <linux/types.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/hardirq.h>

#define VM_MAP		0x00000004

static inline void *vmalloc(unsigned long size)
{
	hm_might_sleep();
	return malloc(size ? size : 1);
}

static inline void *vzalloc(unsigned long size)
{
	hm_might_sleep();
	return calloc(1, size ? size : 1);
}

/* 6.1: "If called in interrupt context, the memory is freed later". */
static inline void vfree(const void *addr)
{
	if (!in_interrupt())
		hm_might_sleep();
	free((void *)addr);
}

#define vmalloc_user(size)		vzalloc(size)
#define vmalloc_32(size)		vmalloc(size)
#define vmalloc_node(size, node)	vmalloc(size)
#define vzalloc_node(size, node)	vzalloc(size)
#define vmalloc(size)		(HM_HERE(), vmalloc(size))
#define vzalloc(size)		(HM_HERE(), vzalloc(size))
#define vfree(addr)		(HM_HERE(), vfree(addr))
#define vmap(pages, count, flags, prot)	(HM_HERE(), vmap(pages, count, flags, prot))
#define vunmap(addr)		(HM_HERE(), vunmap(addr))

#endif
