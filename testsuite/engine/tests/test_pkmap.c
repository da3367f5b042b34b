// SPDX-License-Identifier: GPL-2.0
/*
 * test_pkmap.c - kmap()/kunmap(): slots and their count states, reuse of a
 * slot still mapped, flush on wrap (counted), the page_address hash under
 * collisions, lowmem pages, one frame seen through several mappings.
 */
#include <linux/highmem.h>
#include <hmcase.h>
#include "check.h"

static void test_count_states(void)
{
	struct page *page, *other;
	char *addr, *again;
	unsigned int nr;

	hm_engine_reset();
	page = hmcase_page(1);
	other = hmcase_page(1);
	addr = kmap(page);
	nr = pkmap_slot_of(addr);
	CHECK_EQ(nr, 1);		/* last_pkmap_nr starts at 0: first slot is 1 */
	CHECK_EQ(hm_pkmap_count(nr), 2);
	CHECK(page_address(page) == addr);
	again = kmap(page);
	CHECK(again == addr);
	CHECK_EQ(hm_pkmap_count(nr), 3);
	kunmap(page);
	CHECK_EQ(hm_pkmap_count(nr), 2);
	kunmap(page);
	CHECK_EQ(hm_pkmap_count(nr), 1);	/* free, but mapped since the last flush */
	CHECK(page_address(page) == addr);

	CHECK(kmap(other) != addr);		/* a count-1 slot is not reused */
	CHECK_EQ(pkmap_slot_of(page_address(other)), 2);
	again = kmap(page);			/* the same page gets its slot back */
	CHECK(again == addr);
	CHECK_EQ(hm_pkmap_count(nr), 2);
	kunmap(page);
	kunmap(other);

	kmap_flush_unused();
	CHECK_EQ(hm_pkmap_count(nr), 0);
	CHECK(page_address(page) == NULL);
	CHECK_EQ(hm_tlb_flush_count(), 1);
	kmap_flush_unused();			/* nothing left to flush: no TLB flush */
	CHECK_EQ(hm_tlb_flush_count(), 1);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
}

static void small_window(struct hm_config *config)
{
	config->last_pkmap = 8;
}

static void test_flush_on_wrap(void)
{
	struct page *pages[9];
	unsigned int i;

	hm_engine_fini();
	check_engine_start(small_window);
	for (i = 0; i < 9; i++)
		pages[i] = hmcase_page(1);
	for (i = 0; i < 7; i++) {		/* slots 1..7 */
		CHECK_EQ(pkmap_slot_of(kmap(pages[i])), i + 1);
		kunmap(pages[i]);
	}
	CHECK_EQ(hm_tlb_flush_count(), 0);
	CHECK_EQ(hm_pkmap_count(7), 1);
	/* the cursor wraps to 0: the seven free slots are flushed, once */
	CHECK_EQ(pkmap_slot_of(kmap(pages[7])), 0);
	CHECK_EQ(hm_tlb_flush_count(), 1);
	for (i = 1; i < 8; i++)
		CHECK_EQ(hm_pkmap_count(i), 0);
	CHECK(page_address(pages[0]) == NULL);
	CHECK_EQ(pkmap_slot_of(kmap(pages[8])), 1);
	kunmap(pages[7]);
	kunmap(pages[8]);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
	hm_engine_fini();
	check_engine_start(NULL);
}

static void one_bucket(struct hm_config *config)
{
	config->page_address_hash_bits = 0;
}

/* Several mapped pages in one bucket: each still finds its own address. */
static void check_bucket(struct page **pages, int n)
{
	void *addr[8];
	int i;

	for (i = 0; i < n; i++)
		addr[i] = kmap(pages[i]);
	for (i = 0; i < n; i++)
		CHECK(page_address(pages[i]) == addr[i]);
	kunmap(pages[1]);
	kmap_flush_unused();
	CHECK(page_address(pages[1]) == NULL);
	for (i = 0; i < n; i++)
		if (i != 1)
			CHECK(page_address(pages[i]) == addr[i]);
	for (i = 0; i < n; i++)
		if (i != 1)
			kunmap(pages[i]);
}

static void test_hash_collisions(void)
{
	struct page *pages[8];
	unsigned long pfn;
	int i, n = 0;

	/* with the kernel's 128 buckets: find pages that share one */
	hm_engine_reset();
	for (pfn = 512; pfn < 1024 && n < 4; pfn++) {
		struct page *page = pfn_to_page(pfn);

		if (hm_page_address_slot(page) == hm_page_address_slot(pfn_to_page(600)))
			pages[n++] = page;
	}
	CHECK(n >= 3);
	check_bucket(pages, n);
	CHECK_NO_VIOLATIONS();

	/* and with a single bucket, where every page collides */
	hm_engine_fini();
	check_engine_start(one_bucket);
	for (i = 0; i < 6; i++)
		pages[i] = hmcase_page(1);
	CHECK_EQ(hm_page_address_slot(pages[0]), hm_page_address_slot(pages[5]));
	check_bucket(pages, 6);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
	hm_engine_fini();
	check_engine_start(NULL);
}

static void test_lowmem(void)
{
	struct page *page;
	char *addr;
	unsigned int i;

	hm_engine_reset();
	page = hmcase_page(0);
	CHECK(!PageHighMem(page));
	CHECK_EQ(page_zonenum(page), ZONE_NORMAL);
	CHECK_EQ(page_zonenum(pfn_to_page(3)), ZONE_DMA);
	addr = kmap(page);
	CHECK(addr == page_address(page));
	CHECK(addr == lowmem_page_address(page));
	CHECK(virt_to_page(addr) == page);
	for (i = 0; i < 8; i++)
		CHECK_EQ(hm_pkmap_count(i), 0);	/* no slot taken */
	kunmap(page);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
}

static void test_one_frame_many_mappings(void)
{
	struct page *page;
	char *pkmap, *local, *frame;

	hm_engine_reset();
	page = hmcase_page(1);
	pkmap = kmap(page);
	local = kmap_local_page(page);
	CHECK(pkmap != local);
	strcpy(pkmap + 100, "through kmap");
	CHECK(!strcmp(local + 100, "through kmap"));
	strcpy(local + 200, "through kmap_local");
	CHECK(!strcmp(pkmap + 200, "through kmap_local"));
	frame = hm_frame(page_to_pfn(page));
	CHECK(!strcmp(frame + 100, "through kmap"));
	CHECK(!strcmp(frame + 200, "through kmap_local"));
	kunmap_local(local);
	kunmap(page);
	CHECK(kmap_to_page(kmap(page)) == page);
	kunmap(page);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
}

static void map_one_more(void *page)
{
	kmap(page);
}

static void four_colours(struct hm_config *config)
{
	config->last_pkmap = 16;
	config->pkmap_colors = 4;
}

/* With cache colours, a page only goes to slots of its own colour. */
static void test_colours(void)
{
	struct page *pages[6];
	unsigned int nr;
	int i;

	hm_engine_fini();
	check_engine_start(four_colours);
	for (i = 0; i < 6; i++)
		pages[i] = pfn_to_page(512 + 4 * i + 1);	/* all colour 1 */
	for (i = 0; i < 4; i++) {
		nr = pkmap_slot_of(kmap(pages[i]));
		CHECK_EQ(nr % 4, 1);
	}
	/* the four colour-1 slots are held: a fifth colour-1 page would wait */
	CHECK_EQ(hm_run_protected(map_one_more, pages[4]), 1);
	check_violation(0, "pkmap-deadlock", 0);
	hm_violations_clear();
	kunmap(pages[0]);
	nr = pkmap_slot_of(kmap(pages[5]));	/* after a flush on wrap */
	CHECK_EQ(nr % 4, 1);
	CHECK(hm_tlb_flush_count() >= 1);
	nr = pkmap_slot_of(kmap(pfn_to_page(512 + 2)));
	CHECK_EQ(nr % 4, 2);
	kunmap(pfn_to_page(512 + 2));
	for (i = 1; i < 4; i++)
		kunmap(pages[i]);
	kunmap(pages[5]);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
	hm_engine_fini();
	check_engine_start(NULL);
}

static void test_arch_config(void)
{
	struct hm_config config;

	hm_config_default(&config);
	CHECK_EQ(config.last_pkmap, 512);
	/* ARC with 8 KiB pages: PGDIR_SIZE 2 MiB */
	CHECK_EQ(hm_config_from_arch(&config, 8192, 2UL << 20), 0);
	CHECK_EQ(config.last_pkmap, 256);
	CHECK_EQ(hm_config_from_arch(&config, 4096, 3 * 4096), -1);
}

int main(void)
{
	check_engine_start(NULL);
	test_count_states();
	test_flush_on_wrap();
	test_hash_collisions();
	test_lowmem();
	test_one_frame_many_mappings();
	test_colours();
	test_arch_config();
	hm_engine_fini();
	return check_report("test_pkmap");
}
