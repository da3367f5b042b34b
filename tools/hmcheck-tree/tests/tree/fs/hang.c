/* hmcheck never ends on this one: FAKE_HANG */
void hang(struct page *p)
{
	void *x = kmap_atomic(p);
}
