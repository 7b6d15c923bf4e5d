"""One scan: the engine that discovers, samples, classifies and links each source
(`engine`) and the registry that opens a connector for a source URL (`registry`)."""
