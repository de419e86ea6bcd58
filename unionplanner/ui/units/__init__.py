"""The grassroots units page (Đơn vị) and its dialogs."""
