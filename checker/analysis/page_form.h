/* SPDX-License-Identifier: GPL-2.0 */
/*
 * page_form.h - a page named by an expression of parameters, so that an
 * unmap helper given a number can say which page it unmaps:
 * `kunmap(pfn_to_page(pfn))` in a helper of `unsigned long pfn` is the
 * form "pfn_to_page($0)", and a call `unmap_pfn(new_pfn)` names the page
 * "pfn_to_page(new_pfn)", the very text of the caller's kmap().
 */
#ifndef HMCHECK_ANALYSIS_PAGE_FORM_H
#define HMCHECK_ANALYSIS_PAGE_FORM_H

#include "analysis/walk.h"

/*
 * The form of page expression `e`, interned: its compact text with each
 * parameter the function never assigns spelled $K (K its position).  NULL
 * unless it reads such parameters and otherwise only globals: a local's
 * value at the unmap means nothing to the caller.  `*param` is the first
 * parameter it names.
 */
const char *page_form_of(struct hm_walk *w, const struct path_state *s,
			 const struct ir_expr *e, int *param);

/*
 * The page a call's arguments make of `form`, in the caller's terms, as
 * `t` for an unmap: its text for matching a record, and its own form when
 * the arguments are again unassigned parameters or globals (a wrapper of
 * the helper).  False if an argument is missing.
 */
bool page_form_target(struct hm_walk *w, const struct path_state *s,
		      const struct ir_instr *in, const char *form,
		      struct unmap_target *t);

#endif
