"""Where extractions and jobs are kept: the protocols and their SQLite and PostgreSQL stores."""
