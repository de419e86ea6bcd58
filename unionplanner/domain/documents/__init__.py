"""Documents in the official Vietnamese administrative format (Nghị định 30/2020/NĐ-CP as the
trade union applies it, Quyết định 933/QĐ-TLĐ): the layout shared by plans, progress reports and
summary reports, written as PDF (reportlab) and as Word .docx (python-docx). Qt-free."""
