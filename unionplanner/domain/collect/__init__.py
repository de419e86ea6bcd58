"""Returns that arrive by themselves: collected from the office's mailbox (IMAP) and from
the folder where Zalo PC or the browser saves received files, then imported as one batch."""
