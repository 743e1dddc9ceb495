/* Client-side renderer shared by the single-page-app (A) and __NEXT_DATA__ (F2) pages of the fictional
   generated case set. It builds the whole product page from a JSON listing model; the raw HTML holds no facts. */
(function () {
  var S = __SOURCE__;
  var root = document.getElementById('__ROOT__');
  var P = '__PREFIX__';
  var U = S.ui;
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]; }); }
  function el(tag, cls, html) { var n = document.createElement(tag); if (cls) n.className = P + cls; if (html != null) n.innerHTML = html; return n; }
  function baht(n) { return '\u0E3F' + Number(n).toLocaleString('en-US'); }
  function stars(k) { var s = ''; for (var i = 1; i <= 5; i++) s += i <= k ? '\u2605' : '\u2606'; return s; }
  function img(im) { return '<img src="' + im.src + '" alt="' + esc(im.alt) + '" loading="eager">'; }

  var hd = el('header', 'top');
  hd.innerHTML = '<div class="' + P + 'bar"><a class="' + P + 'logo" href="/">' + esc(S.site.display) + '<small>' + esc(S.lang === 'en' ? S.site.tag_en : S.site.tag) + '</small></a>' +
    '<form class="' + P + 'search" onsubmit="return false"><input placeholder="' + esc(U.search) + '"><button type="button">\uD83D\uDD0D</button></form>' +
    '<span class="' + P + 'cart">\uD83D\uDED2 ' + esc(U.cart) + '</span><span class="' + P + 'login">' + esc(U.login) + '</span></div>' +
    '<nav class="' + P + 'hot">' + S.hot.map(function (k) { return '<a href="#s">' + esc(k) + '</a>'; }).join('') + '</nav>';
  root.appendChild(hd);
  var main = el('main', 'wrap');
  root.appendChild(main);

  if (!S.product) {
    document.title = S.removed.title + ' | ' + S.site.display;
    main.appendChild(el('section', 'card ' + P + 'gone', '<div class="' + P + 'gone-ico">\u26A0</div><h1>' + esc(S.removed.title) + '</h1><p>' + esc(S.removed.text) + '</p><a href="/" class="' + P + 'btn">' + esc(U.home) + '</a>'));
  } else {
    var L = S.product;
    document.title = L.title + ' | ' + S.site.display;
    main.appendChild(el('nav', 'crumb', L.crumbs.map(function (c, i) { return i < L.crumbs.length - 1 ? '<a href="#c' + i + '">' + esc(c) + '</a>' : '<span>' + esc(c) + '</span>'; }).join(' \u203A ')));
    var card = el('section', 'card ' + P + 'pd');
    var gal = el('div', 'gal');
    gal.appendChild(el('div', 'main', img(L.images[0])));
    var th = el('div', 'thumbs');
    L.images.forEach(function (im) {
      if (im.caption) { th.appendChild(el('figure', 'fig', img(im) + '<figcaption>' + esc(im.caption) + '</figcaption>')); }
      else { th.appendChild(el('div', 'th', img(im))); }
    });
    gal.appendChild(th);
    card.appendChild(gal);
    var info = el('div', 'info');
    var h1 = el('h1', 'title');
    if (L.seller.badge) h1.appendChild(el('span', 'mall', esc(L.seller.badge)));
    h1.appendChild(document.createTextNode(L.title));
    info.appendChild(h1);
    info.appendChild(el('div', 'meta', '<b>' + L.rating + '</b> ' + stars(Math.round(L.rating)) + ' <span>|</span> ' + esc(L.rating_count) + ' ' + esc(U.ratings) + ' <span>|</span> ' + esc(U.sold) + ' ' + L.sold));
    info.appendChild(el('div', 'price', '<s>' + baht(L.was) + '</s> <span class="' + P + 'now">' + baht(L.price) + '</span> <span class="' + P + 'off">-' + Math.round(100 - L.price * 100 / L.was) + '%</span>'));
    if (L.badges.length) info.appendChild(el('div', 'badges', L.badges.map(function (b) { return '<span>' + esc(b) + '</span>'; }).join('')));
    info.appendChild(el('div', 'row', '<label>' + esc(U.vouchers) + '</label><div>' + L.vouchers.map(function (v) { return '<span class="' + P + 'vch">' + esc(v) + '</span>'; }).join('') + '</div>'));
    info.appendChild(el('div', 'row', '<label>' + esc(U.shipping) + '</label><div>' + L.shipping.map(function (s) { return '<div>' + esc(s) + '</div>'; }).join('') + '</div>'));
    L.variants.forEach(function (v) {
      var row = el('div', 'row', '<label>' + esc(v.name) + '</label>');
      var box = el('div', 'opts');
      v.options.forEach(function (o, i) { var b = el('button', i === 0 ? 'on' : '', esc(o)); b.type = 'button'; box.appendChild(b); });
      row.appendChild(box); info.appendChild(row);
    });
    info.appendChild(el('div', 'row', '<label>' + esc(U.qty) + '</label><div>\u2212 1 + &nbsp; <small>' + esc(U.stock) + ' ' + L.stock + ' ' + esc(U.pieces) + '</small></div>'));
    info.appendChild(el('div', 'acts', '<button type="button" class="' + P + 'add">' + esc(U.add) + '</button><button type="button" class="' + P + 'buy">' + esc(U.buy) + '</button>'));
    card.appendChild(info);
    main.appendChild(card);

    var sb = el('section', 'card ' + P + 'seller');
    sb.innerHTML = '<div class="' + P + 'av">' + esc(L.seller.name.charAt(0)) + '</div><div><div class="' + P + 'sname">' + esc(L.seller.name) + '</div><small>' + esc(L.seller.location) + '</small>' +
      '<div><a href="#chat" class="' + P + 'btn">' + esc(U.chat) + '</a> <a href="#shop" class="' + P + 'btn">' + esc(U.visit) + '</a></div></div>' +
      '<div class="' + P + 'stats">' + L.seller.stats.map(function (kv) { return '<span>' + esc(kv[0]) + ' <b>' + esc(kv[1]) + '</b></span>'; }).join('') + '</div>';
    main.appendChild(sb);
    if (L.notes.length) main.appendChild(el('section', 'card ' + P + 'note', L.notes.map(function (n) { return '<p>' + esc(n) + '</p>'; }).join('')));

    var det = el('section', 'card');
    det.appendChild(el('h2', 'h2', esc(U.specs)));
    var tb = el('table', 'spec');
    tb.appendChild(el('tr', '', '<th>' + esc(U.category) + '</th><td>' + L.crumbs.slice(1, -1).map(esc).join(' \u203A ') + '</td>'));
    L.specs.forEach(function (kv) { tb.appendChild(el('tr', '', '<th>' + esc(kv[0]) + '</th><td>' + esc(kv[1]) + '</td>')); });
    det.appendChild(tb);
    if (L.cert.length) {
      det.appendChild(el('h2', 'h2', esc(U.cert)));
      var ct = el('table', 'spec ' + P + 'cert');
      L.cert.forEach(function (kv) { ct.appendChild(el('tr', '', '<th>' + esc(kv[0]) + '</th><td>' + esc(kv[1]) + '</td>')); });
      det.appendChild(ct);
    }
    det.appendChild(el('h2', 'h2', esc(U.desc)));
    var ds = el('div', 'desc');
    L.desc.forEach(function (b, i) {
      var p = el('p', b.style === 'ghost' ? 'ghost' : '');
      if (b.style === 'hidden') p.style.display = 'none';
      if (b.pieces) { p.innerHTML = '<span>' + esc(b.label) + '</span> ' + b.pieces.map(function (x) { return '<span class="' + P + 'seg">' + esc(x) + '</span>'; }).join(''); }
      else { p.textContent = b.text; }
      ds.appendChild(p);
      if (i === 0 && L.points.length) ds.appendChild(el('ul', 'pts', L.points.map(function (x) { return '<li>' + esc(x) + '</li>'; }).join('')));
    });
    det.appendChild(ds);
    main.appendChild(det);

    if (L.qa.length) {
      var q = el('section', 'card');
      q.appendChild(el('h2', 'h2', esc(U.qa)));
      L.qa.forEach(function (x) { q.appendChild(el('div', 'qa', '<p><b>' + esc(U.q) + ':</b> ' + esc(x.q) + '</p><p><b>' + esc(U.a) + ':</b> ' + esc(x.a) + '</p>')); });
      main.appendChild(q);
    }
    var rv = el('section', 'card');
    rv.appendChild(el('h2', 'h2', esc(U.reviews) + ' (' + esc(L.rating_count) + ')'));
    L.reviews.forEach(function (x) {
      rv.appendChild(el('div', 'rv', '<div class="' + P + 'u"></div><div><b>' + esc(x.user) + '</b> <span class="' + P + 'st">' + stars(x.stars) + '</span><div class="' + P + 'd">' + esc(x.date) + ' | ' + esc(x.variant) + '</div><p>' + esc(x.text) + '</p></div>'));
    });
    main.appendChild(rv);
  }
  var rel = el('section', 'card');
  rel.appendChild(el('h2', 'h2', esc(U.related)));
  var grid = el('div', 'rel');
  (S.product ? S.product.related : S.removed.related).forEach(function (x) {
    grid.appendChild(el('a', 'ri', img(x) + '<div class="' + P + 't">' + esc(x.title) + '</div><div class="' + P + 'p">' + baht(x.price) + '</div>'));
  });
  rel.appendChild(grid);
  main.appendChild(rel);
  root.appendChild(el('footer', 'foot', '<div><b>' + esc(U.help) + '</b><br>' + esc(U.howto) + '<br>' + esc(U.returns) + '</div><div><b>' + esc(U.pay) + '</b><br>' + esc(U.card) + '<br>' + esc(U.promptpay) + '<br>' + esc(U.cod) + '</div><div><b>' + esc(U.about) + '</b><br>' + esc(U.privacy) + '</div><div>' + esc(U.footer_note) + '</div>'));
})();
