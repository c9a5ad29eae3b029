/**
 * download.html: opened in the system browser by the Gapmap pane on Excel for Mac (which cannot
 * download itself); the file is in the address's fragment (text, or a report's bytes as base64).
 * Offers it as a download. The file is never interpreted: it goes into a Blob, and its name into
 * textContent only.
 */
import { readDownloadLink } from "../host/download-link";

const status = document.getElementById("status");
const save = document.getElementById("save");
const payload = readDownloadLink(window.location.href);

function offer(): void {
  if (!payload) return;
  const content =
    "base64" in payload
      ? Uint8Array.from(atob(payload.base64), (c) => c.charCodeAt(0))
      : payload.text;
  const url = URL.createObjectURL(new Blob([content], { type: payload.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = payload.name;
  document.body.append(link);
  link.click();
  link.remove();
}

if (status && save) {
  if (payload === undefined) {
    status.textContent = "This link holds no file. Export again from the Gapmap pane in Excel.";
  } else {
    status.textContent = `Your browser is saving ${payload.name}. If it did not, use the button.`;
    save.hidden = false;
    save.addEventListener("click", offer);
    offer();
  }
}
