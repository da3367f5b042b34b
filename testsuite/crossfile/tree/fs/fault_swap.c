// SPDX-License-Identifier: GPL-2.0
/*
 * A fault waits in another file before it maps (6.1's do_swap_page()
 * calls migration_entry_wait() before pte_offset_map_lock()), then
 * stores into the object under the mapping and hands it to a helper of
 * another file that sleeps unless that member is set.  The store asks
 * which members the callees' sleeps test; under the mapping only the
 * calls still ahead may have their files analyzed on demand, as they
 * would be at the call: fault_wait_entry() is behind, never needed.
 * fault_swap() stores 0: fault_settle() sleeps, reported.  fault_swap_set()
 * stores 1: quiet.
 */
#include "k.h"
#include "fault.h"

int fault_swap(struct fault *f, int wait)
{
	void *pte;

	if (wait)
		fault_wait_entry(f);
	pte = kmap_atomic(f->page);
	f->orig = 0;
	fault_settle(f);
	kunmap_atomic(pte);
	return 0;
}

int fault_swap_set(struct fault *f, int wait)
{
	void *pte;

	if (wait)
		fault_wait_entry(f);
	pte = kmap_atomic(f->page);
	f->orig = 1;
	fault_settle(f);
	kunmap_atomic(pte);
	return 0;
}
