// SPDX-License-Identifier: GPL-2.0
/*
 * A sleep under kmap_atomic() guarded by a static inline stub that
 * returns false (a feature configured out): the stub's constant decides
 * the test, the mutex is never taken there, and the engine agrees.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/types.h>
#include <hmcase.h>

static DEFINE_MUTEX(index_mutex);
static unsigned long index_total;

static inline bool index_shared(struct page *page __maybe_unused)
{
	return false;
}

static void index_page_atomic(struct page *page)
{
	unsigned long *addr = kmap_atomic(page);

	if (index_shared(page)) {
		mutex_lock(&index_mutex);
		index_total += addr[0];
		mutex_unlock(&index_mutex);
	} else {
		index_total += addr[0];
	}
	kunmap_atomic(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	index_page_atomic(hmcase_page(in[0]));
}
