"""Date extraction, checked against the "Dates" section of the annotation conventions."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nlp.dates import VERSION, DateMention, extract_dates
from scripts.bench.adversarial import adversarial_inputs

REF = dt.date(2021, 1, 19)


def only(text: str, ref: dt.date | None = REF) -> tuple[str, str | None, str]:
    mentions = extract_dates(text, ref)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    return m.text, m.value, m.kind


def spans(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.kind) for m in extract_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年1月19日", ("2021年1月19日", "2021-01-19", "absolute")),
        ("发布时间:2021-01-19 09:19", ("2021-01-19", "2021-01-19", "absolute")),
        ("2021.1.19", ("2021.1.19", "2021-01-19", "absolute")),
        ("2021/01/19", ("2021/01/19", "2021-01-19", "absolute")),
        ("二〇二一年一月十九日", ("二〇二一年一月十九日", "2021-01-19", "absolute")),
        ("２０２１年１月１９日", ("２０２１年１月１９日", "2021-01-19", "absolute")),
        ("2021年6月底", ("2021年6月底", "2021-06", "absolute")),
        ("2021年6月", ("2021年6月", "2021-06", "absolute")),
        ("2021年", ("2021年", "2021", "absolute")),
        ("2021年第4期", ("2021年", "2021", "absolute")),
        ("2021年度考核", ("2021年", "2021", "absolute")),
        ("2021年初", ("2021年初", "2021", "absolute")),
        ("2020年底前完成", ("2020年底", "2020", "absolute")),
    ],
)
def test_absolute_dates(text: str, expected: tuple) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("12月28日", dt.date(2021, 1, 5), "2020-12-28"),  # January article: previous year
        ("1月5日", dt.date(2020, 12, 30), "2021-01-05"),  # 30 December article: next year
        ("1月2日", REF, "2021-01-02"),
        ("7月1号", REF, "2021-07-01"),
        ("十二月二十八日", dt.date(2021, 1, 5), "2020-12-28"),
        ("6月下旬", REF, "2021-06"),
        ("6月上旬", REF, "2021-06"),
        ("6月中旬", REF, "2021-06"),
        ("6月底", REF, "2021-06"),
        ("6月初", REF, "2021-06"),
        ("12月", dt.date(2021, 1, 5), "2020-12"),
    ],
)
def test_partial_dates_resolve_to_nearest_year(text: str, ref: dt.date, value: str) -> None:
    assert only(text, ref) == (text, value, "partial")


def test_time_of_day_and_since_words_stay_outside_the_span() -> None:
    assert only("5月10日上午") == ("5月10日", "2021-05-10", "partial")
    assert only("2月1日以来")[0] == "2月1日"
    assert only("1月5日起")[0] == "1月5日"
    assert only("1月5日前")[0] == "1月5日"


def test_bare_day_inherits_the_month_before_it() -> None:
    assert spans("9月12日、13日") == [("9月12日", "2020-09-12", "partial"), ("13日", "2020-09-13", "partial")]


def test_partial_dates_without_ref_date_have_no_value() -> None:
    assert only("1月2日", None) == ("1月2日", None, "partial")
    assert only("今年4月", None) == ("今年4月", None, "relative")
    assert only("2021年1月2日", None) == ("2021年1月2日", "2021-01-02", "absolute")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1月11日至13日", "2021-01-11/2021-01-13"),
        ("1月11日至15日", "2021-01-11/2021-01-15"),
        ("1月11—15日", "2021-01-11/2021-01-15"),
        ("1月11日-1月15日", "2021-01-11/2021-01-15"),
        ("12月28日至1月3日", "2020-12-28/2021-01-03"),  # crosses the year boundary
        ("2020年12月28日至2021年1月3日", "2020-12-28/2021-01-03"),
        ("1至2月", "2021-01-01/2021-02-28"),
        ("2020年1至2月", "2020-01-01/2020-02-29"),
        ("6月至8月", "2021-06-01/2021-08-31"),
        ("2021—2023年", "2021-01-01/2023-12-31"),
    ],
)
def test_ranges(text: str, value: str) -> None:
    assert only(text) == (text, value, "range")


@pytest.mark.parametrize("text", ["近日", "日前", "连日来", "近期", "两个月来", "三年来", "近三年来", "近年来"])
def test_vague_relative_dates_have_no_value(text: str) -> None:
    assert only(text) == (text, None, "relative")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("今年", "今年", "2021"),
        ("今年以来", "今年", "2021"),
        ("年初以来", "年初", "2021"),
        ("今年4月", "今年4月", "2021-04"),
        ("去年12月", "去年12月", "2020-12"),
        ("去年", "去年", "2020"),
        ("上月底", "上月底", "2020-12"),
        ("本月", "本月", "2021-01"),
        ("本月15日", "本月15日", "2021-01-15"),
        ("昨日", "昨日", "2021-01-18"),
        ("上周五", "上周五", "2021-01-15"),  # 2021-01-19 is a Tuesday
        ("本周一", "本周一", "2021-01-18"),
        ("下周三", "下周三", "2021-01-27"),
    ],
)
def test_resolvable_relative_dates(text: str, span: str, value: str) -> None:
    assert only(text) == (span, value, "relative")


def test_dangtian_refers_back_to_the_previous_date() -> None:
    assert spans("1月5日召开会议，当天下午") == [
        ("1月5日", "2021-01-05", "partial"),
        ("当天", "2021-01-05", "relative"),
    ]
    assert only("当天下午") == ("当天", None, "relative")


@pytest.mark.parametrize(
    "text",
    [
        "元旦", "春节期间", "每周五卫生日", "每周", "每月5日", "每年3月", "春季", "第一季度", "目前", "当前",
        "下一步", "第30个爱国卫生月", "10日内完成整改", "7个月", "富政发〔2021〕3号", "3号楼", "节日前",
        "如今年轻人", "3000年", "12309检察服务中心", "0874-3123456", "进一步", "95%", "第2期",
        "在“6·26”国际禁毒日前夕集中宣判", "纪念日前",  # the eve of a named day, not 日前 "recently"
    ],
)
def test_not_dates(text: str) -> None:
    assert extract_dates(text, REF) == []


def test_seed_story_dates(shared_dir) -> None:
    text = (shared_dir / "seed/000_e30ad18d4ce4fadc.txt").read_text(encoding="utf-8")
    found = [(m.text, m.value, m.kind) for m in extract_dates(text, REF)]
    assert ("1月2日", "2021-01-02", "partial") in found
    assert ("1月11日", "2021-01-11", "partial") in found
    assert found.count(("近日", None, "relative")) == 2
    for m in extract_dates(text, REF):
        assert text[m.start:m.end] == m.text


def test_mention_record() -> None:
    m = extract_dates("1月2日", REF)[0]
    assert isinstance(m, DateMention)
    assert m.to_dict() == {"text": "1月2日", "start": 0, "end": 4, "value": "2021-01-02", "kind": "partial"}
    assert VERSION.startswith("dates-")


def _check_invariants(text: str, mentions: list[DateMention]) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end and m.end > m.start
        assert m.kind in {"absolute", "partial", "relative", "range"}
        previous_end = m.end


_DATEY = st.sampled_from(list("0123456789年月日号至到—-.初底旬上中下今去本周近来个两十一二〇余，、 \x00\u3000１连"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_DATEY, max_size=80), st.one_of(st.none(), st.dates()))
def test_offsets_slice_and_spans_never_overlap(text: str, ref: dt.date | None) -> None:
    _check_invariants(text, extract_dates(text, ref))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_is_handled(text: str) -> None:
    _check_invariants(text, extract_dates(text, REF))


@pytest.mark.parametrize("name", sorted(adversarial_inputs(16)))
def test_adversarial_inputs_are_handled(name: str) -> None:
    text = adversarial_inputs(50_000)[name]
    _check_invariants(text, extract_dates(text, REF))


def test_empty_text() -> None:
    assert extract_dates("") == []
    assert extract_dates("", REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("元月5日", ("元月5日", "2021-01-05", "partial")),
        ("2021 年 1 月 19 日", ("2021 年 1 月 19 日", "2021-01-19", "absolute")),
        ("上上周五", ("上上周五", "2021-01-08", "relative")),
        ("半年来", ("半年来", None, "relative")),
        ("一月份", ("一月", "2021-01", "partial")),  # 份 is left out of the span
    ],
)
def test_written_variants(text: str, expected: tuple) -> None:
    assert only(text) == expected


def test_since_looks_back_from_the_publish_date() -> None:
    assert only("2月1日以来") == ("2月1日", "2020-02-01", "partial")
    assert only("2月1日") == ("2月1日", "2021-02-01", "partial")
    december = dt.date(2016, 12, 20)  # a month since which work went on lies before the publish date, not after
    assert [(m.text, m.value) for m in extract_dates("5月以来坚持上门收集垃圾", december)] == [("5月", "2016-05")]
    assert [(m.text, m.value) for m in extract_dates("6月份以来", december)] == [("6月", "2016-06")]
    assert [m.value for m in extract_dates("省爱卫办将于3月来县暗访", december)] == ["2017-03"]  # a visit to come


def test_slogans_and_lunar_days_are_not_months() -> None:
    assert extract_dates("落实“一日一清洗、一周一消毒、一月一休市”制度", REF) == []
    assert only("三月初一")[0] != "三月初"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15年3月2日", ("15年3月2日", "2015-03-02", "absolute")),
        ("91年5月", ("91年5月", "1991-05", "absolute")),
        ("零七年八月二十九号", ("零七年八月二十九号", "2007-08-29", "absolute")),
        ("自2020-05-26至2020-05-29止", ("2020-05-26至2020-05-29", "2020-05-26/2020-05-29", "range")),
        ("今年1至10月", ("今年1至10月", "2021-01-01/2021-10-31", "range")),
        ("1-11月份", ("1-11月", "2021-01-01/2021-11-30", "range")),  # the publish date lies inside
    ],
)
def test_short_years_numeric_ranges_and_relative_month_ranges(text: str, expected: tuple) -> None:
    assert only(text) == expected


def test_month_range_is_placed_nearest_the_publish_date() -> None:
    assert only("1至9月", dt.date(2024, 10, 9))[1] == "2024-01-01/2024-09-30"
    assert only("12月至2月")[1] == "2020-12-01/2021-02-28"


def test_a_bare_two_digit_year_is_a_duration_not_a_date() -> None:
    assert extract_dates("工作3年", REF) == []


@pytest.mark.slow
def test_one_megabyte_without_punctuation() -> None:
    text = adversarial_inputs(1 << 20)["prose_no_punctuation"]
    _check_invariants(text, extract_dates(text, REF))


_DATE_ALPHABET = "0123456789-/.~至到—年月日号周星期拜来今去上本下近前连元一二三十〇零旬底初份天以的，。、 "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_DATE_ALPHABET, max_size=40))
@example("1月-1日")  # a range from a month to a bare day holds no part of a month
def test_a_pattern_never_matches_without_the_characters_it_is_gated_on(text: str) -> None:
    # extract_dates skips a pattern whose gate characters are absent: the skip must never lose a match.
    from nlp.dates import _gated_patterns

    for name, pattern, gates in _gated_patterns():
        for m in pattern.finditer(text):
            if m.end() > m.start():
                assert all(not gate.isdisjoint(m.group()) for gate in gates), (name, m.group())


def test_gated_patterns_find_the_same_dates_as_running_every_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    import nlp.dates as dates
    from nlp.gold.load import load_gold

    stories = load_gold()
    gated = [extract_dates(s.text, s.ref_date) for s in stories]
    every = tuple((name, pattern, ()) for name, pattern, _ in dates._gated_patterns())
    monkeypatch.setattr(dates, "_gated_patterns", lambda: every)
    assert [extract_dates(s.text, s.ref_date) for s in stories] == gated
    assert sum(map(len, gated)) > 300


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("1至11月", dt.date(2019, 12, 20), "2019-01-01/2019-11-30"),  # just ended: the period reported on
        ("1至2月", dt.date(2019, 12, 20), "2020-01-01/2020-02-29"),   # ended long ago: the coming one is nearer
        ("1至11月", dt.date(2020, 1, 5), "2020-01-01/2020-11-30"),    # the publish date lies inside
    ],
)
def test_a_month_range_just_ended_is_the_one_reported_on(text: str, ref: dt.date, value: str) -> None:
    assert [m.value for m in extract_dates(text, ref)] == [value]


def test_dangyue_refers_back_to_the_month_before_it() -> None:
    found = extract_dates("10月起实行新规，当月分出湿垃圾", dt.date(2021, 11, 5))
    assert [(m.text, m.value) for m in found] == [("10月", "2021-10"), ("当月", "2021-10")]
    assert [(m.text, m.value) for m in extract_dates("当月完成", dt.date(2021, 11, 5))] == [("当月", "2021-11")]


def test_turn_of_the_year_is_no_date() -> None:
    assert extract_dates("岁末年初，各地开展安全检查", dt.date(2024, 1, 10)) == []
    assert [m.text for m in extract_dates("年初以来", dt.date(2024, 3, 10))] == ["年初"]


def test_ranges_between_parts_of_months() -> None:
    found = extract_dates("3月下旬至4月底开展灭鼠，12月下旬至1月上旬巡查", dt.date(2025, 3, 10))
    assert [(m.text, m.value, m.kind) for m in found] == [
        ("3月下旬至4月底", "2025-03-21/2025-04-30", "range"),
        ("12月下旬至1月上旬", "2024-12-21/2025-01-10", "range"),
    ]


def test_ranges_between_a_part_of_a_month_and_a_day() -> None:
    found = extract_dates("9月中旬至10月8日排查，10月20日至11月上旬复查，11月下旬至30日验收", dt.date(2022, 12, 2))
    assert [(m.text, m.value, m.kind) for m in found] == [
        ("9月中旬至10月8日", "2022-09-11/2022-10-08", "range"),
        ("10月20日至11月上旬", "2022-10-20/2022-11-10", "range"),
        ("11月下旬至30日", "2022-11-21/2022-11-30", "range"),
    ]
    # two days are still a range of days, and two months a range of months, 份 or not
    assert [m.value for m in extract_dates("3月2日至15日，5至6月，1月份至2月份", dt.date(2022, 7, 1))] == [
        "2022-03-02/2022-03-15", "2022-05-01/2022-06-30", "2022-01-01/2022-02-28"]


def test_two_parts_of_a_month_together() -> None:
    found = extract_dates("12月中下旬清理垃圾，6月上中旬至7月下旬巡查", dt.date(2023, 1, 5))
    assert [(m.text, m.value, m.kind) for m in found] == [
        ("12月中下旬", "2022-12", "partial"),
        ("6月上中旬至7月下旬", "2023-06-01/2023-07-31", "range"),
    ]


def test_a_number_of_days_after_a_deadline_word_is_no_date() -> None:
    assert [m.text for m in extract_dates("限期10日整改，为期15日，3月8日复查", dt.date(2024, 3, 20))] == ["3月8日"]


def test_dangtian_points_back_past_a_deadline() -> None:
    found = extract_dates("12月28日召开推进会，要求于1月5日前清零。当天，公布督查结果", dt.date(2020, 12, 30))
    assert [(m.text, m.value) for m in found] == [
        ("12月28日", "2020-12-28"), ("1月5日", "2021-01-05"), ("当天", "2020-12-28")]


def test_dangtian_in_an_inspection_s_findings_is_the_day_of_the_inspection() -> None:
    text = ("6月16日，市长吴少华深入白果镇、歧亭镇，督导防汛备汛工作。上周五，市防指在宋埠镇组织防汛抢险演练，当天出动"
            "抢险人员三百余人。\n督导中发现，歧亭镇的顺达砂石有限公司违规堆放砂石，当天被市水利局责令限期清除。")
    found = extract_dates(text, dt.date(2020, 6, 17))
    assert [(m.text, m.value) for m in found] == [
        ("6月16日", "2020-06-16"), ("上周五", "2020-06-12"), ("当天", "2020-06-12"), ("当天", "2020-06-16")]


def test_dangtian_points_back_past_the_start_of_a_period_told_in_its_clause() -> None:
    text = ("2月2日，旗委书记到乌丹镇检查疫情防控工作。\n据介绍，1月25日启动一级响应以来，全旗设立交通卡口四十八个。\n"
            "检查中发现，乌丹镇的康源大药房未实名登记，当天被旗市场监管局责令停业整改。")
    found = extract_dates(text, dt.date(2020, 2, 3))
    assert [(m.text, m.value) for m in found][-1] == ("当天", "2020-02-02")


def test_dangtian_after_a_running_total_points_back_to_its_day() -> None:
    text = "截至8月11日，全区累计转移群众1.2万余人。当天，合江镇提前转移沿岸群众三百二十余人。"
    found = extract_dates(text, dt.date(2020, 8, 13))
    assert [(m.text, m.value) for m in found] == [("8月11日", "2020-08-11"), ("当天", "2020-08-11")]


def test_a_day_before_qian_is_a_deadline_not_the_relative_word() -> None:
    found = extract_dates("各单位每月5日前报送进度。日前，县委召开会议。", dt.date(2018, 1, 19))
    assert [(m.text, m.kind) for m in found] == [("日前", "relative")]
    assert found[0].start == 13


def test_festival_goods_before_the_festival_are_not_the_year_before_last() -> None:
    found = extract_dates("12月20日至1月31日，全区开展春节前年货食品安全专项检查。前年，全区查处案件12起。", dt.date(2022, 1, 12))
    assert [(m.text, m.value) for m in found] == [("12月20日至1月31日", "2021-12-20/2022-01-31"), ("前年", "2020")]


def test_the_day_after_points_past_the_start_of_a_period_up_to_now() -> None:
    text = "10月12日，县委书记到和什托洛盖镇检查。10月4日以来，全县累计组织核酸检测6轮。次日，县卫健委抽调医务人员。"
    found = extract_dates(text, dt.date(2022, 10, 14))
    assert [(m.text, m.value) for m in found][-1] == ("次日", "2022-10-13")


def test_days_of_a_closure_are_no_date() -> None:
    found = extract_dates("县市场监管局责令该店停业整顿7日。6月7日开展复查。", dt.date(2021, 6, 20))
    assert [(m.text, m.value) for m in found] == [("6月7日", "2021-06-07")]
    found = extract_dates("12月20日被县市场监管局责令停业整改3日；该矿停产整改7日。", dt.date(2024, 1, 9))
    assert [(m.text, m.value) for m in found] == [("12月20日", "2023-12-20")]


def test_a_month_written_with_fen_spans_the_month_alone() -> None:
    found = extract_dates("关于8月份全区创城包靠工作考核结果的通报；2021年4月份；1月份至2月份", dt.date(2021, 9, 5))
    assert [(m.text, m.value) for m in found] == [
        ("8月", "2021-08"), ("2021年4月", "2021-04"), ("1月份至2月", "2022-01-01/2022-02-28")]


def test_same_day_inside_a_clause_with_no_day_in_its_paragraph_says_how_soon() -> None:
    text = ("1月5日，县爱卫办暗访了城区农贸市场。\n"
            "城关镇请楼栋长守着垃圾点，垃圾当天清走，群众反映的问题当天就有人去处理。\n"
            "截至当日，全县已清理垃圾300吨；副县长要求县城管局当天清完，当天下午又去复查。")
    found = [(m.text, m.value) for m in extract_dates(text, REF)]
    assert found == [("1月5日", "2021-01-05"), ("当日", "2021-01-05"), ("当天", "2021-01-05"),
                     ("当天", "2021-01-05")]


def test_same_day_after_a_body_dealing_with_a_finding_is_the_day_of_the_finding() -> None:
    text = ("1月5日，副县长带队检查城区餐饮店。\n"
            "在城关镇，一家火锅店后厨生熟食材混放，县市场监管局当天予以立案调查；县公安消防大队当天责令其整改。")
    found = [(m.text, m.value) for m in extract_dates(text, REF)]
    assert found == [("1月5日", "2021-01-05"), ("当天", "2021-01-05"), ("当天", "2021-01-05")]


@pytest.mark.parametrize("text, expected", [
    ("清运垃圾约36吨。\n【近期安排】\n各街道须在1月20日前完成整改。", [("1月20日", "2021-01-20")]),
    ("◆近期工作安排\n1月20日前完成整改。", [("1月20日", "2021-01-20")]),
    ("近期安排了三次暗访。", [("近期", None)]),  # (a sentence, no heading)
])
def test_a_heading_of_plans_opening_with_jinqi_is_no_date(text, expected) -> None:
    assert [(m.text, m.value) for m in extract_dates(text, REF)] == expected
