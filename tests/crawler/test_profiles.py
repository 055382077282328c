"""Site profiles: every shipped profile loads and is coherent; each CMS family's profile recognises that
family's real URLs and, with its selectors, parses a real page of the family as the gold annotation says."""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from crawler import discovery
from crawler.parsing import parse_page
from crawler.profiles import ProfileError, available, load_profile

WHITESPACE = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")

# family → (real page in shared/corpus/real_html, its original URL as PROVENANCE.md gives it)
REAL_PAGES = {
    "trs": [("shanxi-gov__trs_article_2019-09-18.html", "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml"),
            ("nmg-gov__trs_article_2022-02-11.html", "https://www.nmg.gov.cn/zwyw/jrgz/202202/t20220211_2004628.html"),
            ("cmse-gov__trs_article_2012-06-24.html", "http://www.cmse.gov.cn/ztbd/xwfbh/201206/t20120624_43188.html")],
    "hanweb": [("fgw-zj-gov__hanweb_article_2016-11-22.html",
                "http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html")],
    "ucap": [("wanzai-gov__ucap_article_tjgb2015.html",
              "http://www.wanzai.gov.cn/wzxrmzf/tjgb/201705/9c059bf058ef4db8b3c8f920e22186fe.shtml"),
             ("yichun-gov__ucap_xxgk_tjgb2022.html",
              "https://www.yichun.gov.cn/ycsrmzf/tjgb/202305/36796cdc82d04268913f2884cf2fe579.shtml")],
}


def test_shipped_profiles():
    assert {"demo", "trs", "hanweb", "ucap", "php"} <= set(available())
    for name in available():
        profile = load_profile(name)
        assert profile.name == name
        starts = profile.absolute_start_urls()
        assert starts and all(u.startswith(("http://", "https://")) for u in starts)
        hosts = {urlsplit(u).netloc for u in starts}
        assert not profile.allowed_hosts or hosts <= set(profile.allowed_hosts), name
        assert profile.refresh_depth >= 1


def test_demo_profile_names_the_three_demo_columns():
    demo = load_profile("demo")
    assert demo.absolute_start_urls("http://127.0.0.1:9999/") == [
        "http://127.0.0.1:9999/article/lists/45.html", "http://127.0.0.1:9999/xwzx/ywdt/index.html",
        "http://127.0.0.1:9999/col/col1234/index.html"]


@pytest.mark.parametrize("family", sorted(REAL_PAGES))
def test_family_profile_recognises_and_parses_real_pages(shared_dir, family):
    profile = load_profile(family)
    patterns = discovery.ARTICLE_URL_PATTERNS + tuple(re.compile(p) for p in profile.article_url_patterns)
    gold = {json.loads(line)["file"].rsplit("/", 1)[1]: json.loads(line)
            for line in (shared_dir / "corpus/real_html/GOLD.jsonl").read_text(encoding="utf-8").splitlines()}
    for filename, url in REAL_PAGES[family]:
        assert discovery.is_article_url(url, patterns), url
        page = parse_page((shared_dir / "corpus/real_html" / filename).read_bytes(), url,
                          content_type="text/html", profile=profile.parser_profile())
        expected = gold[filename]
        assert page.status == "article" and page.title == expected["title"], filename
        body = WHITESPACE.sub("", page.body_text or "")
        assert body[:30] == expected["body_first30"] and body[-30:] == expected["body_last30"], filename


def test_ucap_profile_list_pages():
    profile = load_profile("ucap")
    html = '<a href="list_2.shtml">2</a><a href="/ycsrmzf/zwyw/list_3.shtml">3</a><a href="/ycsrmzf/zcjd/list_2.shtml">x</a>'
    links = discovery.extract_links(html, "https://www.yichun.gov.cn/ycsrmzf/zwyw/list.shtml",
                                    page_patterns=tuple(re.compile(p) for p in profile.list_url_patterns))
    assert [l.url for l in links.pages] == ["https://www.yichun.gov.cn/ycsrmzf/zwyw/list_2.shtml",
                                            "https://www.yichun.gov.cn/ycsrmzf/zwyw/list_3.shtml"]


def test_bad_profiles_are_refused_with_the_file_named(tmp_path):
    unknown = tmp_path / "typo.toml"
    unknown.write_text('start_urls = ["http://a.gov.cn/"]\nstart_url = "x"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="typo.toml.*start_url"):
        load_profile(str(unknown))
    regex = tmp_path / "regex.toml"
    regex.write_text('start_urls = ["http://a.gov.cn/"]\narticle_url_patterns = ["art_(\\\\d+"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="regex.toml.*bad regular expression"):
        load_profile(str(regex))
    with pytest.raises(ProfileError, match="no site profile 'nosuch'"):
        load_profile("nosuch")
