// SPDX-License-Identifier: GPL-2.0
/*
 * test_leak.c - task exit: each mapping still held is a leak at its map
 * call, then released; a reset starts everything afresh.
 */
#include <linux/highmem.h>
#include <hmcase.h>
#include "check.h"

static void *map_and_forget(struct page *page, int *line)
{
	*line = __LINE__; return kmap(page);
}

static void test_leaks_at_task_exit(void)
{
	struct page *high, *low, *held;
	char *kept;
	int line[4];
	unsigned int nr;

	hm_engine_reset();
	high = hmcase_page(1);
	low = hmcase_page(0);
	held = hmcase_page(1);
	line[0] = __LINE__; kept = kmap_local_page(high);
	line[1] = __LINE__; kmap_local_page(low);
	kunmap_local(kmap_local_page(held));
	nr = pkmap_slot_of(map_and_forget(held, &line[2]));
	line[3] = __LINE__; kmap(low);
	kmap(high);
	kunmap(high);
	CHECK_NO_VIOLATIONS();
	(void)kept;

	hm_task_exit();
	CHECK_EQ(hm_violation_count(), 4);
	check_violation(0, "leak", line[0]);
	check_violation(1, "leak", line[1]);
	check_violation(2, "leak", line[2]);
	check_violation(3, "leak", line[3]);
	CHECK_EQ(hm_kmap_local_depth(), 0);
	CHECK_EQ(hm_pkmap_count(nr), 1);	/* released, awaiting a flush */
	hm_task_exit();
	CHECK_EQ(hm_violation_count(), 4);
}

static void test_reset(void)
{
	struct page *page;
	unsigned int nr;

	page = hmcase_page(1);
	nr = pkmap_slot_of(kmap(page));
	kmap_local_page(page);
	preempt_disable();
	hm_engine_reset();
	CHECK_EQ(hm_violation_count(), 0);
	CHECK_EQ(hm_pkmap_count(nr), 0);
	CHECK_EQ(hm_kmap_local_depth(), 0);
	CHECK_EQ(preempt_count(), 0);
	CHECK(page_address(page) == NULL);
	CHECK_EQ(hm_tlb_flush_count(), 0);
	page = hmcase_page(1);
	CHECK_EQ(pkmap_slot_of(kmap(page)), 1);	/* the cursor starts over */
	kunmap(page);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
}

int main(void)
{
	check_engine_start(NULL);
	test_leaks_at_task_exit();
	test_reset();
	hm_engine_fini();
	return check_report("test_leak");
}
