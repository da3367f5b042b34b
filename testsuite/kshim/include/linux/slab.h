/* SPDX-License-Identifier: GPL-2.0 */
/* slab.h - kmalloc() and friends: malloc(), and a might_sleep() when gfp may block. */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <stdlib.h>
#include <string.h>
#include <linux/types.h>
#include <linux/gfp.h>

static inline void *kmalloc(size_t size, gfp_t flags)
{
	void *p;

	hm_might_alloc(flags);
	p = malloc(size ? size : 1);
	if (p && (flags & __GFP_ZERO))
		memset(p, 0, size);
	return p;
}

static inline void *kzalloc(size_t size, gfp_t flags)
{
	return (kmalloc)(size, flags | __GFP_ZERO);
}

static inline void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	if (size && n > (size_t)-1 / size)
		return NULL;
	return (kmalloc)(n * size, flags);
}

static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	return (kmalloc_array)(n, size, flags | __GFP_ZERO);
}

static inline void *krealloc(const void *p, size_t new_size, gfp_t flags)
{
	hm_might_alloc(flags);
	return realloc((void *)p, new_size ? new_size : 1);
}

static inline void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	void *p = (kmalloc)(len, gfp);

	if (p)
		memcpy(p, src, len);
	return p;
}

static inline void kfree(const void *objp)
{
	free((void *)objp);
}

#define kmalloc(size, flags)		(HM_HERE(), kmalloc(size, flags))
#define kzalloc(size, flags)		(HM_HERE(), kzalloc(size, flags))
#define kmalloc_array(n, size, flags)	(HM_HERE(), kmalloc_array(n, size, flags))
#define kcalloc(n, size, flags)		(HM_HERE(), kcalloc(n, size, flags))
#define krealloc(p, size, flags)	(HM_HERE(), krealloc(p, size, flags))
#define kmemdup(src, len, gfp)		(HM_HERE(), kmemdup(src, len, gfp))

#endif
