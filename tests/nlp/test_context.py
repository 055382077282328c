"""County context resolved from site names."""
from __future__ import annotations

import pytest

from nlp.context import CountyContext, resolve_context

FUYUAN = CountyContext("云南省", "曲靖市", "富源县", "530325")


@pytest.mark.parametrize(
    "name",
    ["云南省曲靖市富源县", "富源县", "富源县人民政府", "富源县人民政府门户网站", "曲靖市富源县", "富源县人民政府 - 首页"],
)
def test_site_and_place_names_resolve_to_the_county(name):
    assert resolve_context(name) == FUYUAN


def test_a_county_level_city():
    assert resolve_context("宣威市人民政府") == CountyContext("云南省", "曲靖市", "宣威市", "530381")


def test_county_whose_name_starts_with_a_prefecture_short_name():
    ctx = resolve_context("云南省昭通市镇雄县")
    assert ctx is not None and ctx.county == "镇雄县" and ctx.prefecture == "昭通市" and ctx.admin_code


def test_unknown_county_is_used_as_given():
    assert resolve_context("新合县人民政府") == CountyContext(None, None, "新合县", None)
    assert resolve_context("云南省曲靖市新合县") == CountyContext("云南省", "曲靖市", "新合县", None)


def test_ambiguous_county_name_keeps_the_name_without_a_code():
    ctx = resolve_context("朝阳区")
    assert ctx is not None and ctx.county == "朝阳区" and ctx.admin_code is None
    assert resolve_context("北京市朝阳区").admin_code == "110105"


@pytest.mark.parametrize("name", [None, "", "   "])
def test_no_name_no_context(name):
    assert resolve_context(name) is None


def test_villages_of_a_county_come_from_the_gazetteer():
    from nlp.gazetteer import villages_of

    villages = villages_of("云南省", "曲靖市", "富源县")
    assert "富村镇" in villages and "亦佐村" in villages["富村镇"]
    assert villages_of("云南省", "曲靖市", "新合县") == {}


def test_a_context_given_by_name_is_resolved_once_and_a_resolved_one_passes_through():
    from nlp.context import as_county_context

    resolved = as_county_context("云南省曲靖市富源县")
    assert resolved is not None and resolved.county == "富源县"
    assert as_county_context("云南省曲靖市富源县") is resolved
    assert as_county_context(resolved) is resolved and as_county_context(None) is None
