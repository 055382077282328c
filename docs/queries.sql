-- Ten worked research queries over the warehouse. Run one with
--   python -m warehouse query "$(sed -n '/Q1\./,/;$/p' docs/queries.sql)"
-- or paste it into `make sql`. A test runs every query here against a small warehouse.

-- Q1. Volunteers mobilised per month: sum of counts whose counted object is a volunteer.
--     `approx` marks figures written as 200余名; v_counts keeps the story's labels beside each count.
SELECT month, sum(value) AS volunteers, count(*) AS counts, count(*) FILTER (WHERE approx) AS approximate
FROM v_counts
WHERE object LIKE '%志愿者%'
GROUP BY month
ORDER BY month;

-- Q2. Campaign attention: the share of stories with a campaign theme, per site and month.
--     Read it next to Q3: a month without stories is a gap in the archive before it is a lull in the campaign.
SELECT site, month, theme_stories AS campaign_stories, all_stories, attention
FROM v_attention
WHERE theme = '(any)'
ORDER BY site, month;

-- Q3. Where the archive is incomplete: months whose listed pages were not all harvested, and months
--     in which a column lists nothing at all.
SELECT site, column_name, month, listed, harvested, failed, not_fetched, status
FROM v_coverage
WHERE status <> 'complete'
ORDER BY site, column_name, month;

-- Q4. Praised and criticised units over the whole archive, most criticised first.
SELECT unit, any_value(unit_type) AS unit_type, sum(stories) AS stories,
       sum(praised_stories) AS praised, sum(criticized_stories) AS criticized, sum(balance) AS balance
FROM v_unit_stance
GROUP BY unit
HAVING sum(praised_stories) + sum(criticized_stories) > 0
ORDER BY criticized DESC, praised DESC, unit;

-- Q5. Which townships are the objects of inspection and enforcement, by month.
SELECT unit, month, action, stories
FROM v_unit_activity
WHERE unit_type = 'township' AND action IN ('inspection', 'enforcement')
ORDER BY unit, month, action;

-- Q6. The mix of actions per year: how many stories report each kind of activity.
SELECT year(v.published_date) AS year, l.label AS action, count(*) AS stories
FROM story_labels l JOIN v_stories v USING (story_id)
WHERE l.head = 'action'
GROUP BY ALL
ORDER BY year, stories DESC, action;

-- Q7. Every story in which 志愿者 is a word (not merely a substring), with date, title and URL.
--     For context lines use: python -m warehouse kwic 志愿者 --whole-words
SELECT published_date, story_title, url
FROM v_stories
WHERE has_word(words, '志愿者')
ORDER BY published_date, story_id;

-- Q8. The units registry: the most-named units, when they first and last appear, on which sites.
SELECT canonical, type, mentions, stories, first_date, last_date, sites, surface_forms
FROM units
ORDER BY mentions DESC, canonical
LIMIT 20;

-- Q9. Bulletin issues per year: first and last issue number and how many numbers are missing in between
--     (a missing issue is either unpublished or not harvested; see Q3).
SELECT issue_year, min(issue_no) AS first_issue, max(issue_no) AS last_issue, count(DISTINCT issue_no) AS issues,
       max(issue_no) - min(issue_no) + 1 - count(DISTINCT issue_no) AS missing_numbers
FROM articles
WHERE issue_year IS NOT NULL AND issue_no IS NOT NULL
GROUP BY issue_year
ORDER BY issue_year;

-- Q10. Provenance of a figure: for each count, the sentence span it came from, the raw page version the
--      article was parsed from, and the run and extractor version that produced it.
SELECT c.text, c.value, c.object, c.start, c."end", a.url, a.page_id, p.fetched_at, p.sha256,
       c.extractor_version, c.run_id, r.kind AS run_kind, r.finished_at AS run_finished
FROM count_mentions c
JOIN stories s USING (story_id)
JOIN articles a USING (article_id)
LEFT JOIN raw_pages p ON p.page_id = a.page_id
LEFT JOIN runs r ON r.run_id = c.run_id
ORDER BY a.published_date, c.story_id, c.start;
