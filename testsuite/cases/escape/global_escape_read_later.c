// SPDX-License-Identifier: GPL-2.0
/*
 * An escape that is later used: the address kept in a global outlives the
 * mapping and another function reads through it.  The two tools place the
 * one bug differently: hmcheck at the store that lets the address escape,
 * the engine at the read that faults.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned int *current_table;

static void load_table(struct page *page)
{
	unsigned int *table = kmap_local_page(page);

	table[0] = 16;
	current_table = table;	/* expect-static: escape -- the engine faults later, at the read in table_size */
	kunmap_local(table);
}

static unsigned int table_size(void)
{
	return current_table[0];	/* expect-runtime: use-after-unmap -- hmcheck reports the escaping store in load_table */
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	load_table(hmcase_page(in[0]));
	(void)table_size();
}
