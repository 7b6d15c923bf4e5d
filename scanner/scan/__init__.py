"""One scan: the engine that discovers, samples, classifies and links each source
(`engine`) and the registry that opens a connector for a source URL (`registry`); the rows
past the data map's retention (`retention`), read as a scan reads."""
