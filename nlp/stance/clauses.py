"""Where clauses, sentences, list items and lists of units begin and end, and what is told in them."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, TypeVar

from nlp.stance.cues import CLAUSE_END, CLAUSE_MARKS, NUMERAL_NEXT, cue_table, find_cues

if TYPE_CHECKING:
    from nlp.units import UnitMention

SENTENCE_END = re.compile(r"[。！？!?；;\n]")
PARAGRAPH_END = re.compile(r"[。！？!?\n]")
CLAUSE_OPENING_MARKS = frozenset("，,。；;：:\n")
AREA_TYPES = frozenset({"township", "community"})

M = TypeVar("M", bound="UnitMention")


def end_of_clause(text: str, start: int) -> int:
    """Where the clause running on from `start` ends (its mark, or the text's end)."""
    end = CLAUSE_END.search(text, start)
    return end.start() if end else len(text)


def bounds(marks: list[int], text: str, position: int) -> tuple[int, int]:
    """The span between the boundary marks around `position` (marks: offsets of boundary characters)."""
    index = bisect.bisect_left(marks, position)
    start = marks[index - 1] + 1 if index else 0
    end = marks[index] if index < len(marks) else len(text)
    return start, end


def end_of_list(text: str, mentions: list[M], index: int) -> int:
    """End of the 、-joined list (A、B和C等) that the mention at `index` belongs to."""
    end = mentions[index].end
    for position in range(index + 1, len(mentions)):
        following = mentions[position]
        gap = text[end : following.start]
        if gap and (gap in {"、", "和", "及", "与", "、及"} or gap.rstrip() == "、"):
            end = following.end
            continue
        break
    return end


def start_of_list(text: str, mentions: list[M], index: int) -> int:
    """Start of the list (A、B和C) that the mention at `index` belongs to."""
    start = mentions[index].start
    for position in range(index - 1, -1, -1):
        previous = mentions[position]
        gap = text[previous.end : start]
        if gap in {"、", "和", "及", "与"}:
            start = previous.start
            continue
        break
    return start


def bounds_of_sentence(text: str, position: int) -> tuple[int, int]:
    """Where the sentence holding `position` starts and where its closing mark (or the text) ends it."""
    start = max(text.rfind(mark, 0, position) for mark in "。！？!?；;\n") + 1
    end = SENTENCE_END.search(text, position)
    return start, end.start() if end else len(text)


def rest_of_item(text: str, start: int) -> str:
    """The text from `start` to the end of its sentence or list item (the next 。, ；, ！, ？ or line end)."""
    return text[start : bounds_of_sentence(text, start)[1]]


def wrong_and_praise_told(item: str) -> tuple[bool, bool]:
    """Whether `item` tells a wrong (a fault, denial or sanction of `business_faults`, or a cue of criticism), and
    whether it holds a cue of praise."""
    polarities = {cue[2] for cue in find_cues(item)}
    return bool(cue_table().business_fault.search(item)) or "criticized" in polarities, "praised" in polarities


VILLAGE_WORKER_REACH = 10  # characters of a worker's title between the comma and the worker
# …or its worker, by her post, whether or not her name was found (在江达乡太昭村，护林员德吉旺姆…, ；山里乡曙光村|护河员…)
VILLAGE_WORKER_OPENS = re.compile(r"[，,]?[^，,。；;：:\n]{0,8}?(?:员|长|医|医生|社工|专干)")

WORKER_ROUND_REACH = 8  # characters of a worker's name and what opens her round (那淑琴|每天)
NOT_DONE = frozenset("未无不没")  # (村级河长|公示牌信息未及时更新: a duty not done)


def shown_through_its_worker(text: str, village_end: int, right_after: bool = False) -> bool:
    """在吕巷镇白漾村，民间河长陆金妹每天沿河巡查…: whether the village ending at `village_end` goes on to its
    grassroots worker with diligence (`diligence`) in the rest of the item; `right_after`: told right after her
    name, with nothing not done before it (；山里乡曙光村护河员那淑琴每天沿河巡查，劝阻…, but 村级河长|公示牌信息未及时
    更新), whatever else her item tells: the wrongs she found or stopped."""
    post = VILLAGE_WORKER_OPENS.match(text, village_end)
    if post is None:
        return False
    if not right_after:
        return cue_table().diligence.search(rest_of_item(text, village_end)) is not None
    reach = text[post.end() : post.end() + WORKER_ROUND_REACH]
    if NUMERAL_NEXT.match(reach):
        return False  # 新盐社区选出楼栋长32名: the posts it filled, counted, no one worker
    round_ = cue_table().diligence.search(reach)
    return round_ is not None and NOT_DONE.isdisjoint(reach[: round_.start()])


def worker_within_reach(text: str, after: int, worker: M) -> bool:
    """Whether `worker` starts within a worker's title's reach of `after` (a village's end, or the comma after it and
    when it happened), with no clause ending between (在碾子村，7月17日深夜，|群测群防员罗家贵, 曙光村|护河员那淑琴)."""
    return (worker.start <= after + 1 + VILLAGE_WORKER_REACH
            and not any(mark in text[after + 1 : worker.start] for mark in CLAUSE_MARKS))


def taken_there(text: str, mention: M, openers: str) -> bool:
    """在水口镇，…: whether `mention` comes right after the 在 opening the text or following one of `openers`, with a
    comma after it (a sentence that takes the reader to the place); or after that 在, its township and 的
    (在新民乡的|张堡村，…)."""
    start = mention.start
    if text[start - 1 : start] == "的" and (township := TOWNSHIP_AND_ITS_DE.search(text, max(0, start - 13), start)):
        start = township.start() + 1
    return (start >= 1 and text[start - 1] == "在"
            and (start == 1 or text[start - 2] in openers) and text.startswith(("，", ","), mention.end))


TOWNSHIP_AND_ITS_DE = re.compile(r"在[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木)的$")


def fault_told_after(text: str, start: int) -> bool:
    """Whether the sentence running on from `start` (to its 。, ！, ？ or line end) tells of a wrong, a denial or a
    sanction (`business_faults`)."""
    end = PARAGRAPH_END.search(text, start)
    return cue_table().business_fault.search(text, start, end.start() if end else len(text)) is not None


def opens_after_its_place(text: str, by_end: dict[int, M], start: int) -> bool:
    """莲花街道的|小海豚幼儿园每周向家长公示…: a unit after its township's or village's 的, the place opening the clause."""
    place = by_end.get(start - 1) if text.startswith("的", start - 1) else None
    return (place is not None and place.type in AREA_TYPES
            and (place.start == 0 or text[place.start - 1] in CLAUSE_OPENING_MARKS))


def opens_sentence(text: str, start: int) -> bool:
    return start == 0 or SENTENCE_END.match(text, start - 1) is not None


def in_contents_line(text: str, position: int, verdicts: tuple[str, ...]) -> bool:
    """Whether `position` lies on a ▲ line of a bulletin's contents, or a ◆ headline of its digest, that states no
    verdict (◆东平镇规范农村集体聚餐管理: 规范 is what the township does)."""
    start = text.rfind("\n", 0, position) + 1
    if not text.startswith(("▲", "◆"), start):
        return False
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    if line.startswith("◆") and "。" in line:
        return False  # a digest's item written out in sentences, no headline
    return not any(word in line for word in verdicts)
