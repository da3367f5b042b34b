// SPDX-License-Identifier: GPL-2.0
/*
 * test_stress.c - several threads, thousands of kmap/kunmap on shared
 * pages (a small pkmap window, so slots run out, wrap and flush, and
 * threads sleep and are woken) and nested kmap_local maps, each checked by
 * writing and reading back through the mapping.  It must end with no
 * violation, no leak, no slot in use, and no thread left asleep: a lost
 * wakeup would hang, and the alarm fails the test.
 */
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>
#include <linux/highmem.h>
#include <hmcase.h>
#include "check.h"

#define THREADS		4	/* workers, each holding at most 2 kmaps */
#define HOG_HOLDS	12	/* and one thread that holds many */
#define ITERATIONS	3000
#define SHARED_PAGES	48
#define SLOTS		16

static struct page *shared[SHARED_PAGES];

static void small_window(struct hm_config *config)
{
	config->last_pkmap = SLOTS;
}

/* Each thread owns its own bytes of every page: no two write the same. */
static bool write_and_check(char *addr, int thread, unsigned int value)
{
	volatile unsigned int *word = (unsigned int *)(addr + 64 * thread);

	*word = value;
	return *word == value;
}

static void pkmap_round(int thread, unsigned int *seed, int *bad)
{
	struct page *a = shared[rand_r(seed) % SHARED_PAGES];
	struct page *b = shared[rand_r(seed) % SHARED_PAGES];
	char *pa = kmap(a), *pb = kmap(b);

	*bad += !write_and_check(pa, thread, *seed);
	*bad += !write_and_check(pb, thread, *seed + 1);
	sched_yield();
	kunmap(a);
	kunmap(b);
}

static void local_round(int thread, unsigned int *seed, int *bad)
{
	char *addr[3];
	int depth = 1 + rand_r(seed) % 3, i;

	for (i = 0; i < depth; i++) {
		addr[i] = kmap_local_page(shared[rand_r(seed) % SHARED_PAGES]);
		*bad += !write_and_check(addr[i], thread, *seed + (unsigned int)i);
	}
	while (i-- > 0)
		kunmap_local(addr[i]);
}

/*
 * Takes HOG_HOLDS slots at once, so that together with the workers the
 * window runs out and kmap() sleeps.  Waiters hold at most 4 + 11 slots:
 * fewer than SLOTS, so some holder is always running and will wake them.
 */
static void *hog(void *arg)
{
	struct page *held[HOG_HOLDS];
	int round, i;

	(void)arg;
	for (round = 0; round < ITERATIONS / 10; round++) {
		for (i = 0; i < HOG_HOLDS; i++) {
			held[i] = shared[(round + i) % SHARED_PAGES];
			kmap(held[i]);
		}
		usleep(200);
		for (i = 0; i < HOG_HOLDS; i++)
			kunmap(held[i]);
	}
	hm_task_exit();
	return NULL;
}

static void *worker(void *arg)
{
	int thread = (int)(long)arg, i, bad = 0;
	unsigned int seed = (unsigned int)thread * 7919u + 1;

	for (i = 0; i < ITERATIONS; i++) {
		if (rand_r(&seed) & 1)
			pkmap_round(thread, &seed, &bad);
		else
			local_round(thread, &seed, &bad);
	}
	hm_task_exit();
	return (void *)(long)bad;
}

int main(void)
{
	pthread_t threads[THREADS], hog_thread;
	unsigned int i;
	long bad, total_bad = 0;

	alarm(100);
	check_engine_start(small_window);
	for (i = 0; i < SHARED_PAGES; i++)
		shared[i] = hmcase_page(1);
	CHECK_EQ(pthread_create(&hog_thread, NULL, hog, NULL), 0);
	for (i = 0; i < THREADS; i++)
		CHECK_EQ(pthread_create(&threads[i], NULL, worker, (void *)(long)i), 0);
	for (i = 0; i < THREADS; i++) {
		CHECK_EQ(pthread_join(threads[i], (void **)&bad), 0);
		total_bad += bad;
	}
	CHECK_EQ(pthread_join(hog_thread, NULL), 0);
	CHECK_EQ(total_bad, 0);
	CHECK_NO_VIOLATIONS();
	CHECK_EQ(hm_pkmap_waiters(), 0);
	for (i = 0; i < SLOTS; i++)
		CHECK(hm_pkmap_count(i) <= 1);
	CHECK(hm_tlb_flush_count() > 0);
	CHECK(hm_pkmap_sleep_count() > 0);
	printf("test_stress: %lu TLB flushes, %lu sleeps in kmap()\n",
	       hm_tlb_flush_count(), hm_pkmap_sleep_count());
	hm_engine_fini();
	return check_report("test_stress");
}
