() => {
  const text = (el) => (el && el.innerText ? el.innerText.trim() : "");
  const out = {};
  out.title = document.title || "";
  out.lang = document.documentElement.lang || "";
  out.visible_text = document.body ? document.body.innerText : "";
  out.json_ld = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent || "");
  out.meta = {};
  for (const m of document.querySelectorAll("meta[property], meta[name]")) {
    const key = m.getAttribute("property") || m.getAttribute("name");
    if (key && m.getAttribute("content")) out.meta[key] = m.getAttribute("content");
  }
  out.h1 = Array.from(document.querySelectorAll("h1")).map(text).filter(Boolean).slice(0, 5);
  out.images = Array.from(document.images).slice(0, 60).map((i) => ({ src: (i.currentSrc || i.src || "").slice(0, 300), alt: (i.alt || "").trim() }));
  out.rows = [];
  for (const tr of document.querySelectorAll("tr")) {
    const cells = Array.from(tr.children).map(text);
    if (cells.length >= 2 && cells[0]) out.rows.push([cells[0], cells.slice(1).join(" ")]);
  }
  for (const dl of document.querySelectorAll("dl")) {
    const dts = dl.querySelectorAll("dt");
    for (const dt of dts) {
      const dd = dt.nextElementSibling;
      if (dd && dd.tagName === "DD") out.rows.push([text(dt), text(dd)]);
    }
  }
  out.microdata = [];
  for (const el of document.querySelectorAll("[itemprop]")) {
    const value = el.getAttribute("content") || el.getAttribute("href") || (el.hasAttribute("itemscope") ? "" : text(el));
    if (value) out.microdata.push([el.getAttribute("itemprop"), value.slice(0, 500)]);
  }
  out.embedded_state = null;
  for (const key of ["__INITIAL_STATE__", "__NEXT_DATA__", "__NUXT__", "__PRELOADED_STATE__", "__APOLLO_STATE__"]) {
    if (window[key]) {
      try { out.embedded_state = JSON.stringify(window[key]).slice(0, 200000); } catch (e) {}
      break;
    }
  }
  out.breadcrumb = Array.from(document.querySelectorAll('nav[aria-label*="breadcrumb" i], .breadcrumb, .breadcrumbs, [class*="breadcrumb"]')).map(text).filter(Boolean).slice(0, 2);
  out.seller_hints = Array.from(document.querySelectorAll('[class*="seller" i], [id*="seller" i], [class*="shop-name" i], [class*="store-name" i], [data-seller]')).map(text).filter(Boolean).map((t) => t.slice(0, 200)).slice(0, 5);
  out.links = Array.from(document.querySelectorAll("a[href]")).slice(0, 400).map((a) => ({ href: a.href, text: text(a).slice(0, 200) }));
  return out;
}
