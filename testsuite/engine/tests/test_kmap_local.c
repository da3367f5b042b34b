// SPDX-License-Identifier: GPL-2.0
/*
 * test_kmap_local.c - the kmap_local stack: the depth limit, unmapping out
 * of order (with offsets inside the page), double unmaps, wrong arguments,
 * lowmem with and without FORCE_MAP, folios and pfns, kmap_atomic's context.
 */
#include <linux/highmem.h>
#include <hmcase.h>
#include "check.h"

/* 6.1: BUG_ON(idx >= KM_MAX_IDX) after the push: the 16th nested map. */
static void test_depth(void)
{
	struct page *pages[KM_MAX_IDX];
	char *addr[KM_MAX_IDX];
	int i, line = 0;

	hm_engine_reset();
	for (i = 0; i < KM_MAX_IDX; i++)
		pages[i] = hmcase_page(i & 1);
	for (i = 0; i < KM_MAX_IDX - 1; i++)
		addr[i] = kmap_local_page(pages[i]);
	CHECK_NO_VIOLATIONS();
	line = __LINE__; addr[KM_MAX_IDX - 1] = kmap_local_page(pages[KM_MAX_IDX - 1]);
	CHECK_EQ(hm_violation_count(), 1);
	check_violation(0, "depth", line);
	CHECK_EQ(hm_kmap_local_depth(), KM_MAX_IDX);
	for (i = KM_MAX_IDX - 1; i >= 0; i--)
		kunmap_local(addr[i]);
	CHECK_EQ(hm_violation_count(), 1);
	CHECK_EQ(hm_kmap_local_depth(), 0);
	hm_task_exit();
	CHECK_EQ(hm_violation_count(), 1);
}

static void test_order_with_offsets(void)
{
	struct page *p1, *p2, *p3;
	char *a, *b, *c;
	int line;

	hm_engine_reset();
	p1 = hmcase_page(1);
	p2 = hmcase_page(0);
	p3 = hmcase_page(1);
	a = kmap_local_page(p1);
	b = kmap_local_page(p2);
	c = kmap_local_page(p3);
	kunmap_local(c + 4095);			/* any address inside the page */
	line = __LINE__; kunmap_local(a + 100);
	kunmap_local(b + 1);
	CHECK_EQ(hm_violation_count(), 1);
	check_violation(0, "order", line);
	CHECK_EQ(hm_kmap_local_depth(), 0);
	hm_task_exit();
	CHECK_EQ(hm_violation_count(), 1);	/* nothing leaked */
}

static void test_double_unmap(void)
{
	struct page *page;
	char *addr;
	int line;

	hm_engine_reset();
	page = hmcase_page(1);
	addr = kmap_local_page(page);
	kunmap_local(addr);
	line = __LINE__; kunmap_local(addr);
	CHECK_EQ(hm_violation_count(), 1);
	check_violation(0, "unbalanced", line);
	line = __LINE__; kunmap_local(NULL);	/* never mapped */
	CHECK_EQ(hm_violation_count(), 2);
	check_violation(1, "unbalanced", line);
}

static void test_wrong_arguments(void)
{
	struct page *page, *other;
	char *addr, *pkmap;
	int line[4];

	hm_engine_reset();
	page = hmcase_page(1);
	other = hmcase_page(1);
	addr = kmap_local_page(page);
	line[0] = __LINE__; kunmap_local(page);		/* the page, not the address */
	line[1] = __LINE__; kunmap(page);		/* only kmap_local'd */
	line[2] = __LINE__; kunmap((struct page *)addr);	/* an address */
	pkmap = kmap(other);
	line[3] = __LINE__; kunmap_local(pkmap);	/* the wrong family */
	kunmap(other);
	kunmap_local(addr);
	CHECK_EQ(hm_violation_count(), 4);
	check_violation(0, "wrong-arg", line[0]);
	check_violation(1, "wrong-arg", line[1]);
	check_violation(2, "wrong-arg", line[2]);
	check_violation(3, "wrong-arg", line[3]);
	hm_task_exit();
	CHECK_EQ(hm_violation_count(), 4);
}

static void test_lowmem_force_map(void)
{
	struct page *low, *low2;
	char *a, *b;
	int line;

	hm_engine_reset();
	low = hmcase_page(0);
	low2 = hmcase_page(0);
	a = kmap_local_page(low);
	CHECK(a != page_address(low));		/* mapped in a slot all the same */
	CHECK_EQ(hm_kmap_local_depth(), 1);
	strcpy(a, "lowmem alias");
	CHECK(!strcmp((char *)page_address(low), "lowmem alias"));
	b = kmap_local_page(low2);
	line = __LINE__; kunmap_local(a);
	kunmap_local(b);
	CHECK_EQ(hm_violation_count(), 1);
	check_violation(0, "order", line);
}

static void plain_kernel(struct hm_config *config)
{
	config->force_map = false;
}

static void test_lowmem_plain(void)
{
	struct page *low, *low2, *high;
	char *a, *b, *h;
	int line;

	hm_engine_fini();
	check_engine_start(plain_kernel);
	low = hmcase_page(0);
	low2 = hmcase_page(0);
	high = hmcase_page(1);
	a = kmap_local_page(low);
	CHECK(a == page_address(low));		/* 6.1: no push for lowmem */
	CHECK_EQ(hm_kmap_local_depth(), 0);
	b = kmap_local_page(low2);
	kunmap_local(a);			/* out of order, unseen as in 6.1 */
	kunmap_local(b);
	CHECK_NO_VIOLATIONS();
	h = kmap_local_page(high);		/* highmem is still pushed */
	CHECK_EQ(hm_kmap_local_depth(), 1);
	a = kmap_local_page(low);
	line = __LINE__; kunmap_local(h);
	kunmap_local(a);
	CHECK_NO_VIOLATIONS();
	CHECK_EQ(hm_kmap_local_depth(), 0);
	(void)line;
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
	hm_engine_fini();
	check_engine_start(NULL);
}

static void test_folio_and_pfn(void)
{
	struct folio *folio;
	char *addr, *frame;
	unsigned long pfn;

	hm_engine_reset();
	folio = hmcase_folio(1, 2);
	CHECK_EQ(folio_nr_pages(folio), 4);
	CHECK(folio_test_highmem(folio));
	CHECK(page_folio(folio_page(folio, 3)) == folio);
	pfn = folio_pfn(folio);
	addr = kmap_local_folio(folio, 2 * PAGE_SIZE + 10);
	CHECK_EQ((unsigned long)addr & ~PAGE_MASK, 10);
	strcpy(addr, "third page");
	frame = hm_frame(pfn + 2);
	CHECK(!strcmp(frame + 10, "third page"));
	kunmap_local(addr);
	addr = kmap_local_pfn(pfn + 2);
	CHECK(!strcmp(addr + 10, "third page"));
	kunmap_local(addr);
	memzero_page(folio_page(folio, 2), 10, 4);
	CHECK_EQ(frame[10], 0);
	CHECK_EQ(frame[13], 0);
	CHECK_EQ(frame[14], 'd');
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
}

static void test_atomic_context(void)
{
	struct page *page;
	char *addr;

	hm_engine_reset();
	page = hmcase_page(1);
	addr = kmap_local_page(page);
	CHECK_EQ(preempt_count(), 0);		/* kmap_local leaves preemption on */
	kunmap_local(addr);
	addr = kmap_atomic(page);
	CHECK_EQ(preempt_count(), 1);
	CHECK(pagefault_disabled());
	CHECK_EQ(hm_kmap_local_depth(), 1);
	kunmap_atomic(addr + 8);
	CHECK_EQ(preempt_count(), 0);
	CHECK(!pagefault_disabled());
	CHECK_EQ(hm_kmap_local_depth(), 0);
	addr = kmap_atomic_pfn(page_to_pfn(page));
	CHECK_EQ(preempt_count(), 1);
	CHECK_EQ(((char *)hm_frame(page_to_pfn(page)))[8], 0);
	addr[8] = 'p';
	CHECK_EQ(((char *)hm_frame(page_to_pfn(page)))[8], 'p');
	kunmap_atomic(addr);
	addr = kmap_local_page_prot(page, PAGE_KERNEL_RO);
	CHECK_EQ(addr[8], 'p');
	kunmap_local(addr);
	CHECK_EQ(preempt_count(), 0);
	CHECK_NO_VIOLATIONS();
}

static void test_page_helpers(void)
{
	struct page *dst, *src;
	char buffer[16];

	hm_engine_reset();
	dst = hmcase_page(1);
	src = hmcase_page(0);
	memcpy_to_page(src, 5, "helpers", 8);
	memcpy_page(dst, 100, src, 5, 8);
	memcpy_from_page(buffer, dst, 100, 8);
	CHECK(!strcmp(buffer, "helpers"));
	memset_page(dst, 0, 'x', 3);
	CHECK(!memcmp(hm_frame(page_to_pfn(dst)), "xxx", 3));
	copy_highpage(src, dst);
	CHECK(!memcmp(hm_frame(page_to_pfn(src)) + 100, "helpers", 8));
	clear_highpage(src);
	CHECK_EQ(((char *)hm_frame(page_to_pfn(src)))[100], 0);
	zero_user(dst, 0, 2);
	CHECK(!memcmp(hm_frame(page_to_pfn(dst)), "\0\0x", 3));
	CHECK_EQ(hm_kmap_local_depth(), 0);
	CHECK_NO_VIOLATIONS();
}

int main(void)
{
	check_engine_start(NULL);
	test_depth();
	test_order_with_offsets();
	test_double_unmap();
	test_wrong_arguments();
	test_lowmem_force_map();
	test_lowmem_plain();
	test_folio_and_pfn();
	test_atomic_context();
	test_page_helpers();
	hm_engine_fini();
	return check_report("test_kmap_local");
}
