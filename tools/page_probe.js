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
  out.h2 = Array.from(document.querySelectorAll("h2")).map(text).filter(Boolean).slice(0, 5);
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
  // third element: which top-level Product item the property belongs to (-1: none), so a page with several
  // products (sponsored, related) can be read one product at a time
  const products = Array.from(document.querySelectorAll('[itemscope][itemtype$="/Product"], [itemscope][itemtype$="/product"]'))
    .filter((p) => !(p.parentElement && p.parentElement.closest('[itemscope][itemtype$="/Product"]')));
  for (const el of document.querySelectorAll("[itemprop]")) {
    // an item (itemscope) is not a value: its own properties carry the values
    const value = el.hasAttribute("itemscope") ? "" : (el.getAttribute("content") || el.getAttribute("href") || text(el));
    const scope = el.parentElement ? el.parentElement.closest("[itemscope]") : null;
    const type = scope ? (scope.getAttribute("itemtype") || "").split("/").pop() : "";
    const product = products.findIndex((p) => p.contains(el));
    if (value) out.microdata.push([(type ? type + "." : "") + el.getAttribute("itemprop"), value.slice(0, 500), product]);
  }
  // RDFa (vocab="https://schema.org/" typeof="Product" property="name"), read into the same list as microdata
  const rdfaType = (el) => (el.getAttribute("typeof") || "").split(/\s+/).pop().split(/[/:]/).pop();
  const rdfaProducts = Array.from(document.querySelectorAll("[typeof]")).filter((p) => rdfaType(p).toLowerCase() === "product")
    .filter((p) => !(p.parentElement && p.parentElement.closest("[typeof]") && rdfaType(p.parentElement.closest("[typeof]")).toLowerCase() === "product"));
  for (const el of document.querySelectorAll("body [property]")) {
    const scope = el.parentElement ? el.parentElement.closest("[typeof]") : null;
    if (!scope) continue;
    const value = el.hasAttribute("typeof") ? "" : (el.getAttribute("content") || el.getAttribute("href") || text(el));
    const name = (el.getAttribute("property") || "").split(/\s+/)[0].split(/[/:]/).pop();
    const product = products.length + rdfaProducts.findIndex((p) => p.contains(el));
    if (value && name) out.microdata.push([rdfaType(scope) + "." + name, value.slice(0, 500), product < products.length ? -1 : product]);
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
  out.hidden_text = [];
  const bg = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && c !== "rgba(0, 0, 0, 0)" && c !== "transparent") return c;
    }
    return "rgb(255, 255, 255)";
  };
  const hiddenReason = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.getAttribute && e.getAttribute("aria-hidden") === "true") return "aria-hidden";
      const st = getComputedStyle(e);
      if (st.display === "none") return "display:none";
      if (st.visibility === "hidden" || st.visibility === "collapse") return "visibility:hidden";
      if (parseFloat(st.opacity) === 0) return "opacity:0";
    }
    const st = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return "zero-size";
    if (parseFloat(st.fontSize) < 2) return "tiny-font";
    if (r.right < 0 || r.bottom < 0 || r.left > 20000) return "off-screen";
    if (st.color === bg(el)) return "same-colour-as-background";
    if (st.clipPath && st.clipPath !== "none" && st.clipPath.includes("inset(50%")) return "clipped";
    return null;
  };
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n && seen < 5000; n = walker.nextNode()) {
      seen++;
      const t = (n.textContent || "").trim();
      const el = n.parentElement;
      if (!t || !el || ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(el.tagName)) continue;
      const reason = hiddenReason(el);
      if (reason) out.hidden_text.push({ text: t.slice(0, 1000), reason });
      if (out.hidden_text.length >= 200) break;
    }
  }
  const comments = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_COMMENT);
  for (let n = comments.nextNode(); n && out.hidden_text.length < 250; n = comments.nextNode()) {
    const t = (n.textContent || "").trim();
    if (t) out.hidden_text.push({ text: t.slice(0, 1000), reason: "html-comment" });
  }
  out.html = document.documentElement ? document.documentElement.outerHTML : "";
  out.links = Array.from(document.querySelectorAll("a[href]")).slice(0, 400).map((a) => ({ href: a.href, text: text(a).slice(0, 200), rel: a.getAttribute("rel") || "" }));
  return out;
}
