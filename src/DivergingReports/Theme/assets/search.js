// The search page (search.sbn): asks Pagefind's index, built beside the site, and lists what it
// finds. The query, filters and sort live in the page's address, so a search can be linked to.
// Everything the index returns is treated as untrusted text: nothing from it is parsed as HTML.

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;
const FILTERS = ["outlet", "country", "tag"];
const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } };

const root = document.querySelector("[data-search-index]");
if (root) start(root);

async function start(root) {
  const base = root.dataset.searchBase;
  const form = root.querySelector("form");
  const input = form.elements.q;
  const sort = form.elements.sort;
  const filterSet = root.querySelector("[data-search-filters]");
  const selects = Object.fromEntries(FILTERS.map(name => [name, form.elements[name]]));
  const status = root.querySelector("[data-search-status]");
  const list = root.querySelector("[data-search-results]");
  const more = root.querySelector("[data-search-more]");
  const fallback = root.querySelector("[data-search-fallback]");

  let pagefind;
  try {
    pagefind = await import(root.dataset.searchIndex + "pagefind.js");
    // Result addresses are made under the site's own path, which may be a sub-path on GitHub Pages.
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
  } catch {
    status.textContent = "Search is not available on this copy of the site: its index was not found.";
    return;
  }
  fallback.hidden = true;

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const available = await pagefind.filters();
  for (const name of FILTERS) fillChoices(selects[name], available[name] ?? {}, params.get(name));
  sort.value = params.get("sort") in SORTS ? params.get("sort") : "";
  filterSet.disabled = false;
  filterSet.hidden = false;

  let latest = 0; // only the newest search may write the page
  let results = [];
  let shown = 0;

  async function run() {
    const ask = ++latest;
    const term = input.value.trim();
    const filters = {};
    for (const name of FILTERS) if (selects[name].value) filters[name] = selects[name].value;
    remember(term, filters, sort.value);

    if (!term && Object.keys(filters).length === 0) {
      recount(selects, available);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    // With filters but no words, every page the filters allow (Pagefind searches for null).
    const search = await pagefind.search(term || null, { filters, sort: SORTS[sort.value] });
    if (ask !== latest || !search) return;
    recount(selects, search.filters ?? {});
    results = search.results;
    shown = 0;
    await showMore(ask, false, true);
    // Said once the results are on the page, for screen readers and for the eye alike.
    if (ask === latest) status.textContent = describe(results.length, term, filters);
  }

  // The next page of results; the first replaces the last search's, so the list never flashes empty.
  async function showMore(ask, focusFirst, replace = false) {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map(r => r.data()));
    if (ask !== latest) return;
    const items = data.map(d => resultItem(d, base)).filter(Boolean);
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
    // After "Show more", the keyboard lands on the first new result rather than back at the top.
    if (focusFirst && items.length > 0) items[0].querySelector("a").focus();
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  form.addEventListener("submit", event => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  for (const control of [...Object.values(selects), sort]) control.addEventListener("change", run);
  more.addEventListener("click", () => showMore(latest, true));

  await run();
}

/** The choices of one filter, "Name (count)" by name; the address's choice kept when the index has it. */
function fillChoices(select, counts, chosen) {
  const names = Object.keys(counts).sort((a, b) => a.localeCompare(b));
  for (const name of names) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = `${name} (${counts[name]})`;
    select.append(option);
  }
  select.value = chosen && names.includes(chosen) ? chosen : "";
}

/**
 * Each choice's count for what the reader asked: the results it would leave. A filter already
 * chosen keeps its counts (they would all be of its one choice), so the reader can still compare.
 */
function recount(selects, counts) {
  for (const [name, select] of Object.entries(selects)) {
    if (select.value) continue;
    for (const option of select.options) {
      if (option.value) option.textContent = `${option.value} (${counts[name]?.[option.value] ?? 0})`;
    }
  }
}

/** The state in the address, so that the search can be linked and survives a reload; without adding to history. */
function remember(term, filters, sort) {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  if (sort) params.set("sort", sort);
  const query = params.toString();
  history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
}

function describe(count, term, filters) {
  const found = count === 0 ? "No results" : count === 1 ? "1 result" : `${count} results`;
  const words = term ? ` for ‘${term}’` : "";
  const narrowed = Object.entries(filters).map(([name, value]) => `${name}: ${value}`).join(", ");
  return found + words + (narrowed ? ` (${narrowed})` : "");
}

/** One result as a list item, or null when its address is not on this site. */
function resultItem(data, base) {
  const url = siteAddress(data.url, base);
  if (!url) return null;
  const meta = data.meta ?? {};
  const item = element("li", "search-result");

  const title = element("h2", "search-result__title");
  const link = element("a", "", meta.title || url);
  link.href = url;
  title.append(link);
  item.append(title);

  const facts = element("p", "search-result__facts");
  if (meta.kind) facts.append(element("span", "search-result__kind", meta.kind));
  if (meta.date) facts.append(element("span", "search-result__date", meta.date));
  const outlets = data.filters?.outlet ?? [];
  if (outlets.length > 0) facts.append(element("span", "search-result__outlets", outlets.join(", ")));
  if (facts.childNodes.length > 0) item.append(facts);

  if (data.excerpt) item.append(excerpt(data.excerpt));
  return item;
}

/** The address when it is a page of this site, under its base path; null otherwise. */
function siteAddress(url, base) {
  if (typeof url !== "string" || !url.startsWith(base) || url.startsWith("//")) return null;
  const parsed = new URL(url, location.origin);
  return parsed.origin === location.origin && parsed.pathname.startsWith(base) ? parsed.pathname + parsed.hash : null;
}

/**
 * Pagefind's excerpt: the page's text with <mark> around the words found, < and > escaped but not &.
 * Split on the marks and decoded as text, so that no other tag can ever become an element.
 */
function excerpt(html) {
  const paragraph = element("p", "search-result__excerpt");
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) paragraph.append(marked ? element("mark", "", decode(part)) : document.createTextNode(decode(part)));
  }
  return paragraph;
}

const ENTITIES = { lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" };

// One pass, so "&amp;lt;" stays the text "&lt;".
function decode(text) {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name) => ENTITIES[name]);
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
