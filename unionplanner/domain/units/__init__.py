"""Grassroots unions (công đoàn cơ sở, CĐCS): the office's units, their sectors, members and
workers, and the dates they were active. Qt-free.

``models``: tables; ``sectors``: the sectors (khu vực) scopes use; ``service``: list, add,
edit, end (dissolve/merge) units; ``excel``: import the office's unit list from a spreadsheet.
"""
