"""Settings: the office, backups, and the shared server dialog."""
