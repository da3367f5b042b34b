/* SPDX-License-Identifier: GPL-2.0 */
/* cacheflush.h - a coherent cache: nothing to flush. */
#ifndef _LINUX_CACHEFLUSH_H
#define _LINUX_CACHEFLUSH_H

#define flush_dcache_page(page)		do { (void)(page); } while (0)
#define flush_dcache_folio(folio)	do { (void)(folio); } while (0)
#define flush_kernel_vmap_range(vaddr, size)	do { } while (0)
#define invalidate_kernel_vmap_range(vaddr, size) do { } while (0)

#endif
