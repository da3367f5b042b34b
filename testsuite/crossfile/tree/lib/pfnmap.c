// SPDX-License-Identifier: GPL-2.0
/* An unmap helper given a page frame number, not a page (KVM's pfn cache). */
#include "k.h"
#include "pfn.h"

struct page {
	unsigned long flags;
};

void unmap_pfn(unsigned long pfn)
{
	kunmap(pfn_to_page(pfn));
}
