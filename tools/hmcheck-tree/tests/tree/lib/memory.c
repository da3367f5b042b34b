/* hmcheck needs some 200 MB here: FAKE_MEM */
void *memory(void *p) { return kmap(p); }
