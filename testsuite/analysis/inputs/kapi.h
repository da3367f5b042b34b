/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kapi.h - the few kernel declarations the analysis inputs need, spelled
 * as in Linux 6.1 (kunmap_local and kunmap_atomic are macros there too).
 */
#ifndef KAPI_H
#define KAPI_H

#define NULL ((void *)0)
#define PAGE_SIZE 4096
typedef unsigned long size_t;
typedef unsigned int gfp_t;
typedef _Bool bool;
#define true 1
#define false 0

struct page;
struct folio;
struct mutex { int count; };
typedef struct { int lock; } spinlock_t;

#define ___GFP_DIRECT_RECLAIM	0x400u
#define ___GFP_KSWAPD_RECLAIM	0x800u
#define GFP_ATOMIC	(0x20u | ___GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL	(0x40u | 0x80u | ___GFP_DIRECT_RECLAIM | ___GFP_KSWAPD_RECLAIM)
#define GFP_NOWAIT	(___GFP_KSWAPD_RECLAIM)

void *kmap_local_page(struct page *page);
void *kmap_local_folio(struct folio *folio, size_t offset);
void __kunmap_local(const void *addr);
#define kunmap_local(addr) __kunmap_local(addr)
void *kmap_atomic(struct page *page);
void __kunmap_atomic(const void *addr);
#define kunmap_atomic(addr) __kunmap_atomic(addr)
void *kmap(struct page *page);
void kunmap(struct page *page);
struct page *alloc_page(gfp_t gfp);

void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);
void msleep(unsigned int msecs);
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void preempt_disable(void);
void preempt_enable(void);
void pagefault_disable(void);
void pagefault_enable(void);
void *kmalloc(size_t size, gfp_t flags);
void kfree(const void *p);
unsigned long copy_from_user(void *to, const void *from, unsigned long n);
unsigned long copy_to_user(void *to, const void *from, unsigned long n);
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int printk(const char *fmt, ...);
void panic(const char *fmt, ...) __attribute__((noreturn));
int do_something(void *p);
void opaque(void *p);

#endif
