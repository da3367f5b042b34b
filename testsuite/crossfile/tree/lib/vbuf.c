// SPDX-License-Identifier: GPL-2.0
/*
 * A kvfree()-shaped release: vfree() for a vmalloc'ed buffer.  vfree()
 * sleeps only where bottom halves are enabled (rules: unless=bh), so this
 * function's summary says "sleeps unless the caller holds bh".
 */
#include "k.h"

void vfree(const void *addr);
void kfree(const void *addr);
int is_vmalloc_addr(const void *addr);

void vbuf_release(void *buf)
{
	if (is_vmalloc_addr(buf))
		vfree(buf);
	else
		kfree(buf);
}
