/* Reports printed slowly: FAKE_SLOW */
void slow(struct page *a, struct page *b)
{
	void *x = kmap_atomic(a);	/* FAKE_REPORT(unbalanced) */
	void *y = kmap_atomic(b);	/* FAKE_REPORT(unbalanced) */
	/* FAKE_REPORT(unbalanced) */
}
