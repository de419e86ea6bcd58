"""Issue 26: dates typed into a date field were ignored or turned into another date. A date
field takes the ways people type a date, and refuses the rest with a sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from unionplanner.domain.plans.when import typed_date


@given(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
       st.sampled_from(["{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "{d}/{m}/{yy:02d}",
                        "{d:02d}-{m:02d}-{y}", "{d}.{m}.{y}", "{d:02d}{m:02d}{y}",
                        "{d:02d}{m:02d}{yy:02d}", " {d} / {m} / {y} ",
                        "ngày {d} tháng {m} năm {y}"]))
def test_every_usual_way_of_typing_a_date(date, pattern):
    text = pattern.format(d=date.day, m=date.month, y=date.year, yy=date.year % 100)
    assert typed_date(text) == date


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_field_is_no_date(text):
    assert typed_date(text) is None


@pytest.mark.parametrize("text, words", [("31/02/2024", "không có trên lịch"),
                                         ("hôm qua", "không phải một ngày"),
                                         ("32/1/2024", "không"), ("2024", "không phải")])
def test_what_is_not_a_date_is_said(text, words):
    with pytest.raises(ValueError, match=words):
        typed_date(text)
