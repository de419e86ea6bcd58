"""Import of grassroots Excel reports (report forms, reading, matching, the received-files
register). Qt-free. Filled by the import issue."""
