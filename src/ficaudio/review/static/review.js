// ficaudio review page: plain JavaScript, no build step, nothing fetched but this server's own API.
"use strict";

const TOKEN = new URLSearchParams(location.search).get("token") || "";
const PALETTE = ["#c2410c", "#1d4ed8", "#15803d", "#a21caf", "#b45309", "#0e7490", "#be123c", "#4d7c0f",
                 "#6d28d9", "#0f766e", "#9f1239", "#1e40af", "#854d0e", "#047857", "#7e22ce", "#b91c1c"];
const GENERIC_COLOUR = "#6b7280";
const KIND_LABELS = {narration: "Narration", dialogue: "Dialogue", thought: "Thought", author_note: "Author's note"};
const SPOKEN = new Set(["dialogue", "thought"]);

const $ = (sel) => document.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "colour") node.style.setProperty("--c", v);
    else if (k in node) node[k] = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
};

const state = {
  script: null,
  voices: null,
  segments: new Map(),          // id -> segment (with chapter)
  colours: new Map(),           // speaker -> colour, stable for the page's life
  pendingLines: new Map(),      // id -> {id, speaker?, kind?, remove?}
  pendingCast: new Map(),       // name ("" for the narrator) -> {name, voice?, rate?, pitch?, gender?, aliases?}
  selected: null,
  editingCast: null,
  uncertain: new Map(),         // chapter index -> uncertain lines shown
};

// --- talking to the server ------------------------------------------------------------------------

function apiUrl(path, params = {}) {
  const url = new URL(path, location.origin);
  url.searchParams.set("token", TOKEN);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  return url;
}

async function call(path, {params, body} = {}) {
  const options = body === undefined ? {} :
    {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)};
  const response = await fetch(apiUrl(path, params), options);
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try { message = (await response.json()).error || message; } catch (_) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

function setBusy(what) { document.body.dataset.state = what; }

let statusTimer = null;
function say(message, {error = false, sticky = false} = {}) {
  const box = $("#status");
  box.textContent = message;
  box.className = "show" + (error ? " error" : "");
  clearTimeout(statusTimer);
  if (!sticky) statusTimer = setTimeout(() => { box.className = ""; }, error ? 9000 : 4000);
}

async function loadScript() {
  setBusy("loading");
  const script = await (await call("/api/script")).json();
  state.script = script;
  state.segments.clear();
  for (const chapter of script.chapters) {
    for (const seg of chapter.segments) { seg.chapter = chapter.index; state.segments.set(seg.id, seg); }
  }
  for (const member of script.cast) colourOf(member.name, member.generic);
  render();
  setBusy("ready");
}

// --- what a line is, with unsaved changes ---------------------------------------------------------

function colourOf(name, generic = false) {
  if (!name) return null;
  if (!state.colours.has(name)) {
    const used = state.colours.size;
    state.colours.set(name, generic ? GENERIC_COLOUR : PALETTE[used % PALETTE.length]);
  }
  return state.colours.get(name);
}

function effective(seg) {
  const change = state.pendingLines.get(seg.id);
  let kind = seg.kind, speaker = seg.speaker;
  if (change && !change.remove) {
    if (change.kind) kind = change.kind;
    if (change.speaker) { speaker = change.speaker; if (!SPOKEN.has(kind)) kind = "dialogue"; }
    if (!SPOKEN.has(kind)) speaker = null;
  }
  return {kind, speaker: SPOKEN.has(kind) ? speaker : null, changed: Boolean(change)};
}

// A story in another language: a rule not measured on its language's gold has confidence null (uncertain).
function rightShare(seg) {
  return seg.confidence === null ? "not measured in this language" : `right ${Math.round(seg.confidence * 100)}% of the time`;
}

function isUncertain(seg) {
  return seg.confidence !== undefined && seg.confidence < state.script.uncertain_below && SPOKEN.has(seg.kind);
}

// --- the reading view -----------------------------------------------------------------------------

function render() {
  const script = state.script;
  $("#title").textContent = script.title;
  const file = script.voices_file.split(/[\\/]/).pop();
  $("#subtitle").textContent = [script.author ? `by ${script.author}` : null,
    `corrections go to ${file}${script.voices_file_exists ? "" : " (created on the first save)"}`]
    .filter(Boolean).join(" · ");
  $("#subtitle").title = script.voices_file;
  document.title = `${script.title} · ficaudio review`;
  const keepTop = topVisibleSegment();
  const story = $("#story");
  const nav = $("#chapters");
  story.replaceChildren();
  nav.replaceChildren();
  state.uncertain = new Map();
  for (const chapter of script.chapters) {
    story.append(renderChapter(chapter));
    nav.append(el("a", {href: `#ch-${chapter.index}`, dataset: {chapter: chapter.index}},
                  chapter.title || `Chapter ${chapter.index}`, el("span", {class: "count", title: "uncertain lines"})));
    updateCounts(chapter.index);
  }
  renderCast();
  renderPending();
  if (keepTop !== null) scrollToSegment(keepTop, false);
}

// After one line changed: only its chapter is drawn again (a long story has tens of thousands of lines).
function renderChapterOf(seg) {
  const chapter = state.script.chapters.find((c) => c.index === seg.chapter);
  document.querySelector(`#story section[data-chapter="${chapter.index}"]`).replaceWith(renderChapter(chapter));
  updateCounts(chapter.index);
  renderPending();
}

function updateCounts(index) {
  const count = state.uncertain.get(index) || 0;
  const badge = document.querySelector(`#chapters a[data-chapter="${index}"] .count`);
  if (badge) badge.textContent = count ? String(count) : "";
  let total = 0;
  for (const n of state.uncertain.values()) total += n;
  $("#uncertain-count").textContent = `${total} uncertain`;
}

function renderChapter(chapter) {
  const section = el("section", {dataset: {chapter: chapter.index}});
  const anchor = `ch-${chapter.index}`;
  // A chapter's own heading line is its title (clickable like any line); else the title alone.
  const title = (chapter.title || "").trim();
  const headed = chapter.segments.some((s) => s.kind === "heading" && s.text.trim() === title);
  if (!headed) section.append(el("h2", {class: "chapter", id: anchor}, chapter.title || `Chapter ${chapter.index}`));
  let paragraph = null, paragraphIndex = null, lastReader = undefined, uncertainHere = 0, hasUncertain = false;
  let anchored = false;
  const closeParagraph = () => { if (paragraph) { paragraph.classList.toggle("quiet", !hasUncertain); section.append(paragraph); } };
  for (const seg of chapter.segments) {
    if (seg.paragraph !== paragraphIndex || seg.kind === "heading") {
      closeParagraph();
      if (seg.scene_break) section.append(el("p", {class: "break"}, "* * *"));
      paragraph = seg.kind === "heading" ? el("h2", {class: "chapter"}) : el("p");
      if (seg.kind === "heading" && seg.text.trim() === title && !anchored) {
        paragraph.id = anchor;  // the chapter's own heading line
        anchored = true;
      }
      paragraphIndex = seg.paragraph;
      hasUncertain = false;
      lastReader = undefined;  // every paragraph names its first reader, so a filtered view reads right
    }
    const {kind, speaker, changed} = effective(seg);
    const uncertain = isUncertain(seg) && !changed;
    if (uncertain) { uncertainHere += 1; hasUncertain = true; }
    const reader = SPOKEN.has(kind) ? (speaker || "Narrator") : null;
    if (reader && (reader !== lastReader || uncertain || changed)) {
      const label = el("span", {class: "who", colour: colourOf(reader)}, reader);
      if (uncertain) label.append(el("span", {class: "flag", title: "uncertain"}, "?"));
      paragraph.append(label);
    }
    if (reader) lastReader = reader;
    // Quote marks are not part of a dialogue line's text; the page puts them back.
    const text = SPOKEN.has(kind) && seg.kind === "dialogue" ? `“${seg.text}”` : seg.text;
    const classes = ["seg", `kind-${kind}`];
    if (uncertain) classes.push("uncertain");
    if (changed) classes.push("changed");
    if (seg.id === state.selected) classes.push("selected");
    if (!seg.speech) classes.push("silent");
    const span = el("span", {class: classes.join(" "), dataset: {id: seg.id}, colour: reader ? colourOf(reader) : "",
                             title: describe(seg), tabIndex: 0}, text);
    paragraph.append(span, " ");
  }
  closeParagraph();
  state.uncertain.set(chapter.index, uncertainHere);
  return section;
}

function describe(seg) {
  const parts = [KIND_LABELS[seg.kind] || seg.kind];
  if (seg.why) parts.push(`decided by ${seg.why} (${rightShare(seg)})`);
  if (!seg.speech) parts.push("not read aloud");
  return parts.join(" · ");
}

function topVisibleSegment() {
  for (const span of document.querySelectorAll("#story .seg")) {
    if (span.getBoundingClientRect().bottom > 70) return Number(span.dataset.id);
  }
  return null;
}

function scrollToSegment(id, smooth = true) {
  const span = document.querySelector(`#story .seg[data-id="${id}"]`);
  if (span) span.scrollIntoView({block: smooth ? "center" : "start", behavior: smooth ? "smooth" : "auto"});
}

// --- the cast panel -------------------------------------------------------------------------------

function renderCast() {
  const list = $("#cast");
  list.replaceChildren();
  const names = $("#cast-names");
  names.replaceChildren();
  const narrator = {name: null, lines: null, ...state.script.narrator};
  const members = [narrator, ...state.script.cast.filter((m) => m.lines > 0 || m.in_voices_file)];
  for (const member of members) {
    const key = member.name ?? "";
    const pending = state.pendingCast.get(key) || {};
    const voice = {voice: member.voice, rate: member.rate, pitch: member.pitch, ...pending};
    const item = el("li", {class: pending.name !== undefined ? "changed" : "", dataset: {name: key}});
    item.append(
      el("span", {class: "swatch", colour: member.name ? colourOf(member.name, member.generic) : "#b8bcc4"}),
      el("span", {class: "name", title: "Edit the voice", onclick: () => openVoiceEditor(member)},
         member.name ?? "Narrator"),
      el("span", {class: "lines"}, member.lines === null ? "prose" : `${member.lines} line${member.lines === 1 ? "" : "s"}`),
      el("span", {class: "voice"},
         el("span", {}, `${voice.voice} · ${voice.rate} wpm · pitch ${voice.pitch}`),
         el("button", {type: "button", title: "Hear this voice", onclick: () => playSample(member, pending)}, "▶")),
    );
    list.append(item);
    if (member.name) names.append(el("option", {value: member.name}));
  }
}

// --- editing a line -------------------------------------------------------------------------------

function openEditor(seg, anchor) {
  closePopups();
  state.selected = seg.id;
  document.querySelectorAll(".seg.selected").forEach((n) => n.classList.remove("selected"));
  anchor.classList.add("selected");
  const {kind, speaker} = effective(seg);
  $("#ed-who").textContent = SPOKEN.has(kind) ? (speaker || "Narrator") : "Narrator";
  $("#ed-why").textContent = seg.why ? `${seg.why} · ${seg.confidence === null ? "unmeasured" : Math.round(seg.confidence * 100) + "%"}` : KIND_LABELS[seg.kind] || seg.kind;
  $("#ed-text").textContent = seg.text;
  $("#ed-undo").hidden = !seg.overridden;
  const speakers = $("#ed-speakers");
  speakers.replaceChildren(
    chip("Narrator (prose)", !SPOKEN.has(kind), "#b8bcc4", {kind: "narration"}, {speaker: ""}),
    ...state.script.cast.filter((m) => m.lines > 0 || m.in_voices_file).map((m) =>
      chip(m.name, SPOKEN.has(kind) && speaker === m.name, colourOf(m.name, m.generic), {speaker: m.name},
           {speaker: m.name})),
  );
  const kinds = $("#ed-kinds");
  kinds.replaceChildren(...state.script.kinds.map((k) =>
    chip(KIND_LABELS[k] || k, kind === k, null, {kind: k}, {kind: k})));
  $("#ed-new-name").value = "";
  const popup = $("#editor");
  popup.hidden = false;
  place(popup, anchor);

  function chip(label, current, colour, change, data) {
    return el("button", {type: "button", class: current ? "current" : "", colour: colour || "", dataset: data,
                         onclick: () => changeLine(seg, change)}, label);
  }
}

function changeLine(seg, change) {
  const before = state.pendingLines.get(seg.id) || {};
  let next = {id: seg.id, ...before, ...change};
  delete next.remove;
  if (change.kind && !SPOKEN.has(change.kind)) delete next.speaker;
  if (change.kind && SPOKEN.has(change.kind) && !next.speaker && seg.speaker) next.speaker = seg.speaker;
  if (change.speaker && next.kind && !SPOKEN.has(next.kind)) delete next.kind;
  const {kind, speaker} = effectiveOf(seg, next);
  if (kind === seg.kind && (speaker || null) === (SPOKEN.has(seg.kind) ? seg.speaker : null)) {
    state.pendingLines.delete(seg.id);      // back to what the script says: nothing to save
  } else {
    state.pendingLines.set(seg.id, next);
  }
  renderChapterOf(seg);
  const span = document.querySelector(`#story .seg[data-id="${seg.id}"]`);
  if (span) openEditor(seg, span);
}

function effectiveOf(seg, change) {
  const saved = state.pendingLines.get(seg.id);
  state.pendingLines.set(seg.id, change);
  const result = effective(seg);
  if (saved) state.pendingLines.set(seg.id, saved); else state.pendingLines.delete(seg.id);
  return result;
}

function place(popup, anchor) {
  const box = anchor.getBoundingClientRect();
  const width = popup.offsetWidth;
  const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 8));
  popup.style.left = `${left}px`;
  popup.style.top = `${window.scrollY + box.bottom + 8}px`;
}

function closePopups() {
  $("#editor").hidden = true;
  $("#voice-editor").hidden = true;
}

// --- the voice editor -----------------------------------------------------------------------------

async function openVoiceEditor(member) {
  closePopups();
  if (!state.voices) state.voices = await (await call("/api/voices")).json();
  const key = member.name ?? "";
  state.editingCast = member;
  const current = {voice: member.voice, rate: member.rate, pitch: member.pitch, gender: member.gender || "",
                   aliases: (member.aliases || []).join(", "), ...displayPending(state.pendingCast.get(key))};
  const [language, variant] = current.voice.split("+");
  fillSelect($("#ve-language"), languageOptions(), language);
  fillSelect($("#ve-variant"), variantOptions(), variant || "");
  $("#ve-rate").value = current.rate;
  $("#ve-pitch").value = current.pitch;
  $("#ve-pitch-out").textContent = current.pitch;
  $("#ve-gender").value = current.gender || "";
  $("#ve-aliases").value = current.aliases;
  $("#ve-name").textContent = member.name ?? "Narrator";
  $("#ve-lines").textContent = member.lines === null ? "reads the prose" : `${member.lines} lines, ${member.words} words`;
  const popup = $("#voice-editor");
  popup.classList.toggle("narrator", member.name === null);
  popup.hidden = false;
  place(popup, document.querySelector(`#cast li[data-name="${CSS.escape(key)}"]`));
}

function displayPending(pending) {
  if (!pending) return {};
  const out = {...pending};
  if (Array.isArray(out.aliases)) out.aliases = out.aliases.join(", ");
  return out;
}

function languageOptions() {
  const langs = state.voices.languages.map((v) => v.id);
  const english = langs.filter((id) => id.startsWith("en"));
  return [...english, ...langs.filter((id) => !id.startsWith("en"))].map((id) => {
    const v = state.voices.languages.find((x) => x.id === id);
    return {value: id, label: `${id} — ${v.name}`};
  });
}

function variantOptions() {
  const groups = {female: [], male: [], other: []};
  for (const v of state.voices.variants) groups[v.gender || "other"].push({value: v.id, label: v.name && v.name !== v.id ? `${v.id} (${v.name})` : v.id});
  return [{value: "", label: "none (the accent's own voice)"},
          ...["female", "male", "other"].map((g) => ({group: g, options: groups[g]}))];
}

function fillSelect(select, options, value) {
  select.replaceChildren();
  for (const option of options) {
    if (option.group) {
      const group = el("optgroup", {label: option.group});
      for (const o of option.options) group.append(el("option", {value: o.value}, o.label));
      select.append(group);
    } else {
      select.append(el("option", {value: option.value}, option.label));
    }
  }
  if (![...select.options].some((o) => o.value === value)) select.append(el("option", {value}, value));
  select.value = value;
}

function voiceFormValues() {
  const variant = $("#ve-variant").value;
  const values = {voice: $("#ve-language").value + (variant ? `+${variant}` : ""),
                  rate: Number($("#ve-rate").value), pitch: Number($("#ve-pitch").value)};
  if (state.editingCast.name !== null) {
    values.gender = $("#ve-gender").value || null;
    values.aliases = $("#ve-aliases").value.split(",").map((a) => a.trim()).filter(Boolean);
  }
  return values;
}

function keepVoiceChanges(event) {
  event.preventDefault();
  const member = state.editingCast;
  const values = voiceFormValues();
  const original = {voice: member.voice, rate: member.rate, pitch: member.pitch, gender: member.gender || null,
                    aliases: member.aliases || []};
  const change = {};
  for (const [k, v] of Object.entries(values)) {
    if (JSON.stringify(v) !== JSON.stringify(original[k])) change[k] = v;
  }
  const key = member.name ?? "";
  if (Object.keys(change).length) state.pendingCast.set(key, {name: member.name, ...change});
  else state.pendingCast.delete(key);
  closePopups();
  render();
}

// --- audio ----------------------------------------------------------------------------------------

async function play(path, params) {
  try {
    say("Making the audio…", {sticky: true});
    setBusy("playing");
    const response = await call(path, {params});
    const url = URL.createObjectURL(await response.blob());
    const player = $("#player");
    if (player.src.startsWith("blob:")) URL.revokeObjectURL(player.src);
    player.src = url;
    await player.play();
    say("Playing.");
  } catch (error) {
    say(error.message, {error: true});
  } finally {
    setBusy("ready");
  }
}

function playLine(paragraph) {
  const seg = state.segments.get(state.selected);
  const change = state.pendingLines.get(seg.id);
  const params = {paragraph: paragraph ? 1 : undefined};
  if (change && change.speaker && !paragraph) {
    if (state.script.cast.some((m) => m.name === change.speaker)) params.speaker = change.speaker;
    else say(`${change.speaker} is new: their voice is cast when you save; this plays the line as saved.`);
  }
  play(`/api/audio/line/${seg.id}`, params);
}

function playSample(member, pending = {}) {
  const params = {name: member.name ?? undefined, voice: pending.voice, rate: pending.rate, pitch: pending.pitch};
  play("/api/audio/sample", params);
}

// --- saving ---------------------------------------------------------------------------------------

function pendingCount() { return state.pendingLines.size + state.pendingCast.size; }

function renderPending() {
  const n = pendingCount();
  const label = $("#pending");
  label.hidden = n === 0;
  label.textContent = `${n} unsaved change${n === 1 ? "" : "s"}`;
  $("#discard").hidden = n === 0;
  $("#save").disabled = n === 0;
}

async function save() {
  const overrides = [...state.pendingLines.values()].map((c) => {
    const out = {id: c.id};
    if (c.remove) out.remove = true;
    if (c.speaker) out.speaker = c.speaker;
    if (c.kind) out.kind = c.kind;
    return out;
  });
  const cast = [...state.pendingCast.values()];
  setBusy("saving");
  $("#save").disabled = true;
  try {
    const result = await (await call("/api/save", {body: {overrides, cast}})).json();
    state.pendingLines.clear();
    state.pendingCast.clear();
    closePopups();
    await loadScript();
    const pinned = (result.lines_pinned || []).filter((n) => n > 1);
    const also = pinned.length ? ` (one override's words are in ${Math.max(...pinned)} lines: all of them follow it)` : "";
    say(`Saved ${overrides.length + cast.length} change${overrides.length + cast.length === 1 ? "" : "s"} to ` +
        `${result.saved}${result.created ? " (new file)" : ""}${also}.`);
  } catch (error) {
    say(`Not saved: ${error.message}`, {error: true});
    renderPending();
  } finally {
    setBusy("ready");
  }
}

// --- wiring ---------------------------------------------------------------------------------------

function nextUncertain() {
  const spans = [...document.querySelectorAll("#story .seg.uncertain")];
  const after = spans.find((s) => s.getBoundingClientRect().top > 140) || spans[0];
  if (after) {
    after.scrollIntoView({block: "center", behavior: "smooth"});
    after.classList.add("selected");
    setTimeout(() => after.classList.remove("selected"), 1200);
  }
}

function wire() {
  $("#story").addEventListener("click", (event) => {
    const span = event.target.closest(".seg");
    if (!span) return;
    openEditor(state.segments.get(Number(span.dataset.id)), span);
    event.stopPropagation();
  });
  $("#story").addEventListener("keydown", (event) => {
    const span = event.target.closest(".seg");
    if (span && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openEditor(state.segments.get(Number(span.dataset.id)), span);
      $("#ed-speakers button")?.focus();
    }
  });
  $("#only-uncertain").addEventListener("change", (e) => document.body.classList.toggle("only-uncertain", e.target.checked));
  $("#next-uncertain").addEventListener("click", nextUncertain);
  $("#save").addEventListener("click", save);
  $("#discard").addEventListener("click", () => { state.pendingLines.clear(); state.pendingCast.clear(); closePopups(); render(); });
  $("#ed-close").addEventListener("click", closePopups);
  $("#ve-close").addEventListener("click", closePopups);
  $("#ed-play").addEventListener("click", () => playLine(false));
  $("#ed-play-para").addEventListener("click", () => playLine(true));
  $("#ed-undo").addEventListener("click", () => {
    const seg = state.segments.get(state.selected);
    state.pendingLines.set(seg.id, {id: seg.id, remove: true});
    closePopups();
    renderChapterOf(seg);
  });
  $("#ed-new").addEventListener("submit", (event) => {
    event.preventDefault();
    const typed = $("#ed-new-name").value.trim().replace(/\s+/g, " ");
    const wanted = typed.toLowerCase();
    // A name the cast already answers to (any case, or an alias) is that character, as the server reads it.
    const known = state.script.cast.find((m) => m.name.toLowerCase() === wanted ||
                                               (m.aliases || []).some((a) => a.toLowerCase() === wanted));
    if (typed) changeLine(state.segments.get(state.selected), {speaker: known ? known.name : typed});
  });
  $("#ve-form").addEventListener("submit", keepVoiceChanges);
  $("#ve-pitch").addEventListener("input", (e) => { $("#ve-pitch-out").textContent = e.target.value; });
  $("#ve-sample").addEventListener("click", () => playSample(state.editingCast, voiceFormValues()));
  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, select, textarea")) return;
    if (event.key === "Escape") closePopups();
    if (event.key === "n") nextUncertain();
  });
  document.addEventListener("click", (event) => {
    // A click on a chip that re-rendered itself away is still inside its popup.
    if (document.contains(event.target) && !event.target.closest(".popup, .seg, #cast")) closePopups();
  });
  window.addEventListener("beforeunload", (event) => { if (pendingCount()) event.preventDefault(); });
}

wire();
loadScript().catch((error) => {
  $("#title").textContent = "Could not load the script";
  say(error.message, {error: true, sticky: true});
  setBusy("error");
});
