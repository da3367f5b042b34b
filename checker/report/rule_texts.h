/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rule_texts.h - each rule's summary and --explain text lives in
 * rule_NAME.c (the rule's name with '-' spelled '_'); rules.c puts them
 * in the hm_rules[] table.
 */
#ifndef HMCHECK_RULE_TEXTS_H
#define HMCHECK_RULE_TEXTS_H

#define DECLARE_RULE_TEXT(name)				\
	extern const char rule_##name##_summary[];	\
	extern const char rule_##name##_explain[]

DECLARE_RULE_TEXT(order);
DECLARE_RULE_TEXT(sleep_in_atomic);
DECLARE_RULE_TEXT(leak);
DECLARE_RULE_TEXT(unbalanced);
DECLARE_RULE_TEXT(wrong_arg);
DECLARE_RULE_TEXT(use_after_unmap);
DECLARE_RULE_TEXT(escape);
DECLARE_RULE_TEXT(depth);
DECLARE_RULE_TEXT(unchecked_copy);
DECLARE_RULE_TEXT(deprecated);

#endif
