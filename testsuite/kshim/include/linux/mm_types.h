/* SPDX-License-Identifier: GPL-2.0 */
/* mm_types.h - struct page and struct folio are the engine's (hm/kernel_abi.h). */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>

struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;
	unsigned long vm_flags;
};

struct address_space {
	unsigned long nrpages;
};

#endif
