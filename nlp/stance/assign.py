"""The stance pass over a story: the cues first, then each later pass where its words occur in the text."""
from __future__ import annotations

from nlp.stance.clauses import M
from nlp.stance.by_cues import judged_by_cues
from nlp.stance.cues import find_cues
from nlp.stance.villages import (
    grassroots_workers_at_fault,
    grassroots_workers_praised,
    villagers_at_fault,
    villages_opening_with_their_workers,
    villages_shown_at_work,
    wrongs_their_worker_found_or_stopped,
)
from nlp.stance.businesses import (
    businesses_after_their_place_at_work,
    businesses_visited_doing_well,
    faults_in_their_rooms_or_things,
    found_at_fault_in_prose,
    found_by_inspectors,
    good_findings_after_an_inspection,
    places_of_businesses_unjudged,
    places_visited_at_fault,
)
from nlp.stance.findings import (
    areas_opening_their_faults,
    bodies_at_work_after_a_time_unjudged,
    enforcers_not_criticised,
    faults_listed_in_turn,
    good_work_among_faults,
    graded_lines,
    labelled_findings,
    names_withheld_for_a_wrong,
    ranked_in_order,
    told_to_account_in_writing,
    units_opening_a_paragraph_of_their_own_work,
)
from nlp.stance.speech import (
    award_ceremonies,
    clauses_praised_by_a_closing_verdict,
    pledging_speakers_unjudged,
    praise_givers_unjudged,
    speakers_unjudged,
    units_before_praise_of_the_above,
    units_whose_ways_are_praised_together,
    way_of_working_handed_on,
    ways_of_working_told,
)


def assign_stance(text: str, mentions: list[M]) -> list[M]:
    """The mentions (in reading order, none overlapping) with `stance` set from the cues around them."""
    cues = find_cues(text)  # (found once: the later passes read them too)
    judged = judged_by_cues(text, mentions, cues)
    if any(m.stance == "criticized" and m.type == "community" for m in judged):
        judged = wrongs_their_worker_found_or_stopped(text, judged)
    judged = names_withheld_for_a_wrong(text, judged) if "某" in text else judged
    if "做法" in text or "经验" in text or "办法" in text or "介绍" in text or "交流了" in text:
        judged = way_of_working_handed_on(text, judged)
    if "高到低" in text or "高往低" in text or "排序" in text or "排列" in text or "依次为" in text:
        judged = ranked_in_order(text, judged)
    if "：" in text or ":" in text or "档" in text or "的是" in text:  # (第二档为…, 达标的是…: a grading with no colon)
        judged = graded_lines(text, judged)
    if any(word in text for word in ("发现", "走进", "来到", "到了", "下到", "看到")):
        judged = found_by_inspectors(text, judged)
    judged = found_at_fault_in_prose(text, judged)
    judged = places_visited_at_fault(text, judged)
    judged = faults_in_their_rooms_or_things(text, judged)
    judged = areas_opening_their_faults(text, judged)
    if "书面" in text or "说明" in text or "检讨" in text:
        judged = told_to_account_in_writing(text, judged)
    if any(m.stance == "criticized" for m in judged):
        if "；" in text or ";" in text:
            judged = faults_listed_in_turn(text, judged)
        if "：" in text or ":" in text or "——" in text:
            judged = labelled_findings(text, judged)
        judged = good_work_among_faults(text, judged)
    judged = enforcers_not_criticised(text, places_of_businesses_unjudged(text, judged))
    judged = bodies_at_work_after_a_time_unjudged(text, judged)
    judged = grassroots_workers_praised(text, grassroots_workers_at_fault(text, judged), cues)
    if "在" in text:
        judged = businesses_visited_doing_well(text, villages_shown_at_work(text, judged))
    if "的" in text:
        judged = businesses_after_their_place_at_work(text, judged)
    if any(m.stance == "praised" and m.type == "person" for m in judged):
        judged = villages_opening_with_their_workers(text, judged)
    if "中，" in text or "中," in text or "显示" in text:
        judged = good_findings_after_an_inspection(text, judged)
    if "表态发言" in text:
        judged = pledging_speakers_unjudged(text, judged)
    if "表扬" in text or "肯定" in text:
        judged = clauses_praised_by_a_closing_verdict(text, praise_givers_unjudged(text, judged))
        if "以上" in text or "上述" in text:
            judged = units_before_praise_of_the_above(text, judged)
        if "的做法" in text or "的经验" in text:
            judged = units_whose_ways_are_praised_together(text, judged)
    if "颁" in text or "授" in text or "表彰" in text:
        judged = award_ceremonies(text, judged)
    if "\n" in text and any(m.stance == "criticized" for m in judged):
        judged = units_opening_a_paragraph_of_their_own_work(text, judged)
    if "做法" in text or "办法" in text or "经验" in text:
        judged = ways_of_working_told(text, judged)
    if any(m.stance == "criticized" and m.type == "community" for m in judged):
        judged = villagers_at_fault(text, judged)
    return speakers_unjudged(text, judged)
