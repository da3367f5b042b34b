/* SPDX-License-Identifier: GPL-2.0 */
struct fault {
	unsigned long orig;
	struct page *page;
};
void fault_wait_entry(struct fault *f);	/* lib/fault_wait.c */
void fault_settle(struct fault *f);	/* lib/fault_settle.c */
