"""Stance of named units (ANNOTATION.md, "Stance")."""
from __future__ import annotations

import pytest

from nlp.segment import make_tokenizer
from nlp.stance import find_cues
from nlp.units import extract_units

CONTEXT = "云南省曲靖市富源县"


@pytest.fixture(scope="module")
def stances(tmp_path_factory):
    tokenizer = make_tokenizer(tmp_path_factory.mktemp("jieba-cache"))

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.stance) for m in extract_units(text, CONTEXT, tokenizer=tokenizer)]

    return run


def test_list_after_praise_cue(stances):
    text = "知晓率较高、宣传教育工作落实到位的有：富源县公安局、富源县教育体育局、聚香园餐馆等单位部门及个体工商户。"
    assert stances(text) == [("富源县公安局", "praised"), ("富源县教育体育局", "praised"), ("聚香园餐馆", "praised")]


def test_list_after_criticism_cue(stances):
    text = "干部职工不能熟知“7 个专项行动”内容的单位(或个体工商户)有：富源县人民法院、家佳福超市。"
    assert stances(text) == [("富源县人民法院", "criticized"), ("家佳福超市", "criticized")]


def test_cue_after_the_units(stances):
    text = "新政镇、金城镇进度靠前，作交流发言；土门镇、马鞍镇排名靠后，作表态发言。"
    assert [s for _, s in stances(text)] == ["praised", "praised", "criticized", "criticized"]


def test_subject_of_the_sentence_takes_a_later_clause(stances):
    assert stances("中枢街道组织有力，在全县考评中排名第一。") == [("中枢街道", "praised")]


@pytest.mark.parametrize("cue", ["通报批评", "约谈", "限期整改"])
def test_passive_criticism(stances, cue):
    assert stances(f"富村镇卫生院被{cue}。") == [("富村镇卫生院", "criticized")]


def test_the_acting_unit_is_not_judged(stances):
    text = "县爱卫办组织县卫健局对城区餐馆开展暗访，发现问题38个。"
    assert stances(text) == [("县爱卫办", None), ("县卫健局", None)]


def test_instructions_give_no_stance(stances):
    assert stances("县住建局要在月底前完成公厕改造，确保整改到位。") == [("县住建局", None)]


def test_agent_of_a_passive_is_not_judged(stances):
    text = "鑫源烧烤店多次占道经营，被县城管局处以罚款500元。"
    assert stances(text) == [("鑫源烧烤店", "criticized"), ("县城管局", None)]


def test_negated_cue_is_ignored():
    assert find_cues("未发现问题") == []
    assert [c[2] for c in find_cues("发现问题")] == ["criticized"]


def test_no_cue_no_stance(stances):
    assert stances("县委宣传部组织开展知晓率暗访督查。") == [("县委宣传部", None)]


def test_the_office_that_issues_the_rectification_order_is_not_the_one_criticised():
    found = extract_units("对知晓率偏低的单位，县爱卫办已通过督办单督促其加强宣传教育。", "云南省曲靖市富源县")
    assert [(m.text, m.stance) for m in found] == [("县爱卫办", None)]
    found = extract_units("约谈会上，县爱卫办逐一指出各单位存在的问题。", "云南省曲靖市富源县")
    assert [(m.text, m.stance) for m in found] == [("县爱卫办", None)]
    # …while the units handed the problems are.
    found = extract_units("检查组共发现问题174个，当场交办县爱卫办、黄泥河镇限期整改。", "云南省曲靖市富源县")
    assert [m.stance for m in found] == ["criticized", "criticized"]


def test_a_list_after_a_colon_opens_its_clause_and_the_list_name_judges_nothing(stances):
    text = "县城管局发布10月垃圾分类“红黑榜”：富村镇、后所镇分出量居前三，登上红榜；墨红镇混投突出，被列入黑榜。"
    assert stances(text) == [("县城管局", None), ("富村镇", "praised"), ("后所镇", "praised"), ("墨红镇", "criticized")]


def test_items_of_a_list_of_units_and_their_things_are_subjects_alike(stances):
    text = "县一中食堂、县医院职工食堂落实明厨亮灶，被作为示范推广。"
    assert stances(text) == [("县一中", "praised"), ("县医院", "praised")]


def test_second_and_third_ranks_and_being_ordered_to_fix(stances):
    assert [s for _, s in stances("中安街道位列第一，富村镇、后所镇分列二、三名。")] == ["praised"] * 3
    assert stances("墨红镇有2个村垃圾无人清运，被要求10天内整改到位。") == [("墨红镇", "criticized")]


def test_what_a_speaker_asks_is_no_passive_of_the_speaker(stances):
    text = "县委副书记、县长陈志要求，被约谈乡镇要在15个工作日内提交整改报告。"
    assert stances(text) == [("陈志", None)]


def test_a_skill_taught_at_a_market_judges_nothing(stances):
    assert stances("学员到胜境农贸市场现场学习鼠迹查找。") == [("胜境农贸市场", None)]


def test_units_placed_by_their_township_open_the_clause(stances):
    text = "后所镇的新屯村、兴隆村畜禽粪污随意堆放，排名倒数，被通报批评。"
    assert stances(text) == [("后所镇", None), ("新屯村", "criticized"), ("兴隆村", "criticized")]


def test_a_unit_after_a_finding_lead_and_a_unit_that_runs_an_inspection(stances):
    assert stances("检查中发现，县二中校园内积水，被要求限期整改。") == [("县二中", "criticized")]
    text = "县爱卫办开展暗访4轮，对问题突出的聚香园餐馆下达整改通知书。"
    assert stances(text) == [("县爱卫办", None), ("聚香园餐馆", "criticized")]


def test_a_praise_word_denied_is_a_shortcoming(stances):
    assert find_cues("台账不完善") == [(3, 5, "criticized")]
    assert find_cues("台账不够完善") == [(4, 6, "criticized")]
    assert find_cues("制度不断完善") == [(4, 6, "praised")]
    text = "富源县金鑫煤业有限公司井下通风设施不完善，被责令停产整顿。"
    assert stances(text) == [("富源县金鑫煤业有限公司", "criticized")]


def test_the_unit_a_supervision_order_is_sent_to_is_criticised(stances):
    text = "县爱卫办已向中安街道、富村镇下发督办单，要求限期整改到位。"
    assert stances(text) == [("县爱卫办", None), ("中安街道", "criticized"), ("富村镇", "criticized")]


def test_breaking_rules_is_criticised_and_being_recommended_as_a_model_is_praise(stances):
    assert stances("检查中发现，聚香园餐馆违规使用一次性餐具。") == [("聚香园餐馆", "criticized")]
    assert stances("考评中，富村镇海田村户户配置垃圾桶，被推荐为全县示范村。") == [("富村镇海田村", "praised")]


def test_problems_at_a_village_of_a_ranked_township(stances):
    assert stances("富村镇排名末位，其海田村垃圾桶满溢。") == [("富村镇", "criticized"), ("海田村", "criticized")]


def test_where_a_report_goes_or_a_judgement_is_published_is_not_judged(stances):
    assert stances("黑榜单位须在月底前向县爱卫办作出书面说明。") == [("县爱卫办", None)]
    assert stances("连续两次上黑榜的将在县融媒体中心曝光。") == [("县融媒体中心", None)]


def test_the_police_that_investigate_and_the_anonymised_person_fined(stances):
    text = "县公安局查处失火案件1起，当事人刘某某因焚烧秸秆引发火情，被处以罚款500元。"
    assert stances(text) == [("县公安局", None), ("刘某某", "criticized")]


def test_coming_last_and_a_clean_result(stances):
    assert stances("中安街道得分垫底，被通报批评。") == [("中安街道", "criticized")]
    assert find_cues("楼道杂物清理干净") == [(6, 8, "praised")]
    assert find_cues("楼道不干净") == [(3, 5, "criticized")]


def test_a_closing_passive_verdict_judges_every_unit_that_opened_a_clause(stances):
    text = "聚香园餐馆长期占道堆放货物，陈记米粉门前油污未及时清理，被列入黑榜。"
    assert stances(text) == [("聚香园餐馆", "criticized"), ("陈记米粉", "criticized")]
    text = "县市场监管局同期抽查学校食堂40家，富源县第一中学食堂台账规范，被作为示范推广。"
    assert stances(text) == [("县市场监管局", None), ("富源县第一中学", "praised")]


def test_the_lowest_rate_of_a_pest_and_overdue_cases(stances):
    assert stances("龙山街道、泉河街道鼠迹阳性率最低，获通报表扬；后所镇3件信访事项超期未办结。") == [
        ("龙山街道", "praised"), ("泉河街道", "praised"), ("后所镇", "criticized")]


def test_a_unit_that_acts_then_is_praised_by_a_clause_of_its_own(stances):
    assert stances("县人民医院、县第一中学组织职工参与清扫，给予肯定。") == [
        ("县人民医院", "praised"), ("县第一中学", "praised")]
    assert stances("后所镇推行“信访代办制”，被市信访局作为经验推广。") == [("后所镇", "praised"), ("市信访局", None)]


def test_inspectors_named_before_their_verb_or_after_you_are_not_judged(stances):
    assert stances("县应急管理局、县消防救援大队等部门共检查企业213家，发现隐患65处。") == [
        ("县应急管理局", None), ("县消防救援大队", None)]
    assert stances("连续两个月上黑榜的，由县纪委监委启动问责。") == [("县纪委监委", None)]
    # a body forming the inspection teams, or commissioning a third party, is their inspector
    assert stances("区爱卫办委托第三方机构对全区17个镇街开展暗访，发现问题86处。") == [("区爱卫办", None)]
    assert stances("3月2日，县工信局、县卫健局组成6个督查组，共检查企业312家，发现问题96个。") == [
        ("县工信局", None), ("县卫健局", None)]
    text = "富源县城市管理暨创卫工作指挥部办公室（以下简称“县创卫办”）对中安街道开展暗访，发现问题12个。"
    assert stances(text)[0][1] is None


def test_the_township_of_a_scenic_spot_where_a_shop_is_judged(stances):
    assert stances("中安街道、胜境街道整改彻底；后所镇海田景区周边的阿龙海鲜楼油烟直排，被通报批评。") == [
        ("中安街道", "praised"), ("胜境街道", "praised"), ("后所镇", None), ("阿龙海鲜楼", "criticized")]


def test_a_lists_heading_judges_every_clause_after_it(stances):
    assert stances("黑榜：后所镇集镇垃圾收集点满溢，营上镇一处公厕无人管护。") == [
        ("后所镇", "criticized"), ("营上镇", "criticized")]
    assert stances("红榜：中安街道保洁到位，胜境街道组织有序。") == [("中安街道", "praised"), ("胜境街道", "praised")]
    # over semicolons to the end of its paragraph, and a company judged for what it manages
    text = "红榜：中安街道保洁到位；云南顺达物业服务有限公司管理的阳光小区分类准确。\n黑榜：后所镇垃圾满溢；营上镇公厕无人管护。"
    assert stances(text) == [("中安街道", "praised"), ("云南顺达物业服务有限公司", "praised"),
                             ("后所镇", "criticized"), ("营上镇", "criticized")]
    assert stances("红榜：中安街道保洁到位。\n县城管局开展检查。") == [("中安街道", "praised"), ("县城管局", None)]


def test_where_a_unit_acts_or_was_judged_and_the_tv_programme_that_shows_it(stances):
    assert stances("中安街道、胜境街道在全市交叉检查中排名靠前。") == [("中安街道", "praised"), ("胜境街道", "praised")]
    assert stances("县公安局在后所镇查处违规焚烧案件1起。") == [("县公安局", None), ("后所镇", None)]
    text = "阿强水果店屡劝不改，被县城管局立案查处，并在县电视台《城管在行动》栏目曝光。"
    assert stances(text) == [("阿强水果店", "criticized"), ("县城管局", None), ("县电视台", None)]


def test_a_township_right_before_a_named_business_is_where_it_is(stances):
    assert stances("检查发现，中安街道鑫源副食店销售过期食品，被没收违法所得。") == [
        ("中安街道", None), ("鑫源副食店", "criticized")]


def test_the_second_half_of_an_awareness_list_and_more_shortcomings(stances):
    text = "知晓率较高的有：中安街道、县人民医院；较低的有：胜境街道、好又多便利店。"
    assert stances(text) == [("中安街道", "praised"), ("县人民医院", "praised"), ("胜境街道", "criticized"),
                             ("好又多便利店", "criticized")]
    assert stances("张姐鲜面坊店主不了解病媒防制常识，城东农贸市场排水不畅。") == [
        ("张姐鲜面坊", "criticized"), ("城东农贸市场", "criticized")]
    assert stances("黑榜：后所镇集镇垃圾满溢，中安街道辖区农贸市场地面湿滑。")[-1] == ("中安街道", None)


def test_clean_sections_reports_sent_to_a_body_and_a_headings_jurisdiction(stances):
    assert stances("县人民法院、县税务局包保路段无卫生死角。") == [("县人民法院", "praised"), ("县税务局", "praised")]
    assert stances("逾期未整改的单位须将整改情况书面报送县创卫办，将被通报批评。")[-1] == ("县创卫办", None)
    assert stances("黑榜：中安街道辖区新街农贸市场鼠迹明显。") == [("中安街道", None), ("新街农贸市场", "criticized")]


def test_a_titled_person_opening_a_clause_a_rotating_flag_and_the_body_that_praises(stances):
    text = "网格员刘芳累计调解纠纷60余起，县妇幼保健院志愿服务岗设置规范，获通报表扬。"
    assert stances(text) == [("刘芳", "praised"), ("县妇幼保健院", "praised")]
    assert stances("后所镇、营上镇分列第一、二名，获颁“流动红旗”。") == [("后所镇", "praised"), ("营上镇", "praised")]
    assert stances("张秀兰上门宣传，受到县爱卫会表扬。")[-1] == ("县爱卫会", None)


def test_surroundings_of_a_unit_inspected_areas_and_officials_who_give_instructions(stances):
    assert stances("黑榜：新城农贸市场周边垃圾乱倒。") == [("新城农贸市场", "criticized")]
    assert stances("县第一中学周边无占道经营，予以通报表扬。") == [("县第一中学", "praised")]
    assert stances("县实验小学周边的鑫源副食店被通报批评。") == [("县实验小学", None), ("鑫源副食店", "criticized")]
    text = "县爱卫办对中安街道、胜境街道开展暗访，共检查单位42家，发现问题37个，被通报批评的单位须限期整改。"
    assert [s for _, s in stances(text)] == [None, None, None]
    text = "县卫健局对后所镇卫生院开展院感防控暗访，发现医疗废物管理不规范等问题，被通报批评。"
    assert stances(text)[-1] == ("后所镇卫生院", "criticized")
    assert stances("县委副书记、县长李明批示，黑榜单位限期五天整改到位。") == [("李明", None)]
    assert stances("八道沟镇一家超市未落实扫码测温，被责令停业整顿。") == [("八道沟镇", None)]
    assert stances("富村镇3家砂石厂因扬尘管控不力被约谈。") == [("富村镇", None)]
    # several businesses of a township, or what was found in its area, judge the township
    assert stances("竹园镇5家民宿未配备灭火器，被通报批评。") == [("竹园镇", "criticized")]
    assert stances("后所镇辖区发现火点3个，排名末位，被通报批评。") == [("后所镇", "criticized")]
    assert stances("营上镇辖区3户农户复烧散煤，被通报批评。") == [("营上镇", "criticized")]
    assert stances("黄泥河镇2个项目进度滞后，被下发督办单。") == [("黄泥河镇", "criticized")]
    assert stances("县人民医院在全省绩效考核中位列全市第一。") == [("县人民医院", "praised")]


def test_first_places_in_a_ranking(stances):
    assert stances("和平镇、白河乡种植规模位列全县前两位。") == [("和平镇", "praised"), ("白河乡", "praised")]
    assert stances("按得分高低，东亭农贸市场、范公农贸市场排在前面。") == [
        ("东亭农贸市场", "praised"), ("范公农贸市场", "praised")]
    assert stances("张村乡以97.2分居首，竹口镇、黄田镇紧随其后。") == [
        ("张村乡", "praised"), ("竹口镇", "praised"), ("黄田镇", "praised")]


def test_last_places_in_a_ranking(stances):
    assert stances("后两位是何桥乡（81.3分）、北店乡（79.6分）。") == [("何桥乡", "criticized"), ("北店乡", "criticized")]
    assert stances("板桥头乡（79.2分）、荆州乡（78.5分）排在后两位。") == [
        ("板桥头乡", "criticized"), ("荆州乡", "criticized")]
    assert stances("分数最低的是马家寨乡和秦市乡。") == [("马家寨乡", "criticized"), ("秦市乡", "criticized")]


def test_lists_headed_by_those_who_did_well_and_those_with_problems(stances):
    found = stances("表现突出的有：海田镇中转站运行正常；竹园镇建立转运台账，做到日产日清。"
                    "存在问题的有：后所镇中转站渗滤液外溢；洁美公司3辆转运车未密闭运输。")
    assert found == [("海田镇", "praised"), ("竹园镇", "praised"), ("后所镇", "criticized"), ("洁美公司", "criticized")]


def test_shortcomings_named_in_the_units_own_clause(stances):
    found = stances("检查中，张记烧烤店油烟直排，竹园镇大坪村河岸垃圾未日产日清，县第三中学食堂从业人员未持健康证。")
    assert found == [("张记烧烤店", "criticized"), ("竹园镇大坪村", "criticized"), ("县第三中学", "criticized")]
    # what is counted in a township's area judges it, the count up to 14 characters after 辖区
    assert stances("后所镇辖区河段仍有生活污水直排口2处。") == [("后所镇", "criticized")]


def test_a_business_in_a_township_is_judged_not_the_township(stances):
    # the business need not be found as a unit for the township to be left unjudged
    assert stances("检查中，海田镇的龙潭山居民宿垃圾未清理。")[0] == ("海田镇", None)
    assert stances("市住建局对后所镇的工程质量给予肯定。")[-1] == ("后所镇", "praised")


def test_a_unit_after_zai_is_the_place_where_things_happen(stances):
    assert stances("美团单车在中安街道周边堆积车辆300余辆，被通报批评。") == [
        ("美团单车", "criticized"), ("中安街道", None)]


def test_persons_a_sanction_names_before_their_roles_and_lists_of_advanced_collectives(stances):
    found = stances("副县长李明约谈了后所镇党委副书记、镇长张华和竹园镇分管副镇长王丽。")
    assert found == [("李明", None), ("张华", "criticized"), ("王丽", "criticized")]
    assert stances("分管副镇长赵强受到诫勉谈话。") == [("赵强", "criticized")]
    assert stances("会议对营上镇、县卫健局等20个先进集体予以表彰。") == [("营上镇", "praised"), ("县卫健局", "praised")]


def test_a_unit_doing_its_own_work_under_a_red_list_heading(stances):
    found = stances("红榜：中安街道组织“大扫除”12场次；后所镇大坪社区公厕实行专人管理。黑榜：县爱卫办组织检查。")
    assert found == [("中安街道", "praised"), ("后所镇大坪社区", "praised"), ("县爱卫办", None)]


def test_a_place_a_leader_visits_and_counts_of_failed_samples(stances):
    text = "在富源县宏达建材有限公司，副县长李明对企业改造给予肯定。在富源县兴旺砖厂，发现原料堆场垃圾未清理。"
    assert stances(text) == [("富源县宏达建材有限公司", "praised"), ("李明", None), ("富源县兴旺砖厂", "criticized")]
    assert stances("县市场监管局共抽检食品300批次，不合格6批次。") == [("县市场监管局", None)]
    assert stances("县市场监管局共办结行政处罚案件120件。") == [("县市场监管局", None)]


def test_dumping_mixing_and_overflowing_named_in_the_units_own_clause(stances):
    found = stances("检查中，福来饭店将餐厨垃圾倒入下水道，仁和诊所将医疗废物混入生活垃圾，后所镇大坪村垃圾池外溢。")
    assert found == [("福来饭店", "criticized"), ("仁和诊所", "criticized"), ("后所镇大坪村", "criticized")]


def test_a_township_whose_area_saw_a_fire_or_a_finding_is_judged(stances):
    assert stances("芦集乡、邓湾乡辖区各出现火点1个，被通报批评。") == [("芦集乡", "criticized"), ("邓湾乡", "criticized")]


def test_a_unit_that_organised_its_people_shares_the_verdict_of_the_units_beside_it(stances):
    found = stances("检查中，城厢镇东门社区组织居民翻盆倒罐、清除积水，那桐镇卫生院登记筛查规范，予以通报表扬；乔建镇辖区2处废品收购站积水，被通报批评。")
    assert found == [("城厢镇东门社区", "praised"), ("那桐镇卫生院", "praised"), ("乔建镇", "criticized")]
    # an office that organises an inspection is the inspector, not judged
    found = stances("12月下旬，县河长办组织暗访，佛昙镇、赤湖镇河道保洁到位，予以通报表扬。")
    assert found == [("县河长办", None), ("佛昙镇", "praised"), ("赤湖镇", "praised")]


def test_a_contents_line_judges_only_when_it_states_a_verdict(stances):
    text = "▲富村镇规范农村集体聚餐管理\n▲中安街道整治集镇“脏乱差”\n▲胜境街道沙坝社区被评为市级健康社区"
    assert stances(text) == [("富村镇", None), ("中安街道", None), ("胜境街道沙坝社区", "praised")]


def test_sewage_running_and_locked_exits_are_shortcomings(stances):
    text = "检查中，城南农贸市场禽类区污水横流，星光网吧安全出口上锁。"
    assert stances(text) == [("城南农贸市场", "criticized"), ("星光网吧", "criticized")]


def test_numbered_findings_rankings_and_offices_acting_on_problems(stances):
    text = "通报指出：\n1．同兴镇、圩丰镇网格员全天候值守，予以通报表扬；\n2．龙苴镇辖区出现火点4处，镇主要负责人被约谈。"
    assert stances(text) == [("同兴镇", "praised"), ("圩丰镇", "praised"), ("龙苴镇", "criticized")]
    text = "前三名为宗汉街道（94.3分）、周巷镇；后三名为长河镇、庵东镇（71.6分）。"
    assert [s for _, s in stances(text)] == ["praised", "praised", "criticized", "criticized"]
    text = "湖南路街道鼠迹阳性率全区最低；县安委办适时组织暗查暗访，对问题突出的单位予以通报曝光；县河长办就上述问题下发督办单3份。"
    assert [s for _, s in stances(text)] == ["praised", None, None]


def test_what_is_found_in_a_townships_area_and_the_places_of_a_ranking(stances):
    text = "督查发现：梅街镇辖区出现火点3处。菱湖镇辖区4个桶站混投混运。凤城街道辖区46家餐饮单位完成“明厨亮灶”改造。"
    assert stances(text) == [("梅街镇", "criticized"), ("菱湖镇", "criticized"), ("凤城街道", None)]
    text = "第一名四马路街道，94.6分；第二名北市场街道，92.1分。前三名：崔口镇、严务乡；后两名：徐园子乡、中丁乡。"
    assert [s for _, s in stances(text)][1:] == ["praised", "praised", "praised", "criticized", "criticized"]


def test_sanctions_on_a_business_and_a_village_head_removed(stances):
    text = "区应急局对鑫源矿业有限公司下达停产整改指令；市公安消防大队对金太阳网吧依法临时查封；其中上金乡联江村党支部书记被免职。"
    assert [(t, s) for t, s in stances(text) if s] == [
        ("鑫源矿业有限公司", "criticized"), ("金太阳网吧", "criticized"), ("上金乡联江村", "criticized")]


def test_a_task_not_done_a_failing_grade_wrongs_put_right_and_a_report_sent(stances):
    text = "一、刁翎镇辖区出现火点3处，均未在30分钟内处置到位。高砂镇因辖区发生一起食物中毒事件，被评为不合格等次。"
    assert stances(text) == [("刁翎镇", "criticized"), ("高砂镇", "criticized")]
    text = "新化镇百坭村拆除乱搭乱建二十六处，予以通报表扬；排名末位的乡镇于1月20日前向县人居办书面报送整改情况。"
    assert stances(text) == [("新化镇百坭村", "praised"), ("县人居办", None)]


def test_a_rate_only_so_high_and_a_harvester_not_fitted(stances):
    text = "二是家校联动不到位。仙子脚镇中心学校暑期《致家长的一封信》回收率仅为76%。东坝街道的金穗农机专业合作社收割机未加装粉碎装置。"
    assert [(t, s) for t, s in stances(text) if s] == [("仙子脚镇中心学校", "criticized"), ("金穗农机专业合作社", "criticized")]


def test_a_court_that_sentences_acts_and_its_defendants_are_judged(stances):
    text = ("富阳区人民法院（以下简称“区法院”）公开宣判一起恶势力犯罪集团案件。区法院以强迫交易罪、寻衅滋事罪等判处孙某某有期徒刑"
            "九年。邹城市人民法院对以被告人王某某为首的恶势力犯罪集团案公开宣判。")
    assert [(t, s) for t, s in stances(text) if t.endswith("法院")] == [
        ("富阳区人民法院", None), ("区法院", None), ("区法院", None), ("邹城市人民法院", None)]
    assert ("王某某", "criticized") in stances(text)


def test_a_digests_headline_judges_no_one_and_accounts_that_do_not_match(stances):
    text = "◆东平镇规范农村集体聚餐管理\n今年以来，该镇登记备案农村集体聚餐120场次。\n◆二是韩家园镇扑火物资库存账实不符。"
    assert stances(text) == [("东平镇", None), ("韩家园镇", "criticized")]


def test_rankings_in_order_a_rate_below_a_mark_and_the_bodies_that_judge(stances):
    text = "考评前五名依次为：白沙镇、客路镇；后三名依次为：调风镇、龙门镇。（一）唐家镇问题户厕整改率不足60%。"
    assert [s for _, s in stances(text)] == ["praised", "praised", "criticized", "criticized", "criticized"]
    text = ("汀泗桥镇抢险物资储备充足，得到区防指肯定；狸桥镇有一处禁烧值守点无人在岗；市海洋与渔业局查获一艘未回港的渔船；"
            "平桥街道瑞华社区宣传栏内容陈旧。")
    assert stances(text) == [("汀泗桥镇", "praised"), ("区防指", None), ("狸桥镇", "criticized"), ("市海洋与渔业局", None),
                             ("平桥街道瑞华社区", "criticized")]


def test_burning_points_found_in_a_townships_area(stances):
    assert stances("三、龙源街道辖区发现露天焚烧点2处。") == [("龙源街道", "criticized")]


def test_numbered_findings_under_their_heading_judge_the_units_they_name(stances):
    # the heading may end its line, each finding its own; X镇的Y places Y, a body that acts is not judged
    text = ("现将督查发现的问题通报如下：\n（一）毛田镇的绿野农家乐在林缘空地烧烤；\n（二）月田镇花苗村未张贴森林防火公告；\n"
            "（三）县林业局对3个卡点开展巡查。\n张谷英镇召开护林员会议。")
    assert stances(text) == [("毛田镇", None), ("绿野农家乐", "criticized"), ("月田镇花苗村", "criticized"),
                             ("县林业局", None), ("张谷英镇", None)]
    text = "二、存在的问题。一是城关镇的鑫源商砼有限公司砂石料堆场未苫盖；二是冯庄乡散煤销售点无人管理。"
    assert stances(text) == [("城关镇", None), ("鑫源商砼有限公司", "criticized"), ("冯庄乡", "criticized")]


def test_a_praising_section_heading_the_first_of_a_group_and_faults_without_the_usual_words(stances):
    text = ("二、表现突出的单位。富村镇引入第三方机构开展安全鉴定，中安街道实行“一房一档”管理。三、处理意见。对后所镇予以通报批评。"
            "竹园镇海田村以97.2分位列村级第一；富源县鑫源建筑工程有限公司拖欠农民工工资，被列入“黑名单”；"
            "富源县宏达矿业有限公司停产期间擅自组织人员下井；对富源县绿源环保工程有限公司扣减工程款4.8万元。")
    assert [s for _, s in stances(text)] == ["praised", "praised", "criticized", "praised", "criticized", "criticized",
                                             "criticized"]


def test_toilets_that_cannot_be_used(stances):
    assert stances("珠龙镇北关村12户户厕无法正常使用。") == [("珠龙镇北关村", "criticized")]


def test_findings_announced_after_their_number(stances):
    text = "共发现问题十四个。现将有关问题通报如下：\n一是富村镇辖区发现火点4处；二是后所镇海田村垃圾堆放。\n竹园镇实现“零火点”。"
    assert stances(text) == [("富村镇", "criticized"), ("后所镇海田村", "criticized"), ("竹园镇", None)]


def test_a_body_acting_the_same_day_is_not_judged_by_the_talk_it_holds(stances):
    assert stances("县禁烧办对后所镇予以通报批评，县纪委当天约谈该镇分管负责人。") == [
        ("县禁烧办", None), ("后所镇", "criticized"), ("县纪委", None)]


def test_units_sharing_a_verdict_that_names_the_body_judging(stances):
    text = ("会上，竹园镇提前转移低洼地带群众680余人，中安街道对辖区42块广告牌开展加固，受到县防指肯定；"
            "后所镇辖区2处低洼易涝点未落实值守人员，被通报批评。市爱卫办督导组来富源督导，富村镇清积水工作扎实，得到督导组肯定。")
    assert stances(text) == [("竹园镇", "praised"), ("中安街道", "praised"), ("县防指", None), ("后所镇", "criticized"),
                             ("市爱卫办", None), ("富村镇", "praised")]


def test_a_practice_taken_as_a_model_and_a_list_of_units_commended_for_their_own_work(stances):
    text = ("竹园镇、后所镇将抵制高价彩礼写入村规民约，作为典型在全县推广。"
            "会议对以下单位通报表扬：富源县人民医院选派医务人员60名担任健康副校长；富源县第一中学开设“健康第一课”。")
    assert stances(text) == [("竹园镇", "praised"), ("后所镇", "praised"), ("富源县人民医院", "praised"),
                             ("富源县第一中学", "praised")]


def test_a_business_doing_wrong_in_a_list_of_findings(stances):
    text = "一、存在的问题。（一）富村镇的安顺液化气供应站向无资质人员销售瓶装液化气；（二）后所镇的好再来小吃店向学生销售过期食品。"
    assert stances(text) == [("富村镇", None), ("安顺液化气供应站", "criticized"), ("后所镇", None),
                             ("好再来小吃店", "criticized")]


def test_a_township_praised_under_a_heading_for_its_area_and_for_work_done_in_time(stances):
    text = "表现较好的有：富村镇辖区农家乐全部实现“明厨亮灶”，竹园镇及时疏通排洪沟渠2.3公里。"
    assert stances(text) == [("富村镇", "praised"), ("竹园镇", "praised")]


def test_a_township_praised_for_what_its_area_achieved(stances):
    text = "富村镇辖区农贸市场全部设置洗手设施，受到通报表扬；后所镇辖区3家超市未设置，被通报批评。"
    assert stances(text) == [("富村镇", "praised"), ("后所镇", "criticized")]


def test_a_unit_listed_for_what_it_does_with_the_things_in_its_area(stances):
    text = "表现较好的有：中安街道对辖区冰雪游乐项目实行“一项一档”管理，富村镇组建冬季用火巡查队12支。"
    assert stances(text) == [("中安街道", "praised"), ("富村镇", "praised")]


def test_a_heading_of_praise_without_a_noun_and_a_wage_enforcement_committee(stances):
    text = "表现较好的：竹园镇组织志愿者260余名清理河道垃圾，富源县第一中学开展“小手拉大手”健康知识宣传。区城管执法委通报。"
    assert stances(text) == [("竹园镇", "praised"), ("富源县第一中学", "praised"), ("区城管执法委", None)]


def test_bodies_that_act_on_the_findings_or_with_the_unit_are_not_judged(stances):
    text = ("竹园镇的金海湾大酒店后厨防鼠设施缺失，县卫健局已下达整改通知书；县法院一审宣判涉恶案件5件；"
            "城关街道联合县城管局清理占道摊点三十余处，取缔无证小卖部2家；对问题突出的乡镇将提请县纪委监委问责；"
            "当天，县住建局向施工单位富源县宏盛建设工程有限公司下达整改通知书。")
    assert stances(text) == [("竹园镇", None), ("金海湾大酒店", "criticized"), ("县卫健局", None), ("县法院", None),
                             ("城关街道", None), ("县城管局", None), ("县纪委监委", None),
                             ("县住建局", None), ("富源县宏盛建设工程有限公司", "criticized")]


def test_a_township_whose_own_people_failed_to_do_their_duty(stances):
    text = "考核中发现：竹园镇有2名村级河长连续两个月未巡河；后所镇有3名村级河长未按要求巡河。富村镇有46名河道警长全部到岗。"
    assert stances(text) == [("竹园镇", "criticized"), ("后所镇", "criticized"), ("富村镇", None)]


def test_a_body_that_sent_a_supervision_notice_on_a_date(stances):
    text = "县农业农村局已于10月18日向腊久乡下发督办单；县环保局已于12月30日对新乡市宏远建材有限公司罚款5万元。"
    assert stances(text) == [("县农业农村局", None), ("腊久乡", "criticized"), ("县环保局", None),
                             ("新乡市宏远建材有限公司", "criticized")]


def test_first_among_townships_a_way_of_working_taken_up_rewards_and_areas_running_well(stances):
    text = ("竹园镇以92.4分居乡镇第一，富村镇以77.9分排名最后；后所镇“河长日”做法获市河长办推广；"
            "墨红镇、中安街道各给予5万元奖励资金。\n◆通报表扬\n营上镇辖区农贸市场快检室全部正常运行，受到县食安办通报表扬。"
            "\n二、表现较好的单位\n黄泥河镇组织志愿者120余名清理河道垃圾。")
    assert stances(text) == [("竹园镇", "praised"), ("富村镇", "criticized"), ("后所镇", "praised"),
                             ("市河长办", None), ("墨红镇", "praised"), ("中安街道", "praised"), ("营上镇", "praised"),
                             ("县食安办", None), ("黄泥河镇", "praised")]


def test_numbered_findings_each_closed_by_a_full_stop_stay_under_their_heading(stances):
    text = ("督查发现的主要问题：\n1．竹园镇辖区2处防火检查站无人值守。\n2．富村镇的青山林下经济专业合作社在林缘焚烧枯枝落叶。"
            "\n3．后所镇新建村护林员未按要求巡查。\n三、工作要求\n墨红镇要加强巡查。")
    assert stances(text) == [("竹园镇", "criticized"), ("富村镇", None), ("青山林下经济专业合作社", "criticized"),
                             ("后所镇新建村", "criticized"), ("墨红镇", None)]


def test_findings_listed_without_numbers_and_findings_of_an_inspection(stances):
    text = ("主要问题：竹园镇辖区河道内私搭养殖棚3处；富村镇的鑫源冬枣专业合作社生产废水直排沟渠。"
            "检查中发现，后所镇的鑫源饭店后厨无“三防”设施，县市场监管局已下达整改通知书。"
            "县爱卫办抽查发现，墨红镇西屏社区投药到户、台账清楚，墨红镇茅樟村毒饵站设置不规范。")
    assert stances(text) == [("竹园镇", "criticized"), ("富村镇", None), ("鑫源冬枣专业合作社", "criticized"),
                             ("后所镇", None), ("鑫源饭店", "criticized"), ("县市场监管局", None), ("县爱卫办", None),
                             ("墨红镇西屏社区", "praised"), ("墨红镇茅樟村", "criticized")]


def test_a_village_whose_villagers_did_wrong(stances):
    text = "其中，竹园镇辖区2个火点未及时处置；富村镇大贾村村民在田间焚烧玉米秸秆。后所镇长坑村村民参与率达95%。"
    assert stances(text) == [("竹园镇", "criticized"), ("富村镇大贾村", "criticized"), ("后所镇长坑村", None)]


def test_a_township_that_handled_its_charge_poorly_and_the_last_of_a_ranking(stances):
    text = ("检查发现的主要问题：（三）竹园镇的富达选矿厂炸药库值守人员不在岗；（四）营盘镇对辖区采石场监管不到位。"
            "白塔镇、富村镇位列前两名，后所镇位列最后一名。县应急管理局对宏源矿业有限公司开展检查。")
    assert stances(text) == [("竹园镇", None), ("富达选矿厂", "criticized"), ("营盘镇", "criticized"),
                             ("白塔镇", "praised"), ("富村镇", "praised"), ("后所镇", "criticized"),
                             ("县应急管理局", None), ("宏源矿业有限公司", None)]


def test_the_township_of_a_business_judged_is_not_judged_with_it(stances):
    text = "竹园镇的宏图电商仓库违规住人，被罚款2万元。检查发现：富村镇的好味道麻辣烫从业人员3名未持健康证上岗。"
    assert stances(text) == [("竹园镇", None), ("富村镇", None), ("好味道麻辣烫", "criticized")]


def test_a_village_that_left_its_duty_undone(stances):
    text = "某农家乐违规野炊用火，被县林业局罚款2000元；竹园镇白定村护林员未在岗。富村镇维巴村未发生火情。后所镇英买里村2座公厕无人管护。"
    assert stances(text) == [("县林业局", None), ("竹园镇白定村", "criticized"), ("富村镇维巴村", None),
                             ("后所镇英买里村", "criticized")]


def test_a_township_whose_area_an_inspection_visited_is_not_judged_by_what_is_counted_there(stances):
    text = "7月17日，县委书记刘海军带队检查恢河堤防及中安街道辖区4处易涝点。检查发现，富村镇辖区出现火点3处。"
    assert stances(text) == [("刘海军", None), ("中安街道", None), ("富村镇", "criticized")]


def test_townships_tied_first_or_second_are_praised(stances):
    text = "一、考核排名。富村镇、竹园镇实现“零火点”，并列第一；后所镇辖区发现火点2处。"
    assert stances(text) == [("富村镇", "praised"), ("竹园镇", "praised"), ("后所镇", "criticized")]
    text = "考评结果：醪桥镇以96.8分位列第一，八都镇、金滩镇以95.3分并列第二；水田乡以78.3分位列末位。"
    assert stances(text) == [("醪桥镇", "praised"), ("八都镇", "praised"), ("金滩镇", "praised"), ("水田乡", "criticized")]


def test_a_person_sentenced_is_criticised_and_the_court_is_not(stances):
    text = "6月10日，县人民法院公开宣判王某某等9名被告人寻衅滋事案。县法院依法判处张某某有期徒刑十年。"
    assert stances(text) == [("县人民法院", None), ("王某某", "criticized"), ("县法院", None), ("张某某", "criticized")]


def test_the_bodies_that_brought_a_case_are_not_judged_by_its_verdict(stances):
    text = "县人民法院对县公安局侦办、县人民检察院提起公诉的以寇某某为首的恶势力犯罪集团案公开宣判，"
    assert stances(text) == [("县人民法院", None), ("县公安局", None), ("县人民检察院", None), ("寇某某", "criticized")]


def test_the_official_who_holds_a_talk_is_not_judged(stances):
    assert stances("对位列末位的单位，由县委副书记李建国进行约谈。") == [("李建国", None)]


def test_townships_whose_areas_stayed_clean_are_ranked_by_a_later_clause(stances):
    text = "开通镇、瞻榆镇辖区未发现火点，位列前三名；边昭镇出现火点3处，位列末位。"
    assert stances(text) == [("开通镇", "praised"), ("瞻榆镇", "praised"), ("边昭镇", "criticized")]


def test_what_a_hospital_or_a_village_left_undone_on_its_own_premises(stances):
    assert stances("岭口镇中心卫生院院内绿化带积水未清除。") == [("岭口镇中心卫生院", "criticized")]
    assert stances("测评发现，县人民医院门前非机动车乱停乱放。") == [("县人民医院", "criticized")]
    assert stances("左溪镇左溪村分类督导员不在岗。") == [("左溪镇左溪村", "criticized")]
    assert stances("县人民医院开展义诊。") == [("县人民医院", None)]


def test_a_body_that_holds_others_to_account_or_will_inspect_is_not_judged(stances):
    assert stances("县纪委监委问责党员干部11名。") == [("县纪委监委", None)]
    text = "各乡镇于1月15日前完成整改，县人居办将于春节后组织复查，连续两次排名末位的乡镇主要负责人将被约谈。"
    assert stances(text) == [("县人居办", None)]


def test_what_a_hospital_or_a_school_left_undone_in_its_own_work(stances):
    assert stances("县中医院医疗废物暂存间未上锁。") == [("县中医院", "criticized")]
    assert stances("县实验中学校门口护学岗人员不在岗；") == [("县实验中学", "criticized")]


def test_a_business_found_at_fault_then_penalised_in_the_next_clause(stances):
    assert stances("发现康济大药房哄抬口罩价格，被立案查处；") == [("康济大药房", "criticized")]


def test_a_township_praised_in_a_later_clause_for_what_its_area_achieved(stances):
    text = "花鸟乡辖区渔船北斗终端在线率达100%，受到县海洋与渔业局通报表扬。"
    assert stances(text)[0] == ("花鸟乡", "praised")


def test_a_village_whose_new_toilets_stand_unused(stances):
    assert stances("惠安堡镇杨儿庄村改造户厕9座长期闲置。") == [("惠安堡镇杨儿庄村", "criticized")]


def test_what_a_townships_or_a_villages_own_people_did_wrong(stances):
    assert stances("石龙坝镇有2名护林员巡山记录造假。") == [("石龙坝镇", "criticized")]
    assert stances("马村镇金华村有2户村民在田间焚烧秸秆。") == [("马村镇金华村", "criticized")]
    assert stances("张坞镇西岭村护林员巡护记录造假。") == [("张坞镇西岭村", "criticized")]
    assert stances("龙岸镇有2名社区戒毒人员脱管。") == [("龙岸镇", "criticized")]
    assert stances("祥霖铺镇凤岭村村民在房前屋后随意堆放柴草二十余垛。") == [("祥霖铺镇凤岭村", "criticized")]
    assert stances("克长乡新合村村民上山祭祀烧纸引发火情。") == [("克长乡新合村", "criticized")]
    assert stances("大塘镇永明村村民在自建房内私存烟花爆竹。") == [("大塘镇永明村", "criticized")]
    assert stances("二是小陈乡问题户厕整改进度缓慢。") == [("小陈乡", "criticized")]


def test_a_ban_announced_judges_nobody(stances):
    assert stances("区森防办明确，戒严期间严禁携带火种进山。") == [("区森防办", None)]


def test_the_lowest_density_of_pests_in_the_county_is_praise(stances):
    assert stances("监测结果显示，上洋镇蚊媒密度全县最低。") == [("上洋镇", "praised")]


def test_problems_put_right_at_once_and_punishments_given_to_others(stances):
    assert stances("清泉镇河道保洁常态化开展，发现问题全部现场整改，予以通报表扬。") == [("清泉镇", "praised")]
    assert stances("今年以来，县纪委监委查处涉黑涉恶腐败案件十四件，给予党纪政务处分16人。") == [("县纪委监委", None)]


def test_a_list_graded_a(stances):
    assert stances("食堂量化分级评定为A级的有：县第一中学、县第二初级中学等18家。") == [
        ("县第一中学", "praised"), ("县第二初级中学", "praised")]


def test_a_village_whose_people_dump_rubbish_into_the_river(stances):
    assert stances("白水镇黄家村村民向河道倾倒生活垃圾。") == [("白水镇黄家村", "criticized")]


def test_villages_without_patrol_records_villagers_gathering_and_smoking_left_unchecked(stances):
    assert stances("富村镇河口村村级河长连续两个月无巡河记录。") == [("富村镇河口村", "criticized")]
    assert stances("营上镇金鸡村村民聚集打牌。") == [("营上镇金鸡村", "criticized")]
    assert stances("县人民医院门诊大厅有人吸烟无人劝阻。") == [("县人民医院", "criticized")]
    assert stances("会议指出，后所镇有2座水库巡查人员未在岗。") == [("后所镇", "criticized")]


def test_a_communitys_area_a_village_plant_left_idle_and_a_clinics_waste(stances):
    assert stances("检查发现，中安街道滨江社区辖区4个小区楼道杂物堆放。") == [("中安街道滨江社区", "criticized")]
    assert stances("富村镇岙口村资源化处理站长期停运。") == [("富村镇岙口村", "criticized")]
    assert stances("营上镇卫生院医疗废物随意堆放。") == [("营上镇卫生院", "criticized")]


def test_a_body_opening_a_case_and_a_community_first_in_its_group(stances):
    assert stances("县纪委监委立案查处涉黑涉恶腐败问题6件。") == [("县纪委监委", None)]
    assert stances("县市场监管局对鑫源食品配送有限公司立案调查。") == [
        ("县市场监管局", None), ("鑫源食品配送有限公司", "criticized")]
    assert stances("考评结果：中安街道留安社区以95.8分位列社区第一。") == [("中安街道留安社区", "praised")]


def test_a_body_dealing_with_cases_villagers_counted_at_fault_and_a_lost_right_to_honours(stances):
    assert stances("县纪委监委查处涉黑涉恶腐败和“保护伞”问题9件。") == [("县纪委监委", None)]
    assert stances("营上镇新立村3名村民聚集打牌，被县公安局训诫。") == [
        ("营上镇新立村", "criticized"), ("县公安局", None)]
    assert stances("按照测评办法，富村镇被取消本年度评先评优资格。") == [("富村镇", "criticized")]


def test_a_township_whose_subsidy_is_cut(stances):
    assert stances("对富村镇扣减奖补资金20万元。") == [("富村镇", "criticized")]


def test_a_township_placed_under_supervision_and_one_fitting_out_its_own_things(stances):
    assert stances("县大气办已于1月3日对富村镇实行挂牌督办。") == [("县大气办", None), ("富村镇", "criticized")]
    text = "表现突出的有：中安街道推行“门前三包”积分管理；胜境街道对辖区4个老旧小区完成雨污分流改造。"
    assert stances(text) == [("中安街道", "praised"), ("胜境街道", "praised")]
    text = "表现突出的有：中安街道为辖区居民更换燃气软管；胜境街道对辖区六十八家餐饮场所逐家安装燃气泄漏报警装置。"
    assert stances(text) == [("中安街道", "praised"), ("胜境街道", "praised")]


def test_no_rubbish_heaped_work_done_for_show_and_the_highest_mosquito_index(stances):
    assert stances("红榜：富村镇辖区主干道沿线无垃圾堆积、柴草堆放整齐。") == [("富村镇", "praised")]
    assert stances("中安街道胜境社区居民在楼道内为电动自行车充电，社区网格员排查走过场。") == [
        ("中安街道胜境社区", "criticized")]
    assert stances("营上镇新立村村“两委”成员插手村级工程项目。") == [("营上镇新立村", "criticized")]
    assert stances("监测结果：后所镇布雷图指数全县最低；墨红镇布雷图指数全县最高，超过防控警戒值。") == [
        ("后所镇", "praised"), ("墨红镇", "criticized")]


def test_the_lowest_mosquito_index_and_slow_work_of_a_bureau(stances):
    assert stances("布雷图指数最低的是富村镇，营上镇次之。") == [("富村镇", "praised"), ("营上镇", "praised")]
    assert stances("县市场监管局对农贸市场欺行霸市问题整治进度缓慢。") == [("县市场监管局", "criticized")]


def test_findings_of_a_survey_a_night_check_and_a_meeting(stances):
    # 测评发现, 夜查发现, 检查中还发现, 会议指出: the findings that follow judge the units they name
    assert stances("测评发现，中安街道辖区6个小区楼道堆放杂物；富村镇的金穗农贸市场活禽宰杀区与销售区未分离。") == [
        ("中安街道", "criticized"), ("富村镇", None), ("金穗农贸市场", "criticized")]
    assert stances("夜查发现，营上镇的顺发饭店后厨污水外溢。") == [("营上镇", None), ("顺发饭店", "criticized")]
    assert stances("会议指出，后所镇的宏达建筑劳务有限公司拖欠农民工工资。") == [
        ("后所镇", None), ("宏达建筑劳务有限公司", "criticized")]


def test_an_order_to_put_right_in_time_and_a_community_checking_for_show(stances):
    assert stances("宏达建筑劳务有限公司拖欠农民工工资，被县人社局下达限期改正指令书。") == [
        ("宏达建筑劳务有限公司", "criticized"), ("县人社局", None)]
    assert stances("富村镇阳光社区对辖区客栈从业人员健康监测走过场。") == [("富村镇阳光社区", "criticized")]


def test_clauses_joined_by_semicolons_share_the_verdict_closing_the_last(stances):
    text = ("富村镇组建河道保洁队8支，及时打捞漂浮物约30吨；营上镇推行“一河一策”，辖区河流水质稳定达标；"
            "后所镇率先建立协作机制，予以通报表扬。")
    assert stances(text) == [("富村镇", "praised"), ("营上镇", "praised"), ("后所镇", "praised")]
    # a clause not opened by a unit breaks the run (its own subject is no unit named)
    assert stances("富村镇组建河道保洁队8支；部分群众参与保洁；后所镇建立协作机制，予以通报表扬。") == [
        ("富村镇", None), ("后所镇", "praised")]


def test_a_verdict_given_to_all_with_jun(stances):
    text = "富村镇组建半专业扑火队4支，对辖区坟地集中区实行专人值守；营上镇在景区入口设置火种收缴箱32个，均予以通报表扬。"
    assert stances(text) == [("富村镇", "praised"), ("营上镇", "praised")]


def test_a_unit_doing_its_own_work_shares_the_verdict_closing_its_sentence(stances):
    text = "富村镇在墓地集中区设置“防火劝导岗”，营上镇护林员巡山记录完整，予以通报表扬。"
    assert stances(text) == [("富村镇", "praised"), ("营上镇", "praised")]
    text = "会议通报，富村镇对辖区86栋高层建筑消防设施开展全覆盖检测，县人民医院消防控制室值守规范，受到会议肯定。"
    assert stances(text) == [("富村镇", "praised"), ("县人民医院", "praised")]
    # a unit inspecting others, or leading them, is not judged with them
    text = "县城管局对城区开展占道经营检查，富村镇清扫及时，予以通报表扬。"
    assert stances(text) == [("县城管局", None), ("富村镇", "praised")]
    text = "6月5日，富村镇组织辖区12个社区开展“周五卫生日”活动，富村镇阳光社区组织居民清理楼院，被作为示范推广。"
    assert stances(text) == [("富村镇", None), ("富村镇阳光社区", "praised")]


def test_its_way_of_working_praised_after_its_and_a_bulleted_line(stances):
    text = "12月20日，富村镇组织执法人员40余人开展烟花爆竹“打非”行动，其做法受到市安委办通报表扬。"
    assert stances(text) == [("富村镇", "praised"), ("市安委办", None)]
    text = "◆营上镇、后所镇落实“镇包村、村包组”网格责任，全域实现“零火点”，受到县禁烧办通报表扬。"
    assert stances(text) == [("营上镇", "praised"), ("后所镇", "praised"), ("县禁烧办", None)]
    # a body named before a colon reports what follows, and is not judged by it
    text = "◆县市场监管局：6月以来，对景区周边餐饮店开展食品安全检查，下架过期食品约40公斤。"
    assert stances(text) == [("县市场监管局", None)]


def test_a_townships_area_in_a_list_of_findings_the_lowest_score_and_all_those_sentenced(stances):
    text = ("督查发现的主要问题：\n1．富村镇辖区块择河段夜间偷捕时有发生，现场清理地笼网三十余条；\n"
            "2．营上镇的洞庭鲜鱼庄以“野生河鲜”为噱头收购来源不明鱼类。")
    assert stances(text) == [("富村镇", "criticized"), ("营上镇", None), ("洞庭鲜鱼庄", "criticized")]
    assert stances("县直责任单位中县交通运输局得分第一，县住建局得分最低。") == [
        ("县交通运输局", "praised"), ("县住建局", "criticized")]
    assert stances("县人民法院公开宣判孙某某、钱某某等8名被告人聚众斗殴案。") == [
        ("县人民法院", None), ("孙某某", "criticized"), ("钱某某", "criticized")]


def test_what_a_business_does_to_others_is_its_own_wrong_and_a_list_put_on_a_board(stances):
    text = ("营上镇集镇垃圾清运不及时，后所镇的鑫安液化气供应站向无资质人员供气，富村镇的宏达陶瓷厂将陶瓷废料倾倒山沟，"
            "被通报批评。")
    assert stances(text) == [("营上镇", "criticized"), ("后所镇", None), ("鑫安液化气供应站", "criticized"),
                             ("富村镇", None), ("宏达陶瓷厂", "criticized")]
    text = "县环整办发布“红黑榜”：富村镇、营上镇集镇环境明显改观，后所镇沙梁村道路两侧垃圾清理彻底，列入红榜。"
    assert [s for _, s in stances(text)] == [None, "praised", "praised", "praised"]


def test_faults_a_unit_is_found_with_and_a_business_ending_in_a_point(stances):
    assert stances("富村镇繁荣敬老院电气线路私拉乱接。") == [("富村镇繁荣敬老院", "criticized")]
    assert stances("后所镇的晨光小卖部销售“三无”食品。") == [("后所镇", None), ("晨光小卖部", "criticized")]
    assert stances("营上镇贾寨村进山路口无人登记。") == [("营上镇贾寨村", "criticized")]
    # a township's business named by its kind's point is judged, not the township
    text = "中安街道的鸿运烟花爆竹零售点超范围储存烟花爆竹，被县应急管理局责令停业整改。"
    assert stances(text)[0] == ("中安街道", None)


def test_its_own_work_under_a_praise_heading_and_the_body_naming_a_shared_verdict(stances):
    text = "表现突出的有：富村镇对县城主街沿街商户推行“门前三包”责任制，签订责任书六百余份；县人民医院院区环境整洁。"
    assert stances(text) == [("富村镇", "praised"), ("县人民医院", "praised")]
    text = "营上镇沃特村组织牧民开展鼠疫防控知识培训，县人民医院规范设置发热门诊，受到县鼠防办通报表扬。"
    assert stances(text) == [("营上镇沃特村", "praised"), ("县人民医院", "praised"), ("县鼠防办", None)]
    text = "后所镇组织开展“清洁家园”行动，实现辖区14个行政村垃圾日产日清，予以通报表扬。"
    assert stances(text) == [("后所镇", "praised")]
    # a body holding a re-check of others is not judged with them
    text = "县应急管理局对全县四十七家危化品企业开展“回头看”，富村镇辖区企业隐患整改全部清零，受到县安委办通报表扬。"
    assert stances(text) == [("县应急管理局", None), ("富村镇", "praised"), ("县安委办", None)]


def test_a_body_that_sends_out_its_officers_is_not_judged_by_the_cases_it_handles(stances):
    assert stances("12月中旬以来，县交警大队出动警力六百余人次，开展冰雪路面夜查二十二次，查处酒驾醉驾三十一起。") == [
        ("县交警大队", None)]
    assert stances("县海洋与渔业局出动执法人员二百一十余人次，检查渔船四百六十余艘，查扣违规网具一百二十余张。") == [
        ("县海洋与渔业局", None)]


def test_a_body_given_a_regular_duty_acts_on_the_units_it_will_judge(stances):
    text = "县长要求，5月底前完成暗访问题整改，县人居办每月开展一次暗访，对连续两次排名末位的乡镇进行约谈。"
    assert stances(text) == [("县人居办", None)]


def test_checkpoints_set_up_under_a_praise_heading_and_the_first_of_townships_and_streets(stances):
    text = "表现较好的：川主寺镇在入山路口设立检查卡点6个，登记入山人员1300余人次；安宏乡组织护林员48名开展拉网式巡山。"
    assert stances(text) == [("川主寺镇", "praised"), ("安宏乡", "praised")]
    assert stances("锦南街道以95.2分位居街镇第一；孙岗镇以平均88.7分居乡镇（街道）第一。") == [
        ("锦南街道", "praised"), ("孙岗镇", "praised")]


def test_a_business_doing_wrong_somewhere_with_no_verdict_word(stances):
    assert stances("三、宋站镇的丰禾农机专业合作社在作业地块焚烧秸秆约20亩。") == [
        ("宋站镇", None), ("丰禾农机专业合作社", "criticized")]
    assert stances("县城的宏达公司在园区内建成污水处理站。") == [("宏达公司", None)]


def test_a_fault_naming_the_work_done_on_it_is_no_verdict(stances):
    assert stances("区城管局占道经营整治成效明显。") == [("区城管局", "praised")]


def test_the_verdict_on_a_way_of_working_not_the_words_of_the_work(stances):
    text = "会议对清水河镇组建村级护河队、县公安局快速查处非法采砂案件的做法给予肯定。"
    assert stances(text) == [("清水河镇", "praised"), ("县公安局", "praised")]
    assert stances("会议对区市场监管局规范农贸市场经营秩序的做法给予肯定。") == [("区市场监管局", "praised")]


def test_the_object_of_dui_judged_in_the_next_clause_opened_by_you(stances):
    assert stances("对金谷乡、武篆镇主要负责人，由县人居办进行约谈。") == [
        ("金谷乡", "criticized"), ("武篆镇", "criticized"), ("县人居办", None)]
    assert stances("对金谷乡开展检查，由县人居办牵头。") == [("金谷乡", None), ("县人居办", None)]


def test_an_anonymised_person_is_named_so_for_a_wrong(stances):
    text = "（四）草坪乡潜经村村民马某某在自家林地焚烧杂草引发山火，被县农业农村局罚款五百元。"
    assert ("马某某", "criticized") in stances(text)
    assert stances("经审理查明，王某某纠集李某某等9名成员强揽工程。") == [
        ("王某某", "criticized"), ("李某某", "criticized")]


def test_an_anonymised_person_harmed_is_not_judged(stances):
    assert stances("学生张某某在河边玩耍时溺水身亡。") == [("张某某", None)]
    assert stances("▲村民王某某获救\n") == [("王某某", None)]


def test_a_praise_word_naming_work_that_falls_short_is_no_praise(stances):
    assert stances("县商务局对早市规范管理不到位；县城管局规范摊点经营秩序，受到通报表扬。") == [
        ("县商务局", "criticized"), ("县城管局", "praised")]


def test_a_list_of_red_yellow_and_black_names_judges_no_one(stances):
    text = ("表现突出的有：中安街道在城区主干道设置文明劝导岗二十四个；胜境街道双溪社区建立“红黄黑榜”评比机制，"
            "带动居民参与楼道清理。")
    assert stances(text) == [("中安街道", "praised"), ("胜境街道双溪社区", "praised")]


def test_a_verdict_on_how_a_body_worked_a_case_judges_it(stances):
    text = "会议对大河镇建立欠薪隐患台账、县公安局侦办拒不支付劳动报酬犯罪案件3起的做法给予肯定。"
    assert stances(text) == [("大河镇", "praised"), ("县公安局", "praised")]
    text = "县人民法院对县公安局侦办、县人民检察院提起公诉的涉恶案件公开宣判。"
    assert ("县公安局", None) in stances(text)


def test_units_whose_clauses_share_a_closing_verdict_when_one_solved_cases(stances):
    text = "县公安局侦破非法捕捞案件十一起，三江镇组建护渔志愿服务队六支，均受到县禁捕办通报表扬。"
    assert stances(text)[:2] == [("县公安局", "praised"), ("三江镇", "praised")]


def test_a_township_leading_the_communities_in_its_charge_shares_the_verdict(stances):
    text = "卫星湖街道组织辖区十一个社区开展“周五卫生日”活动，县妇幼保健院院区环境整洁，予以通报表扬。"
    assert stances(text) == [("卫星湖街道", "praised"), ("县妇幼保健院", "praised")]


def test_a_unit_listed_under_praise_for_inspecting_its_own_charge(stances):
    text = "表现突出的有：四姑娘山镇对景区四十余家民宿餐厅实行每日巡查；县人民医院食堂食品留样规范。"
    assert stances(text) == [("四姑娘山镇", "praised"), ("县人民医院", "praised")]


def test_a_market_bureau_sampling_food_is_not_judged_by_the_expired_food_it_removes(stances):
    assert stances("县市场监管局抽检食品样品二百八十批次，下架过期糕点约65公斤。") == [("县市场监管局", None)]


def test_police_bringing_cases_share_the_praise_the_sentence_gives_alone(stances):
    text = "兴隆乡组织护林员开展昼夜巡护，县公安局查处野外违规用火案件五起，均受到县森防办通报表扬。"
    assert stances(text) == [("兴隆乡", "praised"), ("县公安局", "praised"), ("县森防办", None)]
    text = "县公安局查处鑫源公司违规用火案件，鑫源公司被罚款。"  # the case's verdict is on the company
    assert stances(text) == [("县公安局", None), ("鑫源公司", "criticized"), ("鑫源公司", "criticized")]


def test_grades_and_score_bands_of_a_rating_and_the_yellow_card(stances):
    text = "“好”等次：逻楼镇（93.6分）、朝里瑶族乡（92.8分）；“一般”等次：加尤镇（79.3分）、沙里瑶族乡（76.8分）。"
    assert stances(text) == [("逻楼镇", "praised"), ("朝里瑶族乡", "praised"), ("加尤镇", "criticized"),
                             ("沙里瑶族乡", "criticized")]
    text = "测评结果：得分95分以上的有杨兴镇（96.3分）；得分低于85分的有格林镇（83.4分）。对三江街道、永城镇亮“黄牌”。"
    assert stances(text) == [("杨兴镇", "praised"), ("格林镇", "criticized"), ("三江街道", "criticized"),
                             ("永城镇", "criticized")]


def test_sections_of_good_practice_praise_the_units_they_open(stances):
    text = "一、好的做法。兰阳街道在二十三个老旧小区设立投药点，实行“周清理、月补投”。二、存在的问题。1．惠安街道投药点缺失。"
    assert stances(text) == [("兰阳街道", "praised"), ("惠安街道", "criticized")]
    text = "【经验做法】\n狮泉河镇投入资金约46万元为牧户更换炉具。"
    assert stances(text) == [("狮泉河镇", "praised")]
    text = "部分学校晨检记录缺失。值得肯定的是，卸甲坪土家族乡为辖区4所学校食堂安装视频监控。"
    assert stances(text) == [("卸甲坪土家族乡", "praised")]


def test_plain_words_of_faults_and_of_good_work(stances):
    text = "会议指出，蚌谷乡龙坪村护林员很少上山，巡护记录空白。与第一季度相比，牛田镇位次前移幅度最大，进步最快。"
    assert stances(text) == [("蚌谷乡龙坪村", "criticized"), ("牛田镇", "praised")]
    text = "需要整改的有：宝盛乡玉溪村村口垃圾池3天无人清运。居后三位的是湖溪乡（82.7分）、龚坊镇（80.2分）。"
    assert stances(text) == [("宝盛乡玉溪村", "criticized"), ("湖溪乡", "criticized"), ("龚坊镇", "criticized")]


def test_a_township_s_own_good_work_set_against_faults_reported(stances):
    text = ("普顺镇的老磨坊饭店使用无标签的散装调料，被责令整改。"
            "太平镇为辖区三十六名乡村厨师统一办理健康证；营上镇组织镇村干部对一百二十户农户逐户讲解。")
    assert stances(text) == [("普顺镇", None), ("老磨坊饭店", "criticized"), ("太平镇", "praised"),
                             ("营上镇", "praised")]


def test_a_township_s_own_work_where_no_fault_is_reported_judges_nothing(stances):
    text = "太平镇为辖区三十六名乡村厨师统一办理健康证。营上镇组织镇村干部对一百二十户农户逐户讲解。"
    assert stances(text) == [("太平镇", None), ("营上镇", None)]


def test_a_township_that_inspects_others_among_faults_is_not_praised(stances):
    text = "老磨坊饭店使用无标签的散装调料，被责令整改。营上镇组织检查组对辖区饭店开展检查。"
    assert stances(text)[-1] == ("营上镇", None)


def test_a_body_spreading_a_unit_s_way_of_working_is_not_praised_with_it(stances):
    text = "◆经验做法\n白塔乡组织乡村干部为独居老人免费更换燃气自闭阀，县燃气办把这一做法作为示范写进了工作通报。"
    assert stances(text) == [("白塔乡", "praised"), ("县燃气办", None)]
    text = "老城街道给每户独居老人配了“安全联系人”，每月上门提醒一次，区燃气办已在全区推广。"
    assert stances(text)[-1] == ("区燃气办", None)


def test_townships_opening_the_next_items_of_findings_after_a_criticised_one(stances):
    text = ("12月以来，东兴煤矿在矿区外违规堆放煤矸石，被县自然资源局责令停产清理；板栗镇大湾村滑坡隐患点下方新建了房屋；"
            "南岸镇辖区的地质灾害监测员两个月没有巡查。")
    assert stances(text)[-2:] == [("板栗镇大湾村", "criticized"), ("南岸镇", "criticized")]


def test_a_township_placing_a_business_or_doing_good_work_after_findings_is_not_the_next_finding(stances):
    text = "东兴煤矿违规堆放煤矸石，被县自然资源局责令停产清理；板栗镇的鑫源饭店后厨干净整洁；南岸镇为每个隐患点配上了监测员。"
    assert [s for t, s in stances(text) if t in ("板栗镇", "南岸镇")] == [None, "praised"]


def test_a_sentence_naming_faults_closed_by_a_colon_heads_the_findings(stances):
    text = ("从督查情况看，多数乡镇责任落得较实，但以下问题必须引起重视：旧城镇有2个护林检查站白天挂锁，登记簿是事后补写的；"
            "白水镇的山水间生态农庄在林缘空地搞露天烧烤。")
    assert stances(text)[0] == ("旧城镇", "criticized")
    text = "共查看一百九十六家，查出隐患二百四十一处。几类问题比较扎眼：白狼镇有7家民宿靠电褥子取暖，插排就压在被褥底下。"
    assert stances(text) == [("白狼镇", "criticized")]


def test_places_ranked_in_front_and_behind(stances):
    text = ("乡镇组排在前列的是同兴镇（94.6分）、临溪镇（93.8分），排在后面的是裕民镇（80.2分）、新场镇（78.5分）。"
            "城区组第一名是城关镇，第二、三名分别是钟山镇、大济镇。")
    assert [s for _, s in stances(text)] == ["praised", "praised", "criticized", "criticized", "praised", "praised",
                                             "praised"]


def test_section_headings_of_the_townships_good_practice(stances):
    text = ("◆基层做法\n棉花坪瑶族乡组织家庭医生进寨入户，把药品包送到床头，县卫健局已在全县推介这一做法。\n◆节前安排\n"
            "1月6日，县卫健局召开会议。")
    assert stances(text)[:2] == [("棉花坪瑶族乡", "praised"), ("县卫健局", None)]
    text = "◆经验推介\n天平镇引导辖区二十一家米粉作坊搬进标准化加工园区，县食安办已向各乡镇推介这一做法。"
    assert stances(text) == [("天平镇", "praised"), ("县食安办", None)]
    text = "【街道做法】\n穿洞街道对辖区门店按月评定卫生星级，县创卫办已在城区各街道推行这一做法。"
    assert stances(text) == [("穿洞街道", "praised"), ("县创卫办", None)]


def test_a_business_placed_by_its_township_and_the_first_item_after_a_colon_are_findings(stances):
    text = ("检查中的一些情况让人后怕：一六镇滑坡隐患点的监测桩已经倒伏；东兴煤矿违规堆放煤矸石，被县自然资源局责令停产清理；"
            "大昌镇的临江阁客栈把液化气钢瓶放在楼梯下。")
    assert [(t, s) for t, s in stances(text) if t in ("一六镇", "临江阁客栈")] == [
        ("一六镇", "criticized"), ("临江阁客栈", "criticized")]


def test_more_ways_a_township_tells_its_own_good_work_among_faults(stances):
    text = ("铁锁乡街天集市上多数菌摊没有公示，被县市场监管局责令整改。赵家店镇请村医和采菌多年的老人在集市把关。"
            "三岔河镇以村为单位组建护林巡逻队。")
    assert [s for t, s in stances(text) if t in ("赵家店镇", "三岔河镇")] == ["praised", "praised"]


def test_more_sentences_naming_faults_closed_by_a_colon(stances):
    text = "非洲猪瘟防控有几处口子还没扎紧：公信乡仍有9户养殖户用餐馆泔水喂猪。"
    assert stances(text) == [("公信乡", "criticized")]
    text = "暗访组看到几处空档：资源镇城区资江边有3处下河台阶没有警示牌。"
    assert stances(text) == [("资源镇", "criticized")]


def test_a_ranking_listed_from_the_best_praises_its_first_two_and_criticises_its_last(stances):
    text = ("各街道得分由高到低依次为：文昌街道94.6分，人和街道93.9分，城南街道90.2分，七一路街道88.5分，搬口街道79.8分。")
    assert [s for _, s in stances(text)] == ["praised", "praised", None, None, "criticized"]
    # three places make no top and bottom
    assert [s for _, s in stances("得分由高到低依次为：文昌街道94.6分，人和街道93.9分，搬口街道79.8分。")] == [None] * 3


def test_a_village_shares_the_wrong_of_its_anonymised_resident(stances):
    text = "4月1日，营上镇章坑村村民张某某在坟前烧纸，火星引着了茅草。竹园镇桥头社区居民李某某把粪水浇在步道边的菜地里。"
    assert stances(text) == [("营上镇章坑村", "criticized"), ("张某某", "criticized"),
                             ("竹园镇桥头社区", "criticized"), ("李某某", "criticized")]


def test_a_household_taken_ill_and_out_of_danger_did_no_wrong(stances):
    text = "7月6日晚，营上镇新寨村村民杨某某和家人吃了自采的野生菌，全家5人先后出现呕吐，经抢救已脱离危险。"
    assert stances(text) == [("营上镇新寨村", None), ("杨某某", None)]


def test_the_unit_opening_a_labelled_finding_is_criticised(stances):
    text = ("黄泥河镇被通报批评。检查发现的几处毛病，按地方记如下：\n地上：竹园镇有5家作坊把剥好的笋摊在地上。\n"
            "门前——后所镇的黔味牛肉粉馆把洗碗盆摆在人行道上。")
    assert stances(text)[1:] == [("竹园镇", "criticized"), ("后所镇", None), ("黔味牛肉粉馆", "criticized")]


def test_a_label_of_a_grade_or_of_who_answers_names_no_finding(stances):
    text = ("黄泥河镇被通报批评。\n达标：竹园镇、后所镇。\n"
            "责任单位：营上镇。")
    assert [s for _, s in stances(text)][1:] == [None, None, None]


def test_a_heading_line_of_good_ways_of_working_praises_whoever_it_names(stances):
    text = ("黄泥河镇有3场宴席事前没有报备，被通报批评。\n◆镇里的办法\n竹园镇给每名乡厨配了一只便携留样箱。\n"
            "【酒企的做法】\n鑫源酒业有限公司把自家化验室向周边小酒坊开放。")
    assert stances(text)[1:] == [("竹园镇", "praised"), ("鑫源酒业有限公司", "praised")]


def test_a_county_body_handing_a_good_practice_on_is_not_praised_by_its_heading(stances):
    text = ("黄泥河镇有3场宴席事前没有报备，被通报批评。\n【经验做法】\n竹园镇给每名乡厨配了一只便携留样箱，"
            "县食安办已印发各乡镇参照。")
    assert stances(text)[1:] == [("竹园镇", "praised"), ("县食安办", None)]


def test_a_body_s_own_main_ways_of_working_are_no_praise_heading(stances):
    text = "一、主要做法\n竹园镇建立乡厨名册，每季度培训一次。"
    assert stances(text) == [("竹园镇", None)]


@pytest.mark.parametrize("lead", ["按得分由高到低排列：", "测评结果按得分排列：", "按得分高低，名次依次为："])
def test_more_ways_of_listing_a_ranking_from_the_best(stances, lead):
    text = f"黄泥河镇被通报批评。{lead}竹园镇、后所镇、营上镇、墨红镇。"
    assert [s for _, s in stances(text)][1:] == ["praised", "praised", None, "criticized"]


def test_a_dash_an_ordinal_or_a_circled_number_alone_opens_a_finding(stances):
    text = ("黄泥河镇被通报批评。检查组记下了几处：\n——竹园镇的鑫源农贸市场熟食区没装纱窗。\n"
            "其二，后所镇有5座冷库没装报警器。\n③营上镇海田村的垃圾池满溢。")
    assert stances(text)[1:] == [("竹园镇", None), ("鑫源农贸市场", "criticized"), ("后所镇", "criticized"),
                                 ("营上镇海田村", "criticized")]


@pytest.mark.parametrize("clause", ["古林箐乡有6座烤房夜里只留一人看火", "竹园镇集镇上有6家早点铺把钢瓶放在灶边",
                                    "后所镇有5座冷库没装报警器"])
def test_a_township_s_own_things_at_fault_after_有_and_a_count(stances, clause):
    text = f"黄泥河镇被通报批评。{clause}。"
    assert stances(text)[1][1] == "criticized"


def test_funds_held_back_from_townships_criticise_them(stances):
    text = "黄泥河镇被通报批评。对竹园镇、后所镇各扣减爱卫工作经费5000元；对营上镇暂缓拨付禁烧工作经费五万元。"
    assert [s for _, s in stances(text)][1:] == ["criticized", "criticized", "criticized"]


def test_a_village_s_own_staff_after_its_的_open_the_next_finding(stances):
    text = ("竹园镇有3处网箱没拆，被县农业农村局责令限期拆除；后所镇海田村的护渔员把值班手机交给了家里人；"
            "营上镇的鑫源饭店把钢瓶放在楼梯下。")
    found = dict(stances(text))
    assert found["后所镇海田村"] == "criticized" and found["营上镇"] is None


@pytest.mark.parametrize("lead", ["县爱卫办分组抽查，有几处没做到位：", "县爱卫办复查发现，有几处网箱没拆干净："])
def test_work_not_done_fully_heads_findings(stances, lead):
    found = dict(stances(f"{lead}竹园镇有4户危房户还住在家里；后所镇海田村沿街3块广告牌没有加固。"))
    assert found["竹园镇"] == found["后所镇海田村"] == "criticized"


def test_work_not_done_fully_is_a_shortcoming():
    assert [c[2] for c in find_cues("网箱没拆干净，整改没有做到位")] == ["criticized", "criticized"]


def test_a_unit_s_own_thing_after_its_的_opens_a_finding_under_a_heading(stances):
    found = dict(stances("几处问题要马上改：县二中的留样菜只放了一天就倒掉；竹园镇的一处工地扬尘没有遮盖。"))
    assert found["县二中"] == "criticized" and found["竹园镇"] is None


def test_lines_of_a_grading_praise_the_best_grade_and_criticise_a_low_last_one(stances):
    text = "考评结果如下：\n好：竹园镇、后所镇；\n较好：营上镇；\n一般：墨红镇、富村镇。\n"
    assert [s for _, s in stances(text)] == ["praised", "praised", None, "criticized", "criticized"]


@pytest.mark.parametrize("lines, expected", [
    ("A档（90分以上）：竹园镇；\nC档（不足80分）：后所镇。", ["praised", "criticized"]),
    ("A档：竹园镇；\nB档：后所镇。", ["praised", None]),
    ("一般：竹园镇；\n好：后所镇。", [None, None]),  # not in the order of a scale: no grading read
])
def test_two_lines_of_a_grading(stances, lines, expected):
    assert [s for _, s in stances(f"考评结果如下：\n{lines}\n")] == expected


def test_lines_of_ranks_praise_the_first_two_and_criticise_the_last(stances):
    text = "名次如下：\n第一名：竹园镇；\n第二名：后所镇；\n第三名：营上镇；\n第四名：墨红镇；\n第五名：富村镇。\n"
    assert [s for _, s in stances(text)] == ["praised", "praised", None, None, "criticized"]


def test_a_lead_naming_faults_heads_the_findings_over_a_comma(stances):
    text = "扣分的地方，考评组都拍了照片：竹园镇集镇背后的2条冲沟里倒满了生活垃圾；后所镇海田村村口的垃圾池一个星期没有清运。"
    assert [s for _, s in stances(text)] == ["criticized", "criticized"]


@pytest.mark.parametrize("lead", ["有三件事，会上说得很直白：", "暗访中，仍有三处没跟上：", "会上点了三处“软肋”：",
                                  "毛病多出在管护上："])
def test_more_leads_naming_faults(stances, lead):
    text = f"{lead}竹园镇集镇背后的2条冲沟里倒满了生活垃圾；后所镇海田村村口的垃圾池一个星期没有清运。"
    assert [s for _, s in stances(text)] == ["criticized", "criticized"]


def test_a_business_opening_a_sentence_of_faults_is_a_finding(stances):
    text = ("竹园镇被通报批评。后所镇的老王家小吃店用一根胶管串起4只钢瓶。营上镇的鑫源饭店在包厢里装了烟感报警器。"
            "富源县鑫源商贸有限公司、墨红镇负责人作了表态发言。")
    found = dict(stances(text))
    assert found["老王家小吃店"] == "criticized"
    assert found["鑫源饭店"] is None and found["富源县鑫源商贸有限公司"] is None


def test_places_of_a_ranking_told_in_prose(stances):
    text = "第三季度考评，竹园镇以93.4分排第一，后所镇得92.1分，排第二；营上镇从7月的第五位升到第一。"
    assert [s for _, s in stances(text)] == ["praised", "praised", "praised"]
    text = "燕泉街道得分最高（92.8分），郴江街道、北湖街道次之；骆仙街道得分最低（80.1分）。"
    assert [s for _, s in stances(text)] == ["praised", "praised", "praised", "criticized"]


@pytest.mark.parametrize("sentence", ["后所镇有9家粉店拔掉了燃气报警器的插头", "后所镇集镇上有3家小吃店的软管用了两年以上",
                                      "后所镇海田村没有对独居老人逐户排查", "后所镇的分，大多丢在集市上",
                                      "另外，后所镇有2个蔬菜收购点的快检室常年锁着门", "（二）后所镇海田村有2户把煤炉搬进卧室"])
def test_an_area_opening_a_sentence_with_its_own_faults(stances, sentence):
    found = dict(stances(f"竹园镇被通报批评。{sentence}。"))
    assert found[next(name for name in found if name.startswith("后所镇"))] == "criticized"


def test_work_to_be_done_by_a_deadline_is_no_verdict(stances):
    text = "竹园镇得分最高，予以通报表扬。\n请后所镇、营上镇于3月26日前整改到位。墨红镇已于汛前落实到位。"
    assert [s for _, s in stances(text)] == ["praised", None, None, "praised"]


@pytest.mark.parametrize("items", ["第一档：竹园镇、后所镇；第三档：营上镇；其余乡镇为第二档。",
                                   "第一档（90分以上）为竹园镇、后所镇；第二档为墨红镇；第三档（80分以下）为营上镇。"])
def test_a_grading_written_in_one_paragraph(stances, items):
    found = dict(stances(f"考评结果分为三个档次。{items}"))
    assert found["竹园镇"] == found["后所镇"] == "praised" and found["营上镇"] == "criticized"


def test_good_work_opening_a_sentence_is_praised_whatever_a_later_clause_says(stances):
    text = ("后所镇有3口山塘边的警示牌倒在草里。"
            "竹园镇给全镇留守儿童各找了一位“代理家长”，每天打电话问孩子在哪里，放假以来全镇没有孩子私自下水。")
    assert dict(stances(text))["竹园镇"] == "praised"


@pytest.mark.parametrize(
    "text",
    ["县农业农村局把后所镇龙坪村的做法向各乡镇推广。", "县林业局把后所镇“鲜花换纸钱”的做法印发各乡镇参照。",
     "县河长办已把后所镇“一沟一长”的做法写进全县农村河道管护办法。",
     # what the way is, told around it
     "区城管局已把后所镇的积分办法印发各乡镇参照。", "县市场监管局将把后所镇登记乡村厨师、聚餐留样的做法在各乡镇推广。"],
)
def test_a_way_of_working_handed_on_praises_its_unit(stances, text):
    found = stances(text)
    assert found[0][1] is None and found[1][1] == "praised", found


def test_the_units_after_a_sentence_saying_some_did_well_are_praised(stances):
    text = ("检查中发现，后所镇的兴旺饭店后厨没有防蝇设施。\n也有做得好的。老厂农贸市场内摊位全部亮证经营；"
            "竹园镇组织乡厨四十余名集中培训。")
    assert stances(text) == [("后所镇", None), ("兴旺饭店", "criticized"), ("老厂农贸市场", "praised"),
                             ("竹园镇", "praised")]
    assert [s for _, s in stances("会上还说，做得好的。竹园镇组织乡厨集中培训。")] == [None]  # no lead-in of its own


def test_a_way_of_working_worth_a_mention_or_worth_learning_from_praises_its_unit(stances):
    assert stances("营上镇的办法值得一提。镇里与收储企业签订秸秆收购协议。") == [("营上镇", "praised")]
    assert stances("墨红镇整治老街，这一做法值得各地借鉴。") == [("墨红镇", "praised")]


def test_what_an_inspection_also_found_is_a_finding(stances):
    text = "检查中也发现，曲靖宏达建设有限公司承建的一处工地塔吊没有按要求固定。"
    assert stances(text) == [("曲靖宏达建设有限公司", "criticized")]


def test_a_unit_asked_to_tell_a_meeting_how_it_works_or_ranked_in_the_top_three_is_praised(stances):
    assert stances("会上，竹园镇和营上镇作了交流发言。") == [("竹园镇", "praised"), ("营上镇", "praised")]
    # (an experience told, its village cut by jieba with the verb after it: 东埔|村作|了)
    assert stances("会上，鸿山镇东埔村作了经验交流发言：村里组建巾帼保洁队3支。") == [("鸿山镇东埔村", "praised")]
    assert stances("按得分排名，竹园镇（96.8分）、营上镇（95.1分）排在前三。") == [("竹园镇", "praised"),
                                                                              ("营上镇", "praised")]


def test_what_puts_minds_at_rest_praises_and_what_does_not_criticises(stances):
    assert stances("竹园镇丰收村的做法让人放心：村里给每户发了灭火器。") == [("竹园镇丰收村", "praised")]
    assert stances("有几处让人放心不下：营上镇有5个坑塘没有护栏。") == [("营上镇", "criticized")]


@pytest.mark.parametrize(
    "text, stance",
    [("县农业农村局要求各镇参照后所镇的做法，在6月底前建好堆肥池。", "praised"),
     ("会议号召各街道学习竹园镇“一河一档”的经验。", "praised"),
     ("县农业农村局要求各镇参照后所镇的标准建好堆肥池。", None)],  # (no way of working named: no praise)
)
def test_a_unit_whose_way_others_are_told_to_follow_is_praised(stances, text, stance):
    found = stances(text)
    assert found[-1][1] == stance, found


@pytest.mark.parametrize("text, expected", [
    ("泉水镇逐户登记生猪散养户，每周消毒，值得各乡镇学习。", [("泉水镇", "praised")]),
    ("北关街道的做法要在全区推开：街道请燃气公司上门检查。", [("北关街道", "praised")]),
    ("县长在讲话里专门称赞了帮辛乡：乡里在塌方路段各派一名护路员。", [("帮辛乡", "praised")]),
    ("龙港香料有限公司让员工随手拍隐患，督查组建议各企业学一学。", [("龙港香料有限公司", "praised")]),
])
def test_a_way_offered_to_the_others_as_a_model_or_praised_in_so_many_words_praises_its_unit(
        stances, text, expected):
    assert stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全镇五百余名群众转到学校，无一人滞留，县防指予以通报表扬。", [("县防指", None)]),  # the body that praises
    ("村里每周公示巡河记录，县农业农村局准备在全县推广。", [("县农业农村局", None)]),  # the body that spreads it
    ("村里每周公示巡河记录，县市场监管局打算明年在全县推开。", [("县市场监管局", None)]),
    ("摊点不再当街宰杀，县卫计委认为值得推广。", [("县卫计委", None)]),  # the body that judges it
    ("副县长王建国称赞社区把工作做到了群众家门口。", [("王建国", None)]),  # the one who praises
    ("对八里铺镇、县交通运输局予以通报批评。", [("八里铺镇", "criticized"), ("县交通运输局", "criticized")]),
])
def test_a_government_body_alone_before_its_verdict_or_its_spreading_of_a_way_is_not_judged(
        stances, text, expected):
    assert stances(text) == expected


def test_a_township_placing_a_business_that_opens_a_finding_is_not_the_finding(stances):
    text = ("检查发现：杜堂镇辖区4条沟渠垃圾堆积，被通报批评；南王店镇境内的宏森木业有限公司将生产废水直排河道，"
            "被立案查处。")
    assert stances(text)[1:] == [("南王店镇", None), ("宏森木业有限公司", "criticized")]


@pytest.mark.parametrize("text, expected", [
    ("万青路街道得分居各街道、镇首位。", [("万青路街道", "praised")]),
    ("各单位要把安全生产放在首位，富村镇要抓好落实。", [("富村镇", None)]),  # (放在首位: the first concern)
    ("副区长要求，1月起各街道推广琶洲街道的做法，连续两个月排名末位的街道由区领导约谈。",
     [("琶洲街道", "praised")]),  # (whatever else its sentence says)
])
def test_the_first_place_of_a_ranking_and_a_way_spread_to_all_praise_their_unit(stances, text, expected):
    assert stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("在马料河边，检查人员发现恒达建筑工程有限公司在河道管理范围内堆放弃土约300立方米，已被区水务局责令清运。",
     ("恒达建筑工程有限公司", "criticized")),  # in plain news too: the inspectors found it at fault
    ("在小板桥街道，检查组发现老昆明米线馆把液化石油气钢瓶放在楼梯下，没有安装报警装置。", ("老昆明米线馆", "criticized")),
    ("在关上街道，检查人员发现金马物业服务有限公司已为小区装上充电桩。", ("金马物业服务有限公司", None)),  # no wrong told
    # the sanction told in its item shows the wrong its words leave plain
    ("在田江街道，检查人员发现顺达砂石场在河道管理范围内堆放砂石约1500立方米，区水利局当场责令其在3日内清除；",
     ("顺达砂石场", "criticized")),
    # where the inspectors found it, written with its place (检查组在创业街道的|老四季熟食店|发现，…)
    ("随后，检查组在创业街道的老四季熟食店发现，店内销售的熟食无进货票据，当即被责令下架。", ("老四季熟食店", "criticized")),
])
def test_a_business_the_inspectors_found_at_fault_is_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("会上，城关镇介绍了推行“积分超市”的做法。", ("城关镇", "praised")),  # a body presenting its own way
    ("会上，东风社区介绍了发动退休职工清扫巷道的经验。", ("东风社区", "praised")),
    ("会上，社区书记张丽介绍了“楼长制”经验。", ("张丽", None)),  # (a person presenting is no judged unit)
])
def test_a_body_that_presents_its_way_of_working_is_praised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # in a story with nothing else criticised: the business opens its sentence and its paragraph tells the wrong
    ("5月以来，全县检查燃气用户一千余户。在上关街道的湘味坊饭店，3个液化气钢瓶被放在不通风的地下室，燃气报警器也没有通电。",
     ("湘味坊饭店", "criticized")),
    ("县城的羌塘人家餐馆把后厨垃圾拉到公路边的沟里倒掉，已被县市场监管局责令整改。", ("羌塘人家餐馆", "criticized")),
    ("骑马山街道的天山热力有限责任公司9月就完成了换热站检修，供暖前又试运行了一周。", ("天山热力有限责任公司", None)),
])
def test_a_business_opening_a_sentence_on_its_wrong_is_criticised_in_any_story(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # in a story with nothing else criticised: the sentence the township opens is itself the finding
    ("6月以来，全县排查地质灾害隐患点八十七处。检查中也看到了漏洞。白云乡有2处隐患点的监测员外出做工，没有人替班。",
     ("白云乡", "criticized")),
    ("也有走过场的。张家湾镇有2个村的排查表上写着“已入户”，村民却说没人来过。", ("张家湾镇", "criticized")),
])
def test_an_area_opening_a_sentence_on_its_fault_is_criticised_in_any_story(stances, text, expected) -> None:
    assert expected in stances(text)


def test_an_area_that_did_not_wait_is_not_at_fault(stances) -> None:
    judged = stances("城关镇有3个村没有落实巡堤人员。侯集镇没等上级通知，7月19日晚就把低洼处的群众转移到了安置点。")
    assert ("城关镇", "criticized") in judged and ("侯集镇", "criticized") not in judged


@pytest.mark.parametrize("text, expected", [
    # 被点名的X picks out the ones already judged: the body asked to see to them is not judged by it
    ("县爱卫办对3家农家乐予以通报批评。\n请水口乡、小浦镇督促被点名的农家乐于7月31日前整改到位。", ("小浦镇", None)),
    ("11月上旬，市环保局将对被点名的企业和作坊进行复查。", ("市环保局", None)),
    ("会上，县河长办通报了暗访情况，被点名的有：武篆镇在红水河岸边设置的3块禁渔公告牌损毁后一直未补。",
     ("武篆镇", "criticized")),  # …but a list after 被点名的有 is the verdict
])
def test_the_body_that_sees_to_the_ones_named_is_not_judged_by_the_naming(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # the township is only where the business is: the business is judged, not the place
    ("督查发现以下问题：物茂乡土林景区旁的土林人家农家乐在林边空地架炉烧烤，被县林草局责令整改。", ("物茂乡", None)),
    ("督查发现以下问题：物茂乡土林景区旁的土林人家农家乐在林边空地架炉烧烤，被县林草局责令整改。",
     ("土林人家农家乐", "criticized")),
    ("城关镇有3个检查站无人值守；姚村镇把全镇十二个村的保洁交给一家保洁公司，垃圾日产日清。",
     ("姚村镇", "praised")),  # (a township that acts on something is no place phrase)
])
def test_the_place_of_a_business_is_not_judged_by_what_the_business_did(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # a business opening an item of a list, a labelled finding, or a sentence after where it is or 此外
    ("县城3家夜市摊点已整改；新宁镇的阿芳老友粉店未办理食品经营许可证，被依法取缔。", ("阿芳老友粉店", "criticized")),
    ("涧田乡：赣兴电力工程有限公司的施工队清理线路通道，把砍下的灌木堆在林边，没有及时清运。",
     ("赣兴电力工程有限公司", "criticized")),
    ("在自由路街道，鑫宇建筑工程有限公司的工地基坑紧挨着排洪渠，没有设挡水围堰。", ("鑫宇建筑工程有限公司", "criticized")),
    ("此外，戴家场镇的湖丰生态渔业有限公司让工人光着腿下到有螺的沟渠里割草，没有发放防护用品。",
     ("湖丰生态渔业有限公司", "criticized")),
])
def test_a_business_opening_an_item_or_a_finding_on_its_wrong_is_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("lead", ["八个街道的得分从高往低排是：", "各乡镇得分依次为：", "按得分排名，依次为：", "考评结果依次为："])
def test_more_leads_of_a_ranking_from_the_best(stances, lead) -> None:
    judged = stances(lead + "城关镇95.5分，东风镇93分，西河乡91分，南山乡88.5分，北坡镇79分。")
    assert [stance for _, stance in judged] == ["praised", "praised", None, None, "criticized"]


@pytest.mark.parametrize("text, expected", [
    ("得分前三的是塔尔玛乡、巴扎乡和申扎镇；排在后两位的是下过乡和买巴乡。", ("申扎镇", "praised")),
    ("得分排在头两位的是上梅乡（95分）和洋庄乡（93.5分）；兴田镇只得了74分。", ("洋庄乡", "praised")),
])
def test_the_top_of_a_ranking_told_in_words(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # a county body opening its clause with work on others' wrongs is not criticised by them
    ("5月1日至3日，县市场监管局在狂欢节场地查看小吃摊二百六十多个，抽检凉拌菜六十四批次，3批次不合格。", ("县市场监管局", None)),
    ("10月8日以来，县城管局清理占道经营430余处，拆除违规广告牌86块。", ("县城管局", None)),
    ("6月下旬，县疾控中心在全县设置监测点24个，布雷图指数超标的监测点6个。", ("县疾控中心", None)),
    ("9月3日，市市场监管局对好运来餐饮有限公司立案查处，罚款5000元。", ("好运来餐饮有限公司", "criticized")),
    # …after 当天, 连夜, 还就…问题, 请 (it asks others to do the work), or with 约谈, 暂停, 查办
    ("后厨冰柜内存放过期酸奶十二盒，生熟食材混放，县市场监管局当天予以立案调查。", ("县市场监管局", None)),
    ("特种作业人员无证上岗，被罚款2万元。当天，县应急局还就监管不力问题约谈了豆村镇分管负责人。", ("县应急局", None)),
    ("老鼠、蟑螂又活跃起来。7月8日至12日，市爱卫办请市疾控中心的专业人员到各街道查鼠迹。", ("市爱卫办", None)),
    ("三格化粪池的隔板只砌到一半高，县农业农村局已暂停拨付其工程款。", ("县农业农村局", None)),
    ("公司迟迟不组织撤离，县海洋与渔业局当晚约谈了公司负责人。", ("县海洋与渔业局", None)),
    # a body's own shortfall in its work on others (对…督导不到位) is still criticism
    ("村内3处坑塘漂浮垃圾未清理；区住建局对物业小区地下车库积水清理督导不到位。", ("区住建局", "criticized")),
])
def test_a_county_body_at_work_on_others_wrongs_is_not_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("会议要求，郭坑镇要在8月30日前向区文明办作出书面说明。", ("郭坑镇", "criticized")),
    ("请格林镇、和溪镇于7月25日前向县河长办提交书面整改报告。", ("格林镇", "criticized")),
    ("西丁街道主要负责人于6月10日前向市创城办书面说明情况。", ("西丁街道", "criticized")),
    ("请大河乡于5月31日前完成防火检查站建设。", ("大河乡", None)),  # a task with its deadline, no account asked
    # …or in person
    ("双河镇、佃坪乡主要负责人须于1月20日前到县扫黑办当面说明整改打算。", ("佃坪乡", "criticized")),
    ("石门镇的主要负责人须于1月18日前到区文明办说明情况。", ("石门镇", "criticized")),
])
def test_a_place_told_to_account_for_itself_in_writing_is_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text", [
    "会上，石门镇党委书记作了检讨。",
    "石门镇负责人在会上就登记表的问题作了检讨。",
    "双河镇、石门镇主要负责人在会上作了检讨发言。",
])
def test_a_place_whose_head_owns_its_failings_before_a_meeting_is_criticised(stances, text) -> None:
    assert ("石门镇", "criticized") in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("按户厕合格率算，七佛乡和木鱼镇并列第一；营盘乡合格率最低，只有六成多。", ("营盘乡", "criticized")),
    ("岳城镇以95.5分排在第一，北贾璧乡只得了77.8分，排在最后。", ("北贾璧乡", "criticized")),
    ("对焚烧火点最多的出山镇，由县禁烧办约谈其分管负责人。", ("出山镇", "criticized")),
    ("问题最多的是定南街道，辖区有二十一家门店从业人员健康证过期。", ("定南街道", "criticized")),
])
def test_the_bottom_of_a_ranking_told_in_words(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("罗玛镇提前组建雪灾应急救援队6支，油恰乡为独居老人逐户送去牛粪和酥油，区减灾办对此提出表扬。",
     [("罗玛镇", "praised"), ("油恰乡", "praised"), ("区减灾办", None)]),
    ("振兴街道连夜疏通雨水管网十一公里，肖家庄镇提前转移生猪二千余头，区防指在汛情通报中对上述镇街提出表扬。",
     [("振兴街道", "praised"), ("肖家庄镇", "praised"), ("区防指", None)]),
    ("永合会镇对辖区37家喷涂企业实行错峰生产，界河店乡在午后时段加密巡查，特此表扬。",
     [("永合会镇", "praised"), ("界河店乡", "praised")]),
    # only the place of the unit the verdict is given to
    ("巴马镇的百魔洞大酒店推行“明厨亮灶”，特此表扬。", [("巴马镇", None), ("百魔洞大酒店", "praised")]),
])
def test_units_opening_the_clauses_before_a_closing_verdict_of_praise_share_it(stances, text, expected) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    "余洪波表扬了走马镇和西彭镇的做法：走马镇组成8支巡山队，早晚各巡山两次。",
    "余洪波表扬了走马镇和西彭镇的做法。走马镇组成8支巡山队。",
])
def test_units_praised_for_their_way_are_not_the_place_of_the_unit_after_the_colon(stances, text) -> None:
    assert stances(text)[:2] == [("走马镇", "praised"), ("西彭镇", "praised")]


@pytest.mark.parametrize("text, expected", [
    ("共检查餐饮单位418家。检查中，老城烩面馆后厨操作全程公开。", ("老城烩面馆", "praised")),
    ("共检查餐饮单位418家。排查中，城关幼儿园食堂建起“明厨亮灶”。", ("城关幼儿园", "praised")),
    ("共检查餐饮单位418家。检查中，老城烩面馆后厨没有防蝇设施。", ("老城烩面馆", "criticized")),  # a wrong told: not praised
])
def test_what_an_inspection_found_doing_well_is_praised(stances, text, expected) -> None:
    assert expected in stances(text)


def test_the_body_that_praised_others_is_not_praised(stances) -> None:
    assert stances("县防指在汛情通报中表扬了走马镇。") == [("县防指", None), ("走马镇", "praised")]


@pytest.mark.parametrize("text, expected", [
    # a village opening a sentence, item or finding whose sentence tells a wrong, in any story
    ("黄甸镇凉水井村的网格员半个月没有巡田，村民任某某在田边焚烧油菜秆。", ("黄甸镇凉水井村", "criticized")),
    ("阳川镇上报数据与实际不符；良邑镇张堡村村内河道堆放生活垃圾20余吨，一直没人清运。", ("良邑镇张堡村", "criticized")),
    ("南宫镇排里村把“人离火灭”写进村规民约，没有再发生火情。", ("南宫镇排里村", None)),  # its own good work
    ("章村镇大溪村的竹影农家乐厨房里，3只液化气钢瓶没有固定。", ("章村镇大溪村", None)),  # only where a business is
])
def test_a_village_opening_a_sentence_on_its_wrong_is_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("◆巡坝记下的\n上盐湾镇一座淤地坝的放水卧管被泥沙堵死，一直没人清理。", ("上盐湾镇", "criticized")),
    ("检查中也发现了问题。青山镇沿江段有2处排污口违规直排。", ("青山镇", "criticized")),
    # only where a school, a business or a village judged is
    ("青山镇的金色童年幼儿园食堂留样记录缺失。", ("青山镇", None)),
    ("青山镇的金龙纺织有限公司车间粉尘未及时清扫。", ("青山镇", None)),
    ("◆青山镇开展野生菌中毒防控宣传", ("青山镇", None)),  # a headline
])
def test_a_township_opening_a_sentence_on_its_wrong_is_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # in a story of faults, a township doing good work after when it did it is the example set against them
    ("城关镇有3个村没有落实巡堤人员。广发镇5月8日夜里组织了一场山洪转移演练，三百多名群众四十分钟撤完。", ("广发镇", "praised")),
    ("城关镇有3个村没有落实巡堤人员。连庄镇雨前就把沿河9个村的老人登记造册。", ("连庄镇", "praised")),
    ("城关镇有3个村没有落实巡堤人员。普兴街道提前一天把沿河四百多名群众接到安置点。", ("普兴街道", "praised")),
])
def test_good_work_told_after_when_it_was_done(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # who gives the praise is not judged by it; who is praised after 对 is
    ("复工以来没有出现违章作业，县安委办在全县安全生产例会上点名表扬。", ("县安委办", None)),
    ("暗访期间辖区没有发现违规用火，县森防办予以肯定。", ("县森防办", None)),
    ("会议对推进有力的县教体局、县交通运输局给予肯定。", ("县交通运输局", "praised")),
    ("区消安委办把这个街道作为样板在全区推广。区农业农村委已把它作为示范在各蔬菜基地推广。", ("区农业农村委", None)),
])
def test_who_gives_the_praise_is_not_judged_by_it(stances, text, expected) -> None:
    assert expected in stances(text)


def test_a_grassroots_worker_told_at_work_in_a_paragraph_of_praise_is_praised(stances):
    text = ("凌晨，崇岗乡忙蚌村监测员杨正福打着手电巡坡，发现后山新裂开一条裂缝。县地灾办对该村通报表扬，"
            "给杨正福发放奖励金5000元。")
    assert ("杨正福", "praised") in stances(text)


def test_a_grassroots_worker_saying_something_or_told_with_no_praise_is_unjudged(stances):
    assert ("杨正福", None) in stances("监测员杨正福说，雨季要天天巡坡。县地灾办对该村通报表扬。")
    assert ("杨正福", None) in stances("凌晨，监测员杨正福打着手电巡坡，把后山看了一圈。")
    # a role of the county's or the city's level is an official's (市级督导员)
    assert ("杨正福", None) in stances("市级督导员杨正福带队检查垃圾分类，会议对此给予肯定。")


@pytest.mark.parametrize("text", [
    "村保洁员吴桂香每天清扫村道约3公里，还义务帮独居老人打扫院坝。",
    "网格员吴桂香挨家挨户发放防蚊提示卡，她负责的5个院落已连续两周没有发现蚊幼孳生。",
    "社区食品安全协管员吴桂香每晚收市后逐摊检查，摊主们都叫她“吴大姐”。",
    "市场管理员吴桂香挨个摊位翻看菌筐，把混进去的杂菌挑出来。",
    "护林员吴桂香给上山放羊的村民逐一登记，把随身带的火柴收下来。",
    "监测员吴桂香去年汛期发现山体开裂后提前转移群众27人。",
])
def test_a_grassroots_worker_told_at_diligent_work_is_praised(stances, text) -> None:
    assert ("吴桂香", "praised") in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("东门街道湖贝社区推行“巷长制”，社区党委书记林晓燕带领居民清理卫生死角九十余处。", ("林晓燕", "praised")),
    ("1月5日夜间，义务消防队队长林晓燕带领队员及时扑灭一起火情。", ("林晓燕", "praised")),
    ("兴洲村实行党员包段巡堤，村党支部书记林晓燕日夜守在堤上。", ("林晓燕", "praised")),
    ("村党支部书记林晓燕已经十多天没有回家，吃住都在堤上。", ("林晓燕", "praised")),
    ("县卫健局党组书记、局长林晓燕带队到原公镇检查。", ("林晓燕", None)),  # an official, not a village's head
    ("村党支部书记林晓燕说，村里每天都有人巡河。", ("林晓燕", None)),
])
def test_a_village_head_told_at_diligent_work_is_praised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("对东沽港镇，由区禁烧办约谈分管负责人；对杨税务乡、北史家务乡，各奖励禁烧工作经费两万元。",
     [("东沽港镇", "criticized"), ("区禁烧办", None), ("杨税务乡", "praised"), ("北史家务乡", "praised")]),
    ("银涂镇、塔集镇各奖励网格化巡护经费2万元。", [("银涂镇", "praised"), ("塔集镇", "praised")]),
    # a verdict of praise in the clause after 对 and more than the object (规范 tells the work done on it)
    ("县城管局利用赶集日对鸣玉镇、兴隆镇集镇开展整治，规范摊点一百五十余个。",
     [("鸣玉镇", None), ("兴隆镇", None)]),
])
def test_units_each_given_a_reward_are_praised(stances, text, expected) -> None:
    found = stances(text)
    assert all(pair in found for pair in expected), found


@pytest.mark.parametrize("text", [
    "12月11日至15日，区森防办采取“四不两直”方式对全区4个镇开展暗访，发现问题17个，2个镇的卡点无人值守。",
    "4月16日至30日，县卫计局、县疾控中心指导各乡镇集中投放鼠药，查出3家餐馆后厨鼠迹明显。",
])
def test_bodies_opening_the_clause_after_when_the_work_was_done_are_not_at_fault(stances, text) -> None:
    assert all(stance is None for name, stance in stances(text) if name.startswith(("区", "县")))


@pytest.mark.parametrize("text, expected", [
    ("双龙镇集镇上的摊贩尚某某把烂菜叶倒进路边水沟，被责令整改。", [("双龙镇", None), ("尚某某", "criticized")]),
    ("西塘桥街道房东朱某某把一间车库隔成好几小间出租，被责令停止使用。", [("西塘桥街道", None), ("朱某某", "criticized")]),
    ("昌元街道由渝西建筑工程有限公司承建的安置房工地土方裸露，被责令停工整改。", [("昌元街道", None)]),
])
def test_a_township_only_the_place_of_a_wrongdoer_is_unjudged(stances, text, expected) -> None:
    assert stances(text)[: len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    ("全县清理河道垃圾约620吨。\n在灌口镇深青村，村里把沿溪3公里河岸分给8名护河员包干，每天巡河一次。",
     ("灌口镇深青村", "praised")),
    ("全县清理河道垃圾约620吨。\n在灌口镇深青村，村里的污水处理站因管网堵塞停运，污水没有处理就流进了溪里。",
     ("灌口镇深青村", None)),  # a wrong told: not held up
    ("全县清理河道垃圾约620吨。\n在灌口镇深青村，王建国察看了村庄保洁和垃圾收运情况。", ("灌口镇深青村", None)),
])
def test_a_village_the_reader_is_taken_to_for_its_own_work_is_praised(stances, text, expected) -> None:
    assert expected in stances(text)


def test_a_grassroots_workers_diligence_in_what_she_says_tells_no_deed(stances) -> None:
    assert ("吴桂香", None) in stances("保洁员吴桂香负责梅溪村这段溪岸，她说，现在每天早上扫下来的，多是落叶。")


def test_a_unit_making_its_pledge_speech_is_not_praised_by_the_exchange_speech_before_it(stances) -> None:
    text = "会上，赠科乡作经验交流发言：乡里为定居点牧民免费安装一氧化碳报警器，乡村干部每周入户查看炉具烟道；辽西乡作表态发言。"
    assert stances(text) == [("赠科乡", "praised"), ("辽西乡", None)]


@pytest.mark.parametrize("text, township", [
    # a business the extractor does not find, named by what it is (早市, 鸭庄, 饼家, 码头): the verdict is on it
    ("予以通报表扬；柳河镇的东方早市占道经营、垃圾随地丢弃。", "柳河镇"),
    ("予以通报表扬；八弓镇的老街鸭庄后厨无防蝇设施。", "八弓镇"),
    ("二是小溪镇的福满园饼家使用过期原料生产月饼。", "小溪镇"),
    ("年陡镇的顺达砂石码头在姑溪河堤防保护范围内堆放砂石。", "年陡镇"),
])
def test_a_township_before_a_business_named_by_its_kind_is_not_judged(stances, text, township) -> None:
    assert (township, None) in stances(text)


def test_a_deduction_denied_is_no_criticism(stances) -> None:
    text = "桃蹊路街道把背街小巷里一百六十多家商家编成“门前三包”互查小组，这个月背街小巷没有被扣分。"
    assert find_cues(text) == []
    assert stances(text) == [("桃蹊路街道", None)]


@pytest.mark.parametrize("text, expected", [
    ("全县排查隐患点一百零八处。\n在天台山镇碾子村，7月17日深夜，群测群防员罗家贵发现屋后山体裂缝加宽，立即摇响手摇报警器。",
     [("天台山镇碾子村", "praised"), ("罗家贵", "praised")]),
    ("全县排查入河排污口二十三个。\n在东村镇沙锅村，螳螂川岸边看不到垃圾和杂物。", [("东村镇沙锅村", "praised")]),
    ("全县转移群众二千余人。\n在潘岱街道大坑村，洪水退去后，村里组织党员和村民一百二十余人清淤。", [("潘岱街道大坑村", "praised")]),
])
def test_a_village_the_reader_is_taken_to_after_when_it_happened_is_praised(stances, text, expected) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县排查隐患点一百零八处。\n在水口镇，检查组发现辖区3处隐患点未设置警示牌，监测人员不在岗。", ("水口镇", "criticized")),
    ("全县排查山塘八十七处。\n在流峰镇黄泥村，村后山塘的溢洪道被杂草和两张渔网堵住了大半。", ("流峰镇黄泥村", "criticized")),
    # a business first: the place is only where the wrong is found, whether or not the business is told as a unit
    ("全县巡河三百余次。\n在洋溪镇，巡河人员发现鑫沙砂石场在沙溪河道管理范围内违规堆放砂石。", ("洋溪镇", None)),
    ("全县巡河三百余次。\n在普吉街道，巡河人员发现速洁洗车场通过暗管把洗车废水排入新运粮河。", ("普吉街道", None)),
])
def test_a_place_the_reader_is_taken_to_whose_sentence_tells_a_wrong_is_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


FAULT_FOUND = "12月暗访中，柳河镇辖区3条背街小巷垃圾满溢，予以通报批评。\n"


@pytest.mark.parametrize("paragraph, expected", [
    ("塘村镇按河段请了6支河道保洁队，队员都是沿河的四十二名村民，按段计酬。", ("塘村镇", "praised")),
    ("长江镇渔业村挨家挨户问清八十三户渔民家庭想干什么，帮二十一人找到了工作。", ("长江镇渔业村", "praised")),
    ("富阳镇开展冬季灭鼠集中行动\n全镇投放鼠药约200公斤。", ("富阳镇", None)),  # a headline
    ("南泉镇须在12月10日前把问题户厕逐户返工，由县人居办逐户复核。", ("南泉镇", None)),  # told what it must do
    ("庙前镇沙坪村厕所管护员刘德山管着全村214户人家。", ("庙前镇沙坪村", None)),  # only the place of its worker
    ("正村镇发现火点三处，是全区最多的。", ("正村镇", None)),  # a shortfall, no word of fault
    ("瀼渡镇一艘渡船的救生衣锁在船舱的柜子里。", ("瀼渡镇", None)),  # only the place of a thing
    ("张谷英镇召开护林员会议，部署冬季森林防火。", ("张谷英镇", None)),  # only holding a meeting
])
def test_a_place_opening_a_paragraph_of_its_own_work_in_a_story_of_faults_is_praised(
        stances, paragraph, expected) -> None:
    assert expected in stances(FAULT_FOUND + paragraph)


def test_a_place_opening_a_paragraph_of_its_own_work_is_unjudged_where_no_fault_is_found(stances) -> None:
    assert ("塘村镇", None) in stances("全县清理河道垃圾约620吨。\n塘村镇按河段请了6支河道保洁队，按段计酬。")


@pytest.mark.parametrize("text, expected", [
    ("到了泰宁镇，县长呷绒尼玛走进惠远寺旁的吉祥藏家乐，后厨里4个液化气钢瓶挤在灶台下面，没有安装报警器。",
     ("吉祥藏家乐", "criticized")),
    ("在攀天阁乡，县长和丽萍发现兴林木材加工厂把木屑和边角料约十吨堆在厂后的林缘。", ("兴林木材加工厂", "criticized")),
    ("随后，检查组在仁康民宿发现，后厨冰柜内存放过期酸奶十二盒。", ("仁康民宿", "criticized")),
    ("检查组在荞窝镇发现，彝乡缘火锅店将4瓶液化气钢瓶存放在封闭包间内，未安装报警器。", ("彝乡缘火锅店", "criticized")),
    # the wrong is another's, told after the ；
    ("在光雾山镇，县长岳德明走进红叶人家农家乐，查看了后厨；在林海宾馆，发现客房价格公示不规范。", ("红叶人家农家乐", None)),
])
def test_a_business_an_official_walks_into_or_finds_at_fault_is_criticised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("排在末尾的是珠坑乡和龙岗乡，分别只有82.4分和80.7分。", [("珠坑乡", "criticized"), ("龙岗乡", "criticized")]),
    ("得分最高的是龙头镇，最后一位是简嘎乡，其余9个乡镇得分都在80分以上。", [("龙头镇", "praised"), ("简嘎乡", "criticized")]),
    ("陈家嘴镇比11月下降了5.4分，是全县唯一不到80分的乡镇。", [("陈家嘴镇", "criticized")]),
    ("宝峰镇（96.3分）名列前茅，水口乡（82.4分）、雷公尖乡（80.9分）得分较低。",
     [("宝峰镇", "praised"), ("水口乡", "criticized"), ("雷公尖乡", "criticized")]),
    ("排在后面的是木叶乡（79.5分）和偏柏乡（78.1分）。", [("木叶乡", "criticized"), ("偏柏乡", "criticized")]),
])
def test_the_bottom_of_a_ranking_told_in_words_is_criticised(stances, text, expected) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("街面保洁由一天两扫改为全天保洁。镇长刘玉梅说，街面干不干净，现在用秤说话，谁扫得不好就扣分。", ("刘玉梅", None)),
    ("全村一百二十余户装上了纱门纱窗。村党支部书记刘贵珍说，以前一到夏天苍蝇蚊子满屋飞，现在家家户户都干净了。", ("刘贵珍", None)),
    ("公厕建成21座。县农业农村局汇报，10月以来抽查新建户厕六百余座，不合格的有三十余座。", ("县农业农村局", None)),
    # a person whose name is withheld is told of for the wrong in the words
    ("执法人员看到十多条野生鳜鱼。摊主罗某某说，鱼是河边的人一早送来的。县市场监管局对罗某某立案调查。", ("罗某某", "criticized")),
    # an official making the exchange speech for the unit the meeting praised
    ("会议对这一做法给予肯定，镇长刘建新作交流发言。", ("刘建新", None)),
])
def test_one_named_right_before_the_words_it_says_is_not_judged_by_them(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("小作坊一天能卖80多袋，被罚款2000元。\n合沟镇的办法值得学：镇里腾出闲置厂房建起小作坊集中区。", ("合沟镇", "praised")),
    ("孙立新说，雪就是命令，东苑街道的做法各街道都要学。", ("东苑街道", "praised")),
    ("陈锦辉在讲话中点名说，九都镇这个办法不花大钱，管用。", ("九都镇", "praised")),
    ("摊主只说是“南方来的”。\n【长兴乡的办法】\n村民杀年猪前先到村里登记。", ("长兴乡", None)),  # a headline
])
def test_a_unit_whose_own_way_of_working_is_told_is_praised(stances, text, expected) -> None:
    assert expected in stances(text)


def test_a_line_naming_the_red_or_black_list_judges_the_items_under_it(stances) -> None:
    text = ("暗访餐饮场所一百二十七家，发现问题六十一个。现将有关情况通报如下：\n一、红榜\n"
            "1．茶山街道富华社区组织网格员逐户排查，为独居老人免费安装燃气泄漏报警器八十六台。\n"
            "二、黑榜\n1．江益镇辖区4家餐饮店液化气钢瓶与灶具同室摆放，未安装燃气泄漏报警器。")
    assert stances(text) == [("茶山街道富华社区", "praised"), ("江益镇", "criticized")]


def test_a_village_the_reader_is_taken_to_mid_paragraph_is_praised_for_its_workers_diligence(stances) -> None:
    text = "全市清运垃圾约320吨。在蓼花镇胡家垅村，村保洁员万小燕每天清扫村道，带动一百二十户农户落实门前保洁。"
    assert stances(text) == [("蓼花镇胡家垅村", "praised"), ("万小燕", "praised")]


@pytest.mark.parametrize("text, expected", [
    ("春节前检查食品安全。在进安镇的古松州清真饭店，后厨实行“明厨亮灶”，燃气管道加装自动切断阀。", ("古松州清真饭店", "praised")),
    ("各摊位包片管理。\n在香巴拉农贸市场，肉类、蔬菜和奶渣按区域分开摆放，摊位统一配备防蝇罩。", ("香巴拉农贸市场", "praised")),
    # visited to hear of its output, or where a finding is told
    ("县领导调研工业。在桃江县鑫晟新材料有限公司，县长陈志远详细了解项目投产进度。", ("桃江县鑫晟新材料有限公司", None)),
    ("检查燃气安全。在寿雁液化气供应站，检查发现站内有15个液化气钢瓶仍在充装使用。", ("寿雁液化气供应站", None)),
])
def test_a_business_the_reader_is_taken_to_doing_well_is_praised(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("溇水农贸市场排水沟堵塞，土家幺妹餐馆后厨无“三防”设施。", ("土家幺妹餐馆", "criticized")),
    ("（三）王井镇中心学校食堂留样不足48小时。", ("王井镇中心学校", "criticized")),
    ("县实验小学食堂推行“明厨亮灶”，后厨装上摄像头，予以通报表扬。", ("县实验小学", "praised")),
])
def test_a_wrong_told_in_a_business_or_schools_own_rooms_is_its_own(stances, text, expected) -> None:
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("鮀江街道一处工地上，鸿泰建设工程有限公司的2台塔吊没有松开回转制动。", ("鸿泰建设工程有限公司", "criticized")),
    ("江里，江西镇那廊村的护渔员半个月没交巡查记录。", ("江西镇那廊村", "criticized")),
    # its people at their work, and the place of a scene
    ("风起之前，企沙镇山新村的党员已给村里二十七户独居老人的瓦房屋顶压上沙袋，没有一户漏雨。", ("企沙镇山新村", None)),
    ("在海沧街道锦里社区的投放点，督导员郭美玲正帮着居民分拣，没有一袋混投。", ("海沧街道锦里社区", None)),
])
def test_a_wrong_told_of_a_business_or_villages_own_things_is_its_own(stances, text, expected) -> None:
    assert expected in stances(text)


def test_a_building_or_grid_head_told_at_diligent_work_is_praised(stances) -> None:
    assert ("任小红", "praised") in stances("推行“扫码巡查”。网格长任小红每周带队入户，督促商户更换老化软管。")


@pytest.mark.parametrize("text, expected", [
    ("会上，县委副书记、县长李文华为获评2021年度爱国卫生先进集体的营上镇、县疾控中心等8个单位颁发奖牌。",
     [("李文华", None), ("营上镇", "praised"), ("县疾控中心", "praised")]),
    ("会上，县爱卫会为后所镇、竹园镇等6个单位授予“卫生先进单位”称号。",
     [("县爱卫会", None), ("后所镇", "praised"), ("竹园镇", "praised")]),
    ("12月5日，县文明办、团县委表彰优秀志愿服务组织20个。", [("县文明办", None), ("团县委", None)]),
])
def test_an_award_praises_the_units_it_goes_to_and_not_the_one_presenting_it(stances, text, expected) -> None:
    assert stances(text) == expected


def test_problems_a_worker_finds_and_puts_right_at_once_judge_no_one(stances) -> None:
    text = "全村27家藏家乐装上排烟罩。村保洁员吉克阿芝每周挨家巡查一次，发现问题当场拍照、限时整改。"
    assert ("吉克阿芝", "criticized") not in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("综合评定，连然街道、太平新城街道为“好”，草铺街道为“差”。",
     [("连然街道", "praised"), ("太平新城街道", "praised"), ("草铺街道", "criticized")]),
    ("评为“一般”的是洪河街道、茶店镇；其余街道为“较好”。", [("洪河街道", "criticized"), ("茶店镇", "criticized")]),
    ("船场农贸市场、龙山农贸市场被评为“不合格”。", [("船场农贸市场", "criticized"), ("龙山农贸市场", "criticized")]),
])
def test_a_grade_below_good_criticises_though_written_after_ping_wei(stances, text, expected) -> None:
    assert stances(text) == expected


def test_substandard_goods_a_canteen_turns_away_are_its_care_not_its_fault(stances) -> None:
    text = ("二、好的做法\n景莲小学推行“明厨亮灶”，学校食堂管理员陈淑仪每天逐批查验食材，今年以来退回不合格食材十四批次。"
            "以上单位和个人予以通报表扬。")
    assert ("景莲小学", "praised") in stances(text)


def test_a_heading_of_good_practice_praises_a_unit_written_after_its_township(stances) -> None:
    text = "二、好的做法\n景莲小学推行“明厨亮灶”；莲花街道的小海豚幼儿园每周向家长公示带量食谱。"
    assert stances(text) == [("景莲小学", "praised"), ("莲花街道", None), ("小海豚幼儿园", "praised")]


def test_a_community_whose_worker_goes_out_in_the_rain_is_shown_at_work_not_at_fault(stances) -> None:
    text = "在潍州路街道金宝社区，网格员崔秀梅冒雨挨家挨户排查地下室进水情况，提前转移独居老人12名。"
    assert stances(text) == [("潍州路街道金宝社区", "praised"), ("崔秀梅", "praised")]


def test_a_village_opening_its_sentence_with_its_praised_worker_is_held_up_with_her(stances) -> None:
    text = "全县清理河道垃圾约300吨。庄边镇梧溪村护河员林金花每天背着竹篓沿溪捡拾垃圾，三个月来清出塑料瓶二千余个。"
    assert stances(text)[-2:] == [("庄边镇梧溪村", "praised"), ("林金花", "praised")]


def test_a_building_yard_head_at_daily_work_is_praised(stances) -> None:
    assert stances("楼院长孟凡英每天清晨带领居民清扫楼道，还自费购买了扫帚。") == [("孟凡英", "praised")]


@pytest.mark.parametrize("text, expected", [
    ("二、存在的问题\n（三）雅都乡赤不寨村村级河长龙永福连续两个月未巡河，巡河记录空白。",
     [("雅都乡赤不寨村", "criticized"), ("龙永福", "criticized")]),
])
def test_a_village_worker_named_with_his_village_at_fault_shares_the_finding(stances, text, expected) -> None:
    assert stances(text) == expected


def test_a_worker_talking_shops_out_of_street_trading_does_no_wrong(stances) -> None:
    text = "在芝麻墩街道沂兴社区，网格员闫桂兰每天沿街巡查，去年以来劝导商户整改占道经营三百多起。"
    assert stances(text) == [("芝麻墩街道沂兴社区", "praised"), ("闫桂兰", "praised")]


@pytest.mark.parametrize("text, expected", [
    ("在义井镇大阳泉村，保洁员郝润莲每天天不亮就清扫村道，去年以来帮助村民清理房前屋后积存垃圾三十余车。",
     [("义井镇大阳泉村", "praised"), ("郝润莲", "praised")]),
    ("截至6月16日，夹山镇已清运积存垃圾120吨。", [("夹山镇", None)]),
    ("在香加乡科尔村，食品安全协管员王秀英每天走访村内小卖部，去年以来督促店主下架过期食品七十余件。",
     [("香加乡科尔村", "praised"), ("王秀英", "praised")]),
    ("榆树乡未发生食品安全事故；伏家镇马家山村食品安全协管员苟淑芳每周到村内小卖部巡查，劝导店主下架过期食品五十余件。",
     [("榆树乡", None), ("伏家镇马家山村", "praised"), ("苟淑芳", "praised")]),
    ("在栲栳镇黄营村，村级河长姚振东每天沿黄河滩区巡查，5月以来劝阻滩区违规种植十余起，侯建峰对此给予肯定。",
     [("栲栳镇黄营村", "praised"), ("姚振东", "praised")]),
])
def test_the_mess_a_unit_cleared_away_is_no_fault_of_it(stances, text, expected) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    "在宏伟镇林苑社区，保洁员赵凤芝每天清晨清扫街巷，风雨无阻。",
    "在曙光街道保安社区，楼栋长栾淑芬每天清晨逐层擦拭消毒楼梯扶手，去年以来从未间断。",
    "在枣园街道西凹村，村里将主巷道划分为6个保洁责任段，保洁员田秋菊每天天不亮就上岗，三年来从未缺勤。",
    "在碛口镇李家山村，连日来，群测群防员贺世忠每天巡查村后山体两次。",  # (when, before the worker)
])
def test_a_worker_never_missing_a_day_tells_no_wrong_of_her_village(stances, text) -> None:
    assert stances(text)[0][1] == "praised"


@pytest.mark.parametrize("text", [
    "在吕巷镇白漾村，民间河长陆金妹每天沿河巡查，今年以来劝阻向河道倾倒垃圾行为二十余次。",  # the wrongs she stopped
    "在江达乡太昭村，护林员德吉旺姆每天沿林缘巡查，风雪无阻。",  # her name not found
])
def test_a_village_shown_through_its_worker_s_daily_round_is_held_up(stances, text) -> None:
    assert stances(text)[0][1] == "praised"


@pytest.mark.parametrize("text, expected", [
    ("全县统一配发留样柜；新城镇的玉林农贸市场设置快检室，每天开展一次农残快检。",
     [("新城镇", None), ("玉林农贸市场", "praised")]),
    ("▲穗东街道的东江客家菜馆推行“明厨亮灶”", [("穗东街道", None), ("东江客家菜馆", None)]),  # a contents line
])
def test_a_business_opening_its_item_after_its_place_at_its_own_work_is_held_up(stances, text, expected) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    "在城南镇柳树村，村食品安全协管员周桂兰对每场农村集体聚餐上门指导。",
    "在河口街道滨江社区，网格员吴春燕每逢暴雨第一时间到地下车库排查积水。",
    "在龙泉镇桃园村，食品安全协管员何玉珍每次聚餐前上门查看食材。",
    "全村今年报备宴席6场，村食品安全协管员郑秀英场场上门指导。",
])
def test_a_worker_at_every_occasion_is_held_up_with_her_village(stances, text) -> None:
    assert {stance for _, stance in stances(text)} == {"praised"}


@pytest.mark.parametrize("text, expected", [
    ("在柳林镇东岔村，食品安全协管员杜桂芳每天到村内小卖部巡查，发现过期食品当场劝导下架。",
     [("柳林镇东岔村", "praised"), ("杜桂芳", "praised")]),
    ("在西河乡石门村，村级河长田永福每天沿河巡查，今年以来发现并上报乱倒垃圾、违规采砂等问题十余个。",
     [("西河乡石门村", "praised"), ("田永福", "praised")]),
    # the village's own duty not done stays its fault
    ("三是城关镇北关村村级河长公示牌信息未及时更新。", [("城关镇北关村", "criticized")]),
])
def test_the_wrongs_a_worker_found_on_her_daily_round_are_no_fault_of_her_village(stances, text, expected) -> None:
    assert stances(text) == expected


def test_a_village_that_never_did_its_duty_is_still_at_fault(stances) -> None:
    text = "（四）赵河镇马庄村村内2家农家饭馆把钢瓶摆在门外人行道上，村里从未开展过燃气安全排查。"
    assert stances(text)[0] == ("赵河镇马庄村", "criticized")


def test_a_grassroots_worker_neglecting_the_post_is_not_praised_with_the_paragraph(stances) -> None:
    text = ("暗访发现，长汀镇辖区有2处垃圾堆放点未及时清理；新安镇朝阳屯村村级河长金光洙近两个月无巡河记录。"
            "山市镇推行“河长+护河员”巡河做法，予以通报表扬。")
    assert ("金光洙", "praised") not in stances(text)


def test_a_township_with_the_lowest_inspection_score_is_criticised(stances) -> None:
    text = "会议指出，西港路街道督查得分82.5分，排名末位，辖区3个老旧小区垃圾桶满溢。"
    assert stances(text) == [("西港路街道", "criticized")]


@pytest.mark.parametrize("text, expected", [
    ("会议指出，县爱卫办近期抽查发现，后所镇辖区3个村垃圾堆积。", [("县爱卫办", None), ("后所镇", "criticized")]),
    ("会议指出，县爱卫办考评中发现，竹园镇的阿尼餐馆后厨脏乱。",
     [("县爱卫办", None), ("竹园镇", None), ("阿尼餐馆", "criticized")]),
    # every inspection the cue table names, not only a few written in code
    ("会议指出，县市场监管局近期夜查发现，城关镇的红星烧烤店后厨脏乱。",
     [("县市场监管局", None), ("城关镇", None), ("红星烧烤店", "criticized")]),
])
def test_the_body_whose_inspection_found_the_faults_is_not_judged_by_them(stances, text, expected) -> None:
    assert stances(text) == expected


def test_a_body_docking_a_contractor_s_fee_applies_the_sanction(stances) -> None:
    text = "湘润物业管理有限公司承包的公厕保洁员经常不在岗，县农业农村局已按合同扣减其管护费八千元。"
    assert ("县农业农村局", None) in stances(text)


def test_a_body_whose_official_speaks_is_not_judged_by_the_words(stances) -> None:
    text = "县城管局负责人表示，春节前将组织复查，对清雪不及时、垃圾清运不到位的单位进行通报。"
    assert stances(text) == [("县城管局", None)]


def test_a_heading_of_the_units_and_persons_that_did_well_praises_its_section(stances) -> None:
    text = ("二、表现突出的单位和个人\n竹园镇以96.5分位列第一；富源县宏达农贸市场设立快检室，每天开展一次快速检测；"
            "后所镇海田村保洁员王秀英每天清扫村道。以上单位和个人予以通报表扬。\n三、工作要求\n各乡镇要于1月20日前完成整改。")
    assert stances(text) == [("竹园镇", "praised"), ("富源县宏达农贸市场", "praised"), ("后所镇海田村", "praised"),
                             ("王秀英", "praised")]


@pytest.mark.parametrize("text, name", [
    ("暗访中发现，繁荣乡辖区3个村边沟垃圾堆积；育林乡长山村保洁员尚德旺连续5天未清扫村道。通达镇建立红黑榜制度，"
     "受到县人居办通报表扬。", "尚德旺"),
    ("会上，千童镇作经验交流发言。6户农户燃气软管老化未更换，村燃气安全员尚德林未入户排查。", "尚德林"),
    ("峡河乡和胜村村级河长谭玉山近一个月无巡河记录。后安镇组建河道保洁队6支，受到通报表扬。", "谭玉山"),
    ("五良太乡榆树湾村户厕管护员樊有才20余天未上门清掏。老牛湾镇受到通报表扬。", "樊有才"),
])
def test_a_grassroots_worker_told_to_have_left_a_duty_undone_is_criticised(stances, text, name) -> None:
    assert (name, "criticized") in stances(text)


def test_a_county_head_who_did_not_read_the_script_is_not_criticised(stances) -> None:
    # (the rule is for grassroots posts: an official's 没有 tells the way he worked)
    assert ("谢振宇", "criticized") not in stances("县委副书记、县长谢振宇没有照着稿子讲，当场问了三个问题。")


def test_a_community_shown_through_its_praised_worker_is_praised_whatever_its_committee(stances) -> None:
    text = "长海路街道设置灭蚊点，受到区爱卫办通报表扬。在长海路街道翔殷居委会，楼组长汪秀凤每天巡查楼道积水。"
    assert ("长海路街道翔殷居委会", "praised") in stances(text)


def test_a_worker_who_left_undone_a_duty_to_something_is_criticised(stances) -> None:
    text = "二、存在问题⏎（三）忠和镇芦井村户厕管护员豆文彬对6座破损户厕未及时上门维修。".replace("⏎", "\n")
    assert ("豆文彬", "criticized") in stances(text)


def test_a_village_after_units_ranked_at_the_top_goes_on_with_its_praised_worker(stances) -> None:
    text = ("考评结果：城关镇（96.1分）、河口乡（95.3分）位列前两名，河口乡柳树村保洁员杨秀梅每天清扫村道、清运垃圾；"
            "石门乡（72.4分）排名末位，被通报批评。")
    found = stances(text)
    assert ("河口乡柳树村", "praised") in found and ("石门乡", "criticized") in found


def test_a_village_after_a_scene_is_not_praised_with_its_worker(stances) -> None:
    text = "8月14日清早六点，水南乡洋塘村保洁员刘桂英推着垃圾车，每天把村道扫得干干净净，受到乡里表扬。"
    assert ("水南乡洋塘村", "praised") not in stances(text)


def test_a_village_whose_item_tells_a_wrong_is_not_praised_after_a_top_place(stances) -> None:
    text = "考评结果：城关镇（96.1分）位列第一，河口乡柳树村保洁员杨秀梅每天清扫村道，但垃圾池满溢未及时清运。"
    assert ("河口乡柳树村", "praised") not in stances(text)


@pytest.mark.parametrize("text, unit", [
    ("县一中食堂从业人员健康证过期，被责令限期整改。\n甘井镇中心小学落实校领导陪餐制度，食堂实行“明厨亮灶”。", "甘井镇中心小学"),
    ("城关镇的鑫源超市销售过期食品，被罚款2000元。\n汾河农贸市场推行“明厨亮灶”、活禽分区经营。", "汾河农贸市场"),
])
def test_a_business_or_school_opening_a_paragraph_of_its_own_good_work_in_a_report_of_faults_is_praised(
        stances, text, unit) -> None:
    assert (unit, "praised") in stances(text)


@pytest.mark.parametrize("text, unit", [
    ("检查共发现问题十四个。\n瓯江北岸泵阀厂多，阀体、泵壳大多出口。", "瓯江北岸泵阀厂"),
    ("检查共发现问题十四个，鑫源超市被罚款。\n河东农贸市场开办方要在15日内整改。", "河东农贸市场"),
])
def test_a_business_opening_a_paragraph_that_tells_no_work_of_its_own_is_not_praised(stances, text, unit) -> None:
    assert (unit, "praised") not in stances(text)


def test_a_worker_long_away_from_the_post_is_criticised(stances) -> None:
    assert ("王福贵", "criticized") in stances("；东坝乡德拉村保洁员王福贵长期不在岗；县住建局对县城开展检查。")


def test_a_village_the_reader_is_taken_to_after_a_semicolon_is_praised_with_its_worker(stances) -> None:
    text = "各村配备小型清扫机械，受到县人居办通报表扬；在富村镇小米村，保洁员白凤琴每天清扫村道、清运垃圾。"
    assert ("富村镇小米村", "praised") in stances(text)


@pytest.mark.parametrize("text, unit", [
    ("抽检年货食品二百八十批次。海蓝湾酒楼推行海鲜原料扫码溯源，被列为示范店。", "海蓝湾酒楼"),
    ("共督导单位八十六家。富源县第二小学落实校领导陪餐制度，后厨操作视频向家长公开，被列为示范食堂。", "富源县第二小学"),
])
def test_a_unit_listed_as_a_model_is_praised(stances, text, unit) -> None:
    assert (unit, "praised") in stances(text)


def test_a_village_party_secretary_s_daily_work_is_praised_with_his_village(stances) -> None:
    found = stances("在红旗镇东山村，村支书佟国庆每天带领村干部在村口值守，风雪无阻。")
    assert ("红旗镇东山村", "praised") in found and ("佟国庆", "praised") in found


@pytest.mark.parametrize("text", [
    "决定对以下单位和个人予以通报表扬：\n一、表现突出的单位\n县水利局、县应急管理局\n二、表现突出的个人\n"
    "营厂满族乡党委书记刘洪斌、县水利局防汛科科长孙立伟\n希望受到表扬的单位和个人珍惜荣誉。",
    "决定对12个先进集体和36名先进个人予以通报表扬。其中：\n一、先进集体（部分）\n县水利局、县应急管理局\n"
    "二、先进个人（部分）\n营厂满族乡党委书记刘洪斌、县水利局防汛科科长孙立伟\n希望受到表扬的集体和个人珍惜荣誉。",
])
def test_the_units_and_persons_under_headings_of_a_commendation_are_praised(stances, text) -> None:
    found = dict(stances(text))
    assert [found.get(name) for name in ("县水利局", "县应急管理局", "刘洪斌", "孙立伟")] == ["praised"] * 4


@pytest.mark.parametrize("text, praised", [
    ("连州镇中心小学开展垃圾分类实践活动；东陂镇联合市妇联评选“美丽庭院”示范户120户。对以上单位予以通报表扬。",
     ["连州镇中心小学", "东陂镇"]),  # (市妇联 joined the work: it opens no clause)
    ("山峰林场在制高点设置瞭望哨4处；岭峰林场护林员于长海每天骑摩托车巡山。以上单位和个人予以通报表扬。",
     ["山峰林场", "岭峰林场", "于长海"]),
])
def test_the_units_opening_the_clauses_before_a_sentence_praising_the_above_are_praised(stances, text, praised) -> None:
    assert [name for name, stance in stances(text) if stance == "praised"] == praised


def test_a_school_the_reader_is_taken_to_through_its_worker_is_praised(stances) -> None:
    found = stances("昆泉镇的香香馕坑肉店后厨无防蝇设施，当天被市食药监局下达整改通知书。\n"
                    "在昆牧镇中心学校，食堂管理员热孜万古丽·买买提每天对进货食材逐一查验登记，今年以来退回不合格食材十余批次。")
    assert ("昆牧镇中心学校", "praised") in found


def test_an_official_giving_the_closing_praise_shares_it_with_no_one_but_the_units_before(stances) -> None:
    found = dict(stances("县委常委、副县长马德林察看了堤段。东峡镇储备编织袋1.2万条，组建应急抢险队5支，马德林对此给予肯定。"))
    assert found["东峡镇"] == "praised" and found["马德林"] is None


def test_a_red_list_heading_on_a_line_of_its_own_judges_the_lines_after_it(stances) -> None:
    found = dict(stances("一、红榜\n县民政局庭院整洁、控烟措施到位；张北镇辖区12条背街小巷实现专人保洁。\n二、黑榜\n"
                         "（一）县二中校园周边垃圾堆积。"))
    assert (found["张北镇"], found["县二中"]) == ("praised", "criticized")


def test_a_school_before_the_shop_at_its_gate_is_only_its_place(stances) -> None:
    found = dict(stances("检查中发现的主要问题：县第二中学食堂留样不足。歪子镇中心小学门口的乐乐小卖部货架上摆着过期辣条13袋，"
                         "9月5日被县食药监局立案查处。"))
    assert (found["歪子镇中心小学"], found["乐乐小卖部"]) == (None, "criticized")


def test_a_village_the_reader_is_taken_to_after_its_township_s_de_is_praised_with_its_worker(stances) -> None:
    found = dict(stances("在六盘山镇的东峡村，村党支部书记马福林每天带领村民清理房前屋后。"))
    assert (found["六盘山镇"], found["东峡村"], found["马福林"]) == (None, "praised", "praised")


def test_heaping_inside_a_river_s_protected_bounds_is_a_wrong_whatever_opens_the_sentence(stances):
    text = ("暗访发现：沣水镇辖区2处排污口雨天溢流；傅家镇北石村在河道管理范围内堆放建筑垃圾约60立方米，"
            "村级河长王某某巡河记录不全。")
    assert ("傅家镇北石村", "criticized") in stances(text)


def test_no_wrong_happening_in_a_district_is_no_cue_of_criticism(stances):
    text = "居民李某某在楼顶燃放烟花，被罚款五百元。平阳路街道、黄陵街道辖区未发生违规燃放，予以通报表扬。"
    assert [(name, stance) for name, stance in stances(text) if name.endswith("街道")] == [
        ("平阳路街道", "praised"), ("黄陵街道", "praised")]


def test_bodies_listed_before_their_patrols_are_not_judged_by_the_wrongs_they_dealt_with(stances):
    text = ("2月9日至24日，县公安局、县应急管理局、县市场监管局和县消防救援大队在县城禁放区域设置巡查点二十六个，"
            "查处违规燃放行为十七起。")
    assert [stance for _, stance in stances(text)] == [None, None, None, None]


def test_the_fastest_progress_is_praise(stances):
    found = dict(stances("会议指出，兴隆镇隐患整改进度最快，整改率达96%；寒岭镇辖区2处非煤矿山停产期间未落实值守，被通报批评。"))
    assert (found["兴隆镇"], found["寒岭镇"]) == ("praised", "criticized")


def test_the_body_wrongs_are_exposed_through_is_not_judged(stances):
    text = "区河长办要于8月下旬组织一次暗访，并通过区融媒体中心曝光典型问题。"
    assert dict(stances(text))["区融媒体中心"] is None


def test_a_grassroots_worker_with_a_fault_in_his_own_clause_is_not_praised_by_his_paragraph(stances):
    text = ("道镇新窑村群测群防员高振华对隐患点受威胁群众底数不清。石门镇汛前组织避险转移演练6场，"
            "受到县防汛办通报表扬。")
    assert dict(stances(text))["高振华"] == "criticized"


@pytest.mark.parametrize("text, expected", [
    ("（四）静升镇旌介村村道两侧堆放煤矸石约200吨，扬尘明显。", "criticized"),  # what lies heaped in the village
    ("静升镇旌介村设立堆放点。", None),
    ("静升镇旌介村清理村道两侧堆放的杂物。", None),
])
def test_a_village_where_waste_lies_heaped_is_criticised(stances, text, expected):
    assert dict(stances(text))["静升镇旌介村"] == expected


def test_a_body_choosing_and_commending_families_is_the_one_who_praises(stances):
    assert stances("县妇联评选表彰最美家庭30户。") == [("县妇联", None)]


@pytest.mark.parametrize("text, expected", [
    ("市水利和湖泊局包保路段绿化带垃圾未清。", "criticized"),  # what is wrong on the stretch it answers for
    ("市水利和湖泊局包保路段未发现问题。", None),
])
def test_a_body_whose_assigned_stretch_is_found_at_fault_is_criticised(stances, text, expected):
    assert stances(text) == [("市水利和湖泊局", expected)]


@pytest.mark.parametrize("text, name", [
    ("新华街道光明社区网格员付国强入户排查台账与实际不符。以上单位予以通报表扬。", "付国强"),
    ("龙门乡庄户台村食品安全协管员杨振东假期内未到村内农家院巡查。县文旅局受到表扬。", "杨振东"),
])
def test_a_grassroots_worker_s_neglect_told_after_the_name_is_no_deed_praised(stances, text, name):
    assert dict(stances(text))[name] == "criticized"


@pytest.mark.parametrize("text", [
    "二、工作较好的单位\n麻多乡中心寄宿制学校落实校长陪餐制度；曲麻河乡卫生院为辖区学校食堂从业人员免费体检。",
    "工作较好的单位有：\n县妇联组织巾帼志愿者开展宣讲；团县委在城区主要路口设立文明交通志愿岗12个。",
    "上榜红榜的有：东城街道以96.8分位列街道第一；头陀镇集镇主街实现“垃圾不落地”；北城街道九峰社区分类准确率达95%以上。",
])
def test_a_heading_of_units_that_worked_well_or_a_red_list_s_entries_praises_each_line(stances, text):
    assert {stance for _, stance in stances(text)} == {"praised"}


def test_the_body_whose_study_decided_the_praise_is_not_praised(stances):
    text = "经区防指研究，决定对以下单位和个人予以通报表扬：\n一、表现突出的单位\n分乡镇、黄花镇。"
    assert dict(stances(text))["区防指"] is None


def test_a_body_whose_official_speaks_of_the_black_list_is_not_on_it(stances):
    text = "区城管局相关负责人表示，上黑榜单位须在11月底前完成整改，逾期未整改的将予以约谈。"
    assert stances(text) == [("区城管局", None)]


def test_a_patrol_record_found_untrue_is_a_fault(stances):
    assert dict(stances("太山庙镇龙潭村护林员谢长林巡山记录不实。"))["谢长林"] == "criticized"


def test_a_red_list_s_bracketed_heading_praises_its_line_and_a_black_one_s_criticises(stances):
    text = ("【红榜】新城街道文化社区推行定时定点投放；【市一中】开展“垃圾分类进校园”活动，组建学生志愿者队伍12支。\n"
            "【黑榜】雷城街道辖区3个小区垃圾桶满溢。")
    assert stances(text) == [("新城街道文化社区", "praised"), ("市一中", "praised"), ("雷城街道", "criticized")]


@pytest.mark.parametrize("text, expected", [
    # an official named alone, or with his title, gives the praise to the bodies whose work the clauses told
    ("胜利路街道组建社区应急队12支，区消防救援大队开展防汛救援演练6场次，马文斌对此给予肯定。",
     [("胜利路街道", "praised"), ("区消防救援大队", "praised")]),
    ("区消防救援大队开展防汛救援演练6场次，区长马文斌对此给予肯定。", [("区消防救援大队", "praised"), ("马文斌", None)]),
    # a body before a verdict no one gives is the inspector
    ("4月下旬，区爱卫办对11个街道进行检查，新立街道、金钟街道位列前两名，予以通报表扬。",
     [("区爱卫办", None), ("新立街道", "praised"), ("金钟街道", "praised")]),
])
def test_a_closing_verdict_given_by_an_official(stances, text, expected):
    assert stances(text) == expected


def test_units_opening_the_clauses_inside_one_verdict_on_their_ways_of_working(stances):
    text = ("会议对怀安城镇推行农村集体聚餐“申报备案、上门指导”、累计指导农村集体聚餐二百余场次，"
            "县中医院开展食品安全培训的做法给予肯定。")
    assert stances(text) == [("怀安城镇", "praised"), ("县中医院", "praised")]


@pytest.mark.parametrize("text, expected", [
    ("区教育局机关食堂厨余垃圾未单独收集。", [("区教育局", "criticized")]),  # the body's own canteen
    ("（四）市中医院住院部楼道杂物堆放，医疗废物暂存间未上锁。", [("市中医院", "criticized")]),  # its wards
    ("区教育局机关食堂推行光盘行动，受到表扬。", [("区教育局", "praised")]),
])
def test_wrongs_in_a_body_s_canteen_or_a_hospital_s_wards(stances, text, expected):
    assert stances(text) == expected


def test_a_red_list_s_line_heads_every_sentence_on_it(stances):
    text = ("一、红榜\n综合排名前三名分别是景山街道（95.6分）、新桥街道（94.1分）。梧田街道的锦安物业服务有限公司在服务小区"
            "配备分类督导员二十六名；瓯海区第二高级中学实现厨余垃圾“零混投”。\n二、黑榜\n综合排名末位的是郭溪街道（78.3分）。")
    assert stances(text) == [("景山街道", "praised"), ("新桥街道", "praised"), ("梧田街道", None),
                             ("锦安物业服务有限公司", "praised"), ("瓯海区第二高级中学", "praised"),
                             ("郭溪街道", "criticized")]


def test_an_experience_speech_on_a_topic_praises_the_speaker(stances):
    assert stances("会上，县人民医院作旅游应急医疗保障经验交流发言。") == [("县人民医院", "praised")]


def test_a_heading_of_model_villages_and_communities_praises_its_list(stances):
    assert stances("二、先进村（社区）：东升街道棠湖社区、彭镇羊坪村。") == [
        ("东升街道棠湖社区", "praised"), ("彭镇羊坪村", "praised")]


@pytest.mark.parametrize("text, expected", [
    ("在章广镇五同村，巡库员孙国庆每天早晚查看水位，风雨无阻。", [("章广镇五同村", "praised"), ("孙国庆", "praised")]),
    ("在光明社区，桶站督导员杜桂芬每天早晚在桶站值守，从未间断。", [("光明社区", "praised"), ("杜桂芬", "praised")]),
])
def test_reservoir_keepers_and_bin_station_guides_at_their_daily_work(stances, text, expected):
    assert stances(text) == expected


def test_a_heading_of_units_rated_best_praises_its_list(stances):
    text = "一、考核优秀单位\n麒麟街道、箭盘山街道、区城管局\n二、考核排名靠后单位\n洛埠镇（76.5分）集镇垃圾清运不及时。"
    assert stances(text) == [("麒麟街道", "praised"), ("箭盘山街道", "praised"), ("区城管局", "praised"),
                             ("洛埠镇", "criticized")]


@pytest.mark.parametrize("text, expected", [
    ("一、存在的问题\n（三）区城管局对2条主干道机扫水洗频次不足；", [("区城管局", "criticized")]),
    ("三是天河南街道南雅社区对居家隔离人员的跟踪登记不全。", [("天河南街道南雅社区", "criticized")]),
])
def test_a_unit_s_handling_of_its_charge_falling_short(stances, text, expected):
    assert stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("明化镇联合金穗农机专业合作社对麦秸打捆离田，受到市禁烧办通报表扬。",
     [("明化镇", "praised"), ("金穗农机专业合作社", None), ("市禁烧办", None)]),
    ("五山街道联合华南理工大学组织志愿者入户“翻盆倒罐”，辖区点位全部达标，受到区爱卫办通报表扬。",
     [("五山街道", "praised"), ("华南理工大学", None), ("区爱卫办", None)]),
    ("县市场监管局联合县公安局对3家超市开展检查。", [("县市场监管局", None), ("县公安局", None)]),
])
def test_the_unit_leading_joint_work_receives_the_praise_closing_its_sentence(stances, text, expected):
    assert stances(text) == expected


def test_numbered_findings_under_a_heading_line_of_their_own(stances):
    text = "二、存在的问题\n1．童心幼儿园食品留样时间不足48小时，餐具消毒柜长期停用；\n2．查孜乡卫生院使用大功率电暖器。"
    assert stances(text) == [("童心幼儿园", "criticized"), ("查孜乡卫生院", "criticized")]


@pytest.mark.parametrize("text, expected", [
    ("检查发现，陈庄村坑塘水位偏高，村防汛责任人陈德福外出未报备。", [("陈庄村", "criticized"), ("陈德福", "criticized")]),
    ("在钢苑社区，退休职工周桂兰每天在小区门口劝阻燃放，从未间断。", [("钢苑社区", "praised"), ("周桂兰", "praised")]),
    ("会上，龙眼坡村作经验交流发言。", [("龙眼坡村", "praised")]),
])
def test_a_flood_duty_holder_gone_a_retired_worker_at_daily_work_and_a_village_s_speech(stances, text, expected):
    assert stances(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("册井乡下解村预警员刘建军从未试用铜锣、手摇报警器等预警设备。会议对白塔镇配齐防汛物资给予肯定。",
     [("册井乡下解村", "criticized"), ("刘建军", "criticized"), ("白塔镇", "praised")]),  # never, a duty undone
    ("在葵花社区，志愿者乌日娜连续16天在小区门口值守，风雪无阻。", [("葵花社区", "praised"), ("乌日娜", "praised")]),
])
def test_a_warner_who_never_tried_his_gong_and_a_volunteer_out_in_the_snow(stances, text, expected):
    assert stances(text) == expected


def test_a_praise_heading_with_its_number_in_brackets(stances):
    text = ("一、表现突出的单位（7个）\n李家寨镇、南湾街道、区应急管理局\n二、表现突出的个人（3名）\n"
            "李家寨镇党委书记周建国，连续72小时坚守在转移一线。")
    assert stances(text) == [("李家寨镇", "praised"), ("南湾街道", "praised"), ("区应急管理局", "praised"),
                             ("周建国", "praised")]


def test_a_fault_named_as_the_problem_put_right_is_praise(stances):
    # 乱堆放 and 黑榜 name the faults that were put right; 整改彻底 judges the unit
    assert stances("新安大药房门前乱堆放问题整改彻底。") == [("新安大药房", "praised")]
    assert stances("县二中对上期黑榜问题整改彻底，大河镇集镇“门前三包”落实到位，以上单位予以通报表扬。") == [
        ("县二中", "praised"), ("大河镇", "praised")]


def test_the_body_a_praised_unit_worked_alongside_is_not_praised(stances):
    text = "二、表现突出的单位\n宫集镇组织镇村干部逐户排查燃气安全；城关镇配合县公安局收缴非法烟花爆竹近三百箱。以上单位予以通报表扬。"
    assert stances(text) == [("宫集镇", "praised"), ("城关镇", "praised"), ("县公安局", None)]


def test_a_county_officer_listed_for_enforcement_work_is_not_criticised_by_the_wrongs_dealt_with(stances):
    text = ("二、表现突出的个人（2名）\n县公安局治安大队民警刘子明，查处焚烧秸秆案件六起；"
            "县城管局执法中队中队长潘建强，带队整治店外经营一百四十余起。")
    assert [(name, stance) for name, stance in stances(text) if name in ("刘子明", "潘建强")] == [
        ("刘子明", None), ("潘建强", None)]


def test_a_village_secretary_who_failed_to_deal_in_time_is_criticised(stances):
    text = ("检查发现的主要问题：\n三是格亚村柴草沿村道堆放，村党支部书记张建国对群众反映的问题未及时处理；\n"
            "四是县人民医院医疗废物暂存间未上锁。")
    assert ("张建国", "criticized") in stances(text)


def test_a_grassroots_worker_who_does_not_know_the_way_out_is_criticised(stances):
    text = ("会议指出，龙窝村群测群防员李大山不掌握转移路线，村内预警广播无人调试。"
            "会议对花果山乡组织山洪灾害避险演练六场次的做法给予肯定。")
    assert ("李大山", "criticized") in stances(text)


def test_first_in_the_town_area_is_praise(stances):
    assert stances("从暗访得分看，阜城街道位列城区第一，吴滩街道排名末位。") == [
        ("阜城街道", "praised"), ("吴滩街道", "criticized")]
