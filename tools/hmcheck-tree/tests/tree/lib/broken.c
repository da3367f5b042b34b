/* hmcheck fails with an input error: FAKE_EXIT2 */
void *broken(void *p) { return kmap(p); }
