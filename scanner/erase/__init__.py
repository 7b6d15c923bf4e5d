"""Erasure (GDPR art. 17): plans a DPO reviews (`plan`), per kind of source (`sql`; mail and
objects plug in the same way), applied through write credentials and certified (`apply`)."""
