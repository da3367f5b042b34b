// SPDX-License-Identifier: GPL-2.0
/*
 * fault.c - a use after unmap is a real fault: an access to a page of one of
 * the engine's windows that is PROT_NONE again.  The SIGSEGV handler records
 * it (slot, address, faulting pc, where the slot was unmapped) and, inside
 * hm_run_protected(), jumps back out.  Faults anywhere else are not ours:
 * the previous handler (the default one, or ASan's) is put back and the
 * access runs again, to fail the ordinary way.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include "internal.h"

static struct sigaction previous_action;
static bool installed;

static void *fault_pc(void *context)
{
#if defined(__x86_64__)
	return (void *)((ucontext_t *)context)->uc_mcontext.gregs[REG_RIP];
#elif defined(__i386__)
	return (void *)((ucontext_t *)context)->uc_mcontext.gregs[REG_EIP];
#elif defined(__aarch64__)
	return (void *)((ucontext_t *)context)->uc_mcontext.pc;
#else
	(void)context;
	return NULL;
#endif
}

static struct window *window_of(const void *addr)
{
	static struct window *const windows[] = {
		&pkmap_window, &local_window, &vmap_window, &direct_window,
	};
	unsigned int i;

	for (i = 0; i < sizeof(windows) / sizeof(windows[0]); i++)
		if (window_contains(windows[i], addr))
			return windows[i];
	return NULL;
}

static void record_fault(struct window *w, void *addr, void *pc)
{
	unsigned long index = window_index(w, addr);
	const struct hm_location *site = &w->unmapped_at[index];

	if (w == &direct_window) {
		violation_fault("bad-access", pc, addr, site,
				"access to %p: the direct map of a highmem frame", addr);
		return;
	}
	if (site->file)
		violation_fault("use-after-unmap", pc, addr, site,
				"access to %p in %s slot %lu, unmapped at %s:%d",
				addr, w->name, index, site->file, site->line);
	else
		violation_fault("use-after-unmap", pc, addr, site,
				"access to %p in %s slot %lu, which is not mapped",
				addr, w->name, index);
}

static void segv_handler(int sig, siginfo_t *info, void *context)
{
	struct window *w = window_of(info->si_addr);
	struct task *task;

	(void)sig;
	if (!w) {
		sigaction(SIGSEGV, &previous_action, NULL);
		return;
	}
	record_fault(w, info->si_addr, fault_pc(context));
	task = current;
	if (task->protect)
		siglongjmp(*(sigjmp_buf *)task->protect, 1);
	fprintf(stderr, "hmengine: fault outside hm_run_protected(), stopping\n");
	hm_violations_print();
	abort();
}

int fault_init(void)
{
	struct sigaction action;

	memset(&action, 0, sizeof(action));
	action.sa_sigaction = segv_handler;
	action.sa_flags = SA_SIGINFO;
	sigemptyset(&action.sa_mask);
	if (sigaction(SIGSEGV, &action, &previous_action))
		return -1;
	installed = true;
	return 0;
}

void fault_fini(void)
{
	if (installed)
		sigaction(SIGSEGV, &previous_action, NULL);
	installed = false;
}

/* Leave the protected run now (a fatal violation was recorded). */
void fault_leave(void)
{
	struct task *task = current;

	if (task->protect)
		siglongjmp(*(sigjmp_buf *)task->protect, 1);
	hm_violations_print();
	abort();
}

int hm_run_protected(void (*fn)(void *), void *arg)
{
	sigjmp_buf env;
	void *outer = current->protect;
	volatile int faulted = 0;

	if (sigsetjmp(env, 1))
		faulted = 1;
	else {
		current->protect = &env;
		fn(arg);
	}
	current->protect = outer;
	return faulted;
}
