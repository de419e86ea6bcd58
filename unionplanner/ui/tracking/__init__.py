"""The tracking page (Theo dõi thực hiện): the month grid and the dialog of one month."""
