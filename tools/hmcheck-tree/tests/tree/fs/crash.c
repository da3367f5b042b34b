/* hmcheck crashes on this one: FAKE_CRASH */
void crash(struct page *p)
{
	void *x = kmap(p);
}
