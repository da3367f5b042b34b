// SPDX-License-Identifier: GPL-2.0
/*
 * test_vmap.c - vmap() maps several frames contiguously; vunmap() removes
 * them; vunmap() of something else is unbalanced; both might sleep.
 */
#include <linux/highmem.h>
#include <linux/vmalloc.h>
#include <linux/spinlock.h>
#include <hmcase.h>
#include "check.h"

static DEFINE_SPINLOCK(lock);

static void test_contiguous(void)
{
	struct page *pages[3];
	char *addr, *second;
	int i;

	hm_engine_reset();
	for (i = 0; i < 3; i++) {
		pages[i] = hmcase_page(i != 1);
		memset_page(pages[i], 0, 'a' + i, PAGE_SIZE);
	}
	addr = vmap(pages, 3, VM_MAP, PAGE_KERNEL);
	CHECK(addr != NULL);
	for (i = 0; i < 3; i++)
		CHECK_EQ(addr[i * PAGE_SIZE + 7], 'a' + i);
	memcpy(addr + PAGE_SIZE - 2, "xyzw", 4);	/* across a page boundary */
	CHECK(!memcmp((char *)hm_frame(page_to_pfn(pages[0])) + PAGE_SIZE - 2, "xy", 2));
	CHECK(!memcmp(hm_frame(page_to_pfn(pages[1])), "zw", 2));
	second = vmap(pages, 1, VM_MAP, PAGE_KERNEL);
	CHECK(second >= addr + 4 * PAGE_SIZE);		/* after the guard page */
	vunmap(addr);
	vunmap(second);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
}

static void test_misuse(void)
{
	struct page *page;
	char *addr;
	int line[3];

	hm_engine_reset();
	page = hmcase_page(1);
	addr = vmap(&page, 1, VM_MAP, PAGE_KERNEL);
	line[0] = __LINE__; vunmap(addr + PAGE_SIZE);
	vunmap(addr);
	line[1] = __LINE__; vunmap(addr);
	spin_lock(&lock);
	line[2] = __LINE__; addr = vmap(&page, 1, VM_MAP, PAGE_KERNEL);
	spin_unlock(&lock);
	vunmap(addr);
	CHECK_EQ(hm_violation_count(), 3);
	check_violation(0, "unbalanced", line[0]);
	check_violation(1, "unbalanced", line[1]);
	check_violation(2, "sleep-in-atomic", line[2]);
}

int main(void)
{
	check_engine_start(NULL);
	test_contiguous();
	test_misuse();
	hm_engine_fini();
	return check_report("test_vmap");
}
