"""The office using the app (the "công đoàn cấp trên trực tiếp cơ sở"): its name, parent
body, level, symbol and departments (``service``). Qt-free."""
