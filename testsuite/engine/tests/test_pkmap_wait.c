// SPDX-License-Identifier: GPL-2.0
/*
 * test_pkmap_wait.c - every pkmap slot busy: a second thread's kmap()
 * sleeps until a kunmap() wakes it; a task that holds every slot itself
 * and asks for one more would wait forever, and is stopped.
 */
#include <pthread.h>
#include <unistd.h>
#include <linux/highmem.h>
#include <hmcase.h>
#include "check.h"

#define SLOTS	8

static void small_window(struct hm_config *config)
{
	config->last_pkmap = SLOTS;
}

struct waiter {
	struct page *page;
	char *addr;
	int violations;
};

static void *kmap_in_thread(void *arg)
{
	struct waiter *waiter = arg;

	waiter->addr = kmap(waiter->page);	/* sleeps: every slot is busy */
	strcpy(waiter->addr, "mapped after the wait");
	kunmap(waiter->page);
	hm_task_exit();
	waiter->violations = hm_violation_count();
	return NULL;
}

static bool wait_for_waiters(int n)
{
	int i;

	for (i = 0; i < 5000; i++) {
		if (hm_pkmap_waiters() == n)
			return true;
		usleep(1000);
	}
	return false;
}

static void test_blocked_then_woken(void)
{
	struct page *pages[SLOTS];
	struct waiter waiter;
	pthread_t thread;
	int i;

	hm_engine_reset();
	for (i = 0; i < SLOTS; i++) {
		pages[i] = hmcase_page(1);
		kmap(pages[i]);
	}
	waiter.page = hmcase_page(1);
	waiter.addr = NULL;
	CHECK_EQ(pthread_create(&thread, NULL, kmap_in_thread, &waiter), 0);
	CHECK(wait_for_waiters(1));
	usleep(10000);
	CHECK(waiter.addr == NULL);		/* still asleep */
	kunmap(pages[3]);			/* frees a slot: wakes it */
	CHECK_EQ(pthread_join(thread, NULL), 0);
	CHECK(waiter.addr != NULL);
	CHECK_EQ(hm_pkmap_waiters(), 0);
	CHECK(!strcmp(hm_frame(page_to_pfn(waiter.page)), "mapped after the wait"));
	CHECK_EQ(waiter.violations, 0);
	for (i = 0; i < SLOTS; i++)
		if (i != 3)
			kunmap(pages[i]);
	hm_task_exit();
	CHECK_NO_VIOLATIONS();
}

static void map_one_more(void *arg)
{
	kmap((struct page *)arg);
}

static void test_waiting_on_oneself(void)
{
	struct page *pages[SLOTS];
	int i;

	hm_engine_reset();
	for (i = 0; i < SLOTS; i++) {
		pages[i] = hmcase_page(1);
		kmap(pages[i]);
	}
	CHECK_EQ(hm_run_protected(map_one_more, hmcase_page(1)), 1);
	CHECK_EQ(hm_violation_count(), 1);
	check_violation(0, "pkmap-deadlock", 0);
	hm_task_exit();
	CHECK_EQ(hm_violation_count_rule("leak"), SLOTS);
	CHECK_EQ(hm_pkmap_count(1), 1);
}

int main(void)
{
	check_engine_start(small_window);
	test_blocked_then_woken();
	test_waiting_on_oneself();
	hm_engine_fini();
	return check_report("test_pkmap_wait");
}
