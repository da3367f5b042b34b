// SPDX-License-Identifier: GPL-2.0
/*
 * test_fault.c - a use after unmap really faults and is recorded with the
 * slot, the address, the faulting pc and the unmap site; a fault outside
 * the engine's windows is not the engine's business.
 */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/highmem.h>
#include <linux/vmalloc.h>
#include <hmcase.h>
#include "check.h"

static noinline void touch(void *arg)	/* else gcc -O2 sees the constant 16 */
{
	*(volatile char *)arg = 1;
}

static void check_fault(void *addr, int unmap_line, const char *window)
{
	const struct hm_violation *v;

	hm_violations_clear();
	CHECK_EQ(hm_run_protected(touch, addr), 1);
	CHECK_EQ(hm_violation_count(), 1);
	v = hm_violation(0);
	if (!v)
		return;
	CHECK(!strcmp(v->rule, "use-after-unmap"));
	CHECK(v->address == addr);
	CHECK(v->pc != NULL);
	CHECK(v->file == NULL);
	CHECK_EQ(v->unmap_line, unmap_line);
	CHECK(v->unmap_file && strstr(v->unmap_file, "test_fault.c"));
	CHECK(strstr(v->message, window) != NULL);
}

static void test_local(void)
{
	struct page *page;
	char *addr;
	int line;

	hm_engine_reset();
	page = hmcase_page(1);
	addr = kmap_local_page(page);
	CHECK_EQ(hm_run_protected(touch, addr + 5), 0);
	line = __LINE__; kunmap_local(addr);
	check_fault(addr + 5, line, "kmap_local slot");
	CHECK_EQ(((char *)hm_frame(page_to_pfn(page)))[5], 1);	/* the write before */
}

static void test_local_lowmem(void)
{
	struct page *page;
	char *addr;
	int line;

	hm_engine_reset();
	page = hmcase_page(0);
	addr = kmap_local_page(page);		/* FORCE_MAP: a slot of its own */
	line = __LINE__; kunmap_local(addr);
	check_fault(addr, line, "kmap_local slot");
}

static void test_pkmap(void)
{
	struct page *page;
	char *addr;
	int line;

	hm_engine_reset();
	page = hmcase_page(1);
	addr = kmap(page);
	CHECK_EQ(hm_run_protected(touch, addr), 0);
	line = __LINE__; kunmap(page);
	check_fault(addr, line, "pkmap slot 1");
	/* mapped again: usable again */
	CHECK(kmap(page) == addr);
	CHECK_EQ(hm_run_protected(touch, addr), 0);
	line = __LINE__; kunmap(page);
	kmap_flush_unused();
	check_fault(addr + 100, line, "pkmap slot 1");
}

static void test_vmap(void)
{
	struct page *pages[2];
	char *addr;
	int line;

	hm_engine_reset();
	pages[0] = hmcase_page(1);
	pages[1] = hmcase_page(0);
	addr = vmap(pages, 2, VM_MAP, PAGE_KERNEL);
	CHECK_EQ(hm_run_protected(touch, addr + PAGE_SIZE), 0);
	line = __LINE__; vunmap(addr);
	check_fault(addr + PAGE_SIZE, line, "vmap slot 1");
}

/* A fault elsewhere goes to the previous handler: the child must die of it. */
static void test_not_ours(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		volatile unsigned long nowhere = 16;	/* hidden from the optimizer */

		touch((void *)nowhere);
		_exit(0);
	}
	CHECK(pid > 0);
	CHECK_EQ(waitpid(pid, &status, 0), pid);
	CHECK(!(WIFEXITED(status) && WEXITSTATUS(status) == 0));
	CHECK_EQ(hm_violation_count(), 0);
}

/* Abort mode: the first violation is printed and the process aborts, like BUG(). */
static void test_abort_mode(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		struct hm_config config;
		char *addr;

		hm_engine_fini();
		hm_config_default(&config);
		config.abort_on_violation = true;
		if (hm_engine_init(&config))
			_exit(2);
		addr = kmap_local_page(hmcase_page(1));
		kunmap_local(addr);
		kunmap_local(addr);
		_exit(0);
	}
	CHECK(pid > 0);
	CHECK_EQ(waitpid(pid, &status, 0), pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
}

int main(void)
{
	check_engine_start(NULL);
	test_local();
	test_local_lowmem();
	test_pkmap();
	test_vmap();
	hm_violations_clear();
	test_not_ours();
	test_abort_mode();
	hm_engine_fini();
	return check_report("test_fault");
}
