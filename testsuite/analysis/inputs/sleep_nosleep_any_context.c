#include "kapi.h"

/*
 * A function callable in any context that sleeps only when it may
 * (rules/nosleep.rules: console_unlock): printing under kmap_atomic() is
 * not a sleep, though the body's cond_resched() branch is all a summary
 * sees.  A sleep elsewhere on the same path still is one.
 */
int _cond_resched(void);
#define cond_resched() _cond_resched()

static int console_may_schedule;

void console_unlock(void)
{
	if (console_may_schedule)
		cond_resched();
}

static void print_line(const char *text)
{
	(void)text;
	console_unlock();
}

static void flush_slowly(void)
{
	cond_resched();
}

int dump_page_words(struct page *page)
{
	int *words = kmap_atomic(page);
	int first = words[0];

	print_line("page");
	kunmap_atomic(words);
	return first;
}

int dump_and_flush(struct page *page)
{
	int *words = kmap_atomic(page);
	int first = words[0];

	print_line("page");
	flush_slowly();	/* expect: sleep-in-atomic */
	kunmap_atomic(words);
	return first;
}
