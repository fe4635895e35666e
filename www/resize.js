// For pages that embed Peer Roadmap in an iframe: sizes each
// <iframe data-peer-roadmap src=".../frame.html"> to the height its widget reports.
addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "peer-roadmap:height" || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll("iframe[data-peer-roadmap]")) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.min(Math.max(Math.round(data.height), 0), 100000)}px`;
    }
  }
});
