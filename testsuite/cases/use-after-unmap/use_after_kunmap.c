// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap() address used after kunmap(page).  In a plain kernel the pkmap
 * entry stays mapped until the next flush_all_zero_pkmaps(), so the bug is
 * silent until the slot is reused; the harness runs the engine with pkmap
 * entries unmapped on release (a debug kernel's view), where it faults.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static char first_byte_after_fill(struct page *page)
{
	char *addr = kmap(page);

	memset(addr, 'x', 16);
	kunmap(page);
	return addr[0];	/* expect: use-after-unmap */
}

HMCASE_INPUTS(1);

void hmcase_run(const int *in)
{
	(void)in;
	(void)first_byte_after_fill(hmcase_page(1));
}
