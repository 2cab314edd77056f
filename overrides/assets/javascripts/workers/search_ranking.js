// The theme's search worker, with its results ranked by how much of the search
// they match. The theme looks up every word of a search and adds up the scores,
// a match in a heading counting a thousand times one in the text, so a section
// whose heading has one of the words (or a rarer word that starts like one)
// outranks a section that has all of them in its text. Here each result's score is
// weighted by the share of the search it matches, each word counted by how rare
// it is on the site: `BoundedSemaphore released too many times` finds the
// section on semaphores first, not every page titled with "many".
//
// Loaded in place of the theme's worker (`overrides/main.html`), whose file name
// comes in the `worker` parameter. Tested in `tests/browser/test_browser_search.py`.

importScripts(new URL(location).searchParams.get("worker"));

// How strongly the share decides: 1 would barely reorder, 8 lets it override the
// theme's ranking almost entirely. Chosen with the first two sets of blind reader
// searches that `make audit` types (`tools/audit/blind_searches.py`): powers 2, 4
// and 8 all found a right page in the top three for 84-87% of them, the theme's
// ranking for 79-80%; the third set, kept back until then, agreed (90.1% against
// 89.2%). Measured and not kept: a heading counting 2 to 100 times the text instead
// of 1,000 (78-83%), the English stemmer (69%), whole words ranked above words that
// only start like them (81% and 75%). The latest figures: the site's page "How this
// guide is verified".
const SHARE_WEIGHT = 4;

const search = lunr.Index.prototype.search;

lunr.Index.prototype.search = function (query) {
  const results = search.call(this, query);
  // The theme has written the search as lunr terms (`word*`, `+word`, `-word`,
  // `title:word*`, `word^2`); lunr compares them in lower case.
  const words = [
    ...new Set(
      query
        .split(/\s+/)
        .filter((term) => term && !term.startsWith("-"))
        .map((term) => term.replace(/^\+?(\w+:)?/, "").replace(/(\*|[~^]\d*)$/, "").toLowerCase()),
    ),
  ].filter(Boolean);
  if (words.length < 2) return results;

  const found = results.map(({ matchData }) => {
    const terms = Object.keys(matchData.metadata);
    return words.map((word) => terms.some((term) => term.startsWith(word)));
  });
  // lunr keys its vectors `field/section`.
  const sections = new Set(Object.keys(this.fieldVectors).map((key) => key.slice(key.indexOf("/") + 1))).size;
  const rarity = words.map((_, w) => {
    const having = found.filter((matches) => matches[w]).length;
    return Math.log(1 + (sections - having + 0.5) / (having + 0.5));
  });
  const whole = rarity.reduce((sum, weight) => sum + weight, 0);
  results.forEach((result, r) => {
    const share = rarity.reduce((sum, weight, w) => sum + (found[r][w] ? weight : 0), 0) / whole;
    result.score *= share ** SHARE_WEIGHT;
  });
  return results.sort((a, b) => b.score - a.score);
};
