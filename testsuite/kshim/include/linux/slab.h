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

static inline void kvfree(const void *addr)
{
	free((void *)addr);
}

static inline void kfree(const void *objp)
{
	free((void *)objp);
}

/* kmem caches: objects of one size. */
struct kmem_cache {
	size_t size;
};

static inline struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
						   unsigned int align, unsigned long flags,
						   void (*ctor)(void *))
{
	struct kmem_cache *cache = malloc(sizeof(*cache));

	(void)name, (void)align, (void)flags, (void)ctor;
	if (cache)
		cache->size = size;
	return cache;
}

static inline void kmem_cache_destroy(struct kmem_cache *cache)
{
	free(cache);
}

static inline void *kmem_cache_alloc(struct kmem_cache *cache, gfp_t flags)
{
	return (kmalloc)(cache->size, flags);
}

static inline void *kmem_cache_zalloc(struct kmem_cache *cache, gfp_t flags)
{
	return (kmalloc)(cache->size, flags | __GFP_ZERO);
}

static inline void kmem_cache_free(struct kmem_cache *cache, void *objp)
{
	(void)cache;
	free(objp);
}

static inline char *kstrdup(const char *s, gfp_t gfp)
{
	return s ? (kmemdup)(s, strlen(s) + 1, gfp) : NULL;
}

static inline void *kvmalloc(size_t size, gfp_t flags)
{
	return (kmalloc)(size, flags);
}

#define kmalloc_node(size, flags, node)		kmalloc(size, flags)
#define kzalloc_node(size, flags, node)		kzalloc(size, flags)
#define kcalloc_node(n, size, flags, node)	kcalloc(n, size, flags)
#define kmalloc_array_node(n, size, flags, node) kmalloc_array(n, size, flags)
#define kmem_cache_alloc_node(cache, flags, node) kmem_cache_alloc(cache, flags)
#define kvzalloc(size, flags)			kvmalloc(size, (flags) | __GFP_ZERO)
#define kvmalloc_node(size, flags, node)	kvmalloc(size, flags)
#define kvzalloc_node(size, flags, node)	kvzalloc(size, flags)
#define kvmalloc_array(n, size, flags)		kmalloc_array(n, size, flags)
#define kvcalloc(n, size, flags)		kcalloc(n, size, flags)
#define krealloc_array(p, n, size, flags)	krealloc(p, (n) * (size), flags)
#define kmem_cache_alloc(cache, flags)		(HM_HERE(), kmem_cache_alloc(cache, flags))
#define kmem_cache_zalloc(cache, flags)		(HM_HERE(), kmem_cache_zalloc(cache, flags))
#define kstrdup(s, gfp)				(HM_HERE(), kstrdup(s, gfp))
#define kvmalloc(size, flags)			(HM_HERE(), kvmalloc(size, flags))
#define kmalloc(size, flags)		(HM_HERE(), kmalloc(size, flags))
#define kzalloc(size, flags)		(HM_HERE(), kzalloc(size, flags))
#define kmalloc_array(n, size, flags)	(HM_HERE(), kmalloc_array(n, size, flags))
#define kcalloc(n, size, flags)		(HM_HERE(), kcalloc(n, size, flags))
#define krealloc(p, size, flags)	(HM_HERE(), krealloc(p, size, flags))
#define kmemdup(src, len, gfp)		(HM_HERE(), kmemdup(src, len, gfp))

#endif
