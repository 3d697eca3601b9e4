"use strict";

// The notes page: lists the notes, adds one, and shows the build's version.
const list = document.getElementById("notes");
const empty = document.getElementById("empty");
const form = document.getElementById("new-note");
const text = document.getElementById("text");
const error = document.getElementById("error");

function render(notes) {
  list.replaceChildren(...notes.map((note) => {
    const item = document.createElement("li");
    const when = document.createElement("time");
    when.dateTime = note.created;
    when.textContent = new Date(note.created).toLocaleString();
    item.append(when, document.createTextNode(note.text));
    return item;
  }));
  empty.hidden = notes.length > 0;
}

async function load() {
  const response = await fetch("notes", { headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new Error("could not load the notes: " + response.status);
  }
  render(await response.json());
}

async function showVersion() {
  const response = await fetch("__version__");
  const version = document.getElementById("version");
  if (response.ok) {
    const body = await response.json();
    version.textContent = "version " + body.version + " (" + String(body.commit).slice(0, 12) + ")";
  } else {
    version.textContent = "version unknown";
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.hidden = true;
  const response = await fetch("notes", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ text: text.value }),
  });
  if (response.ok) {
    text.value = "";
    await load();
  } else {
    const body = await response.json();
    error.textContent = body.error;
    error.hidden = false;
  }
});

load().catch((e) => {
  error.textContent = e.message;
  error.hidden = false;
});
showVersion();
