"""Questions asked of the store: each module builds plain data that commands print as tables
or as JSON, so a person and a program read the same thing."""
