"""Structure `data-attr-template`: Vue/Alpine/Inertia-style pages whose data sits in a data-* attribute (JSON), an
x-data object, a <script type="application/json" data-product-json> block, or is stamped out of <template> elements
by a small inline script. The raw body holds little or no product text. Fictional demo data."""

from __future__ import annotations

from evals.extraction.common import attr_json, doc, esc, footer, img, market_header, page, script_json, GIF

S = "data-attr-template"
CSS = ".spec{display:flex;gap:12px;padding:4px 0;border-bottom:1px dashed #eee}.spec .k{color:#6b7280;width:160px}.rel .it{display:block}"

# Shared tiny renderer helpers (inline, no external code).
JS_HELPERS = """
function esc(s){return String(s==null?'':s).replace(/[&<>"']/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
function baht(n){return '\\u0E3F'+Number(n).toLocaleString('en-US');}
function stamp(tplId, fill){var t=document.getElementById(tplId);var n=t.content.firstElementChild.cloneNode(true);fill(n);return n;}
"""


@page("x-vu-purifier-dataattr", S, "th", title="เครื่องฟอกอากาศ PURAWA รุ่น PR-35 สำหรับห้อง 35 ตร.ม.", brand="PURAWA", model="PR-35", price=2490,
      seller="PURAWA Official", tis=["60335 เล่ม 2(65)-2564"], licences=["น51022-3/60335"],
      description="Product JSON in data-product on the mount element, related items in data-related; a script renders everything.")
def vu_purifier() -> str:
    product = {"name": "เครื่องฟอกอากาศ PURAWA รุ่น PR-35 สำหรับห้อง 35 ตร.ม.", "brand": "PURAWA", "model": "PR-35", "price": 2490, "was": 3590,
               "store": {"title": "PURAWA Official", "badge": "ร้านค้าทางการ"},
               "notes": ["กรอง HEPA H13 + คาร์บอน", "มาตรฐาน มอก. 60335 เล่ม 2(65)-2564", "ใบอนุญาตเลขที่ น 51022-3/60335"]}
    rel = [{"name": "ไส้กรอง HEPA PR-35F", "price": 690}, {"name": "เครื่องฟอกอากาศ 20 ตร.ม. PR-20", "price": 1690}]
    body = f"""{market_header("ช้อปดีดี", "th", "#0f766e")}
<main class="wrap"><div id="app" data-product="{attr_json(product)}" data-related="{attr_json(rel)}"><p class="loading">กำลังโหลด…</p></div></main>
{footer("th", "ช้อปดีดี")}
<script>{JS_HELPERS}
(function(){{var root=document.getElementById('app');var p=JSON.parse(root.dataset.product);var r=JSON.parse(root.dataset.related);
root.innerHTML='<section class="card" style="display:flex;gap:22px"><img src="{GIF}" alt="'+esc(p.name)+'" style="width:360px;height:360px"><div style="flex:1">'+
'<h1>'+esc(p.name)+'</h1><p>แบรนด์: '+esc(p.brand)+'</p><p>รุ่น: '+esc(p.model)+'</p>'+
'<p><b style="font-size:26px;color:#0f766e">'+baht(p.price)+'</b> <s>'+baht(p.was)+'</s></p>'+
'<ul>'+p.notes.map(function(n){{return '<li>'+esc(n)+'</li>';}}).join('')+'</ul></div>'+
'<aside class="card store-card" style="width:220px"><b>'+esc(p.store.title)+'</b><br>'+esc(p.store.badge)+'</aside></section>'+
'<section class="card"><h3>สินค้าที่เกี่ยวข้อง</h3><div class="rel">'+r.map(function(i){{return '<a class="it" href="#r">'+esc(i.name)+'<div class="p">'+baht(i.price)+'</div></a>';}}).join('')+'</div></section>';}})();
</script>"""
    return doc(lang="th", title="เครื่องฟอกอากาศ PURAWA PR-35 | ช้อปดีดี", body=body, css=CSS)


@page("x-vu-extinguisher-template", S, "th", title="ถังดับเพลิง SAFEFYRE ผงเคมีแห้ง 15 ปอนด์ รุ่น SF-15", brand="SAFEFYRE", model="SF-15", price=1290,
      seller="เซฟตี้เฟิร์ส ซัพพลาย", tis=["332-2537"], licences=["ท1190-2/332"],
      description="Spec rows and related items stamped from <template> elements (key and value in separate flex spans) using JSON in data-specs.")
def vu_extinguisher() -> str:
    specs = [["ยี่ห้อ", "SAFEFYRE"], ["รุ่น", "SF-15"], ["ขนาดบรรจุ", "15 ปอนด์ (6.8 กก.)"], ["ชนิดสาร", "ผงเคมีแห้ง ABC"],
             ["มาตรฐาน", "มอก. 332-2537"], ["เลขที่ใบอนุญาต", "ท 1190-2/332"]]
    rel = [["ขาแขวนถังดับเพลิง", 150], ["ถังดับเพลิง 10 ปอนด์ SF-10", 990], ["ป้ายจุดติดตั้งถังดับเพลิง", 45]]
    body = f"""{market_header("SafeMart เซฟมาร์ท", "th", "#b91c1c")}
<main class="wrap">
<section class="card" style="display:flex;gap:22px">{img("SAFEFYRE SF-15", 340, 340)}<div style="flex:1">
<h1>ถังดับเพลิง SAFEFYRE ผงเคมีแห้ง 15 ปอนด์ รุ่น SF-15</h1>
<div id="price" data-amount="1290" style="font-size:26px;color:#b91c1c"></div>
<ul id="specs" data-specs="{attr_json(specs)}"></ul>
<div class="shop-name">เซฟตี้เฟิร์ส ซัพพลาย</div></div></section>
<section class="card"><h3>สินค้าที่ซื้อคู่กันบ่อย</h3><div class="rel" id="rel" data-items="{attr_json(rel)}"></div></section>
</main>
<template id="spec-row"><li class="spec"><span class="k"></span><span class="v"></span></li></template>
<template id="rel-item"><a class="it" href="#r"><span class="t"></span><div class="p"></div></a></template>
{footer("th", "SafeMart เซฟมาร์ท")}
<script>{JS_HELPERS}
var pr=document.getElementById('price');pr.textContent=baht(pr.dataset.amount);
var ul=document.getElementById('specs');JSON.parse(ul.dataset.specs).forEach(function(s){{ul.appendChild(stamp('spec-row',function(n){{n.querySelector('.k').textContent=s[0];n.querySelector('.v').textContent=s[1];}}));}});
var rl=document.getElementById('rel');JSON.parse(rl.dataset.items).forEach(function(s){{rl.appendChild(stamp('rel-item',function(n){{n.querySelector('.t').textContent=s[0];n.querySelector('.p').textContent=baht(s[1]);}}));}});
</script>"""
    return doc(lang="th", title="ถังดับเพลิง SAFEFYRE รุ่น SF-15 | SafeMart", body=body, css=CSS)


@page("x-vu-tyre-inertia-en", S, "en", title="TYRELL Motorcycle Tyre 80/90-17 TR-S17", brand="TYRELL", model="TR-S17", price=590,
      seller="Moto Parts Express", tis=["2720-2560"], licences=["น7731-1/2720"],
      description="Inertia.js-style data-page JSON (component + props) rendered client-side; tyre size 80/90-17 as a decoy number.")
def vu_tyre() -> str:
    data = {"component": "Product/Show", "props": {
        "product": {"title": "TYRELL Motorcycle Tyre 80/90-17 TR-S17", "brand": "TYRELL", "model": "TR-S17", "price": 590, "size": "80/90-17",
                    "certs": ["TIS 2720-2560", "Licence No. N 7731-1/2720"]},
        "shop": {"name": "Moto Parts Express", "rating": 4.7},
        "related": [{"title": "Inner tube 2.50-17", "price": 120}, {"title": "TYRELL rear tyre 90/90-17 TR-S17R", "price": 650}]},
        "url": "/p/tyrell-tr-s17", "version": "a1b2c3"}
    body = f"""{market_header("MotoMall", "en", "#1f2937")}
<main class="wrap"><div id="app" data-page="{attr_json(data)}"></div></main>
{footer("en", "MotoMall")}
<script>{JS_HELPERS}
(function(){{var el=document.getElementById('app');var page=JSON.parse(el.dataset.page);var p=page.props.product,s=page.props.shop;
el.innerHTML='<section class="card"><h1>'+esc(p.title)+'</h1><p>Brand: '+esc(p.brand)+' · Model: '+esc(p.model)+' · Size '+esc(p.size)+'</p>'+
'<p style="font-size:26px">'+baht(p.price)+' <small>per tyre</small></p><p>'+p.certs.map(esc).join(' · ')+'</p>'+
'<p>Sold by '+esc(s.name)+' ('+s.rating+' ★)</p></section><section class="card"><h3>Related</h3>'+
page.props.related.map(function(r){{return '<div>'+esc(r.title)+' — '+baht(r.price)+'</div>';}}).join('')+'</section>';}})();
</script>"""
    return doc(lang="en", title="TYRELL TR-S17 80/90-17 | MotoMall", body=body, css=CSS)


@page("x-vu-nipple-productjson", S, "th", title="จุกนมยางซิลิโคน BABYMOO ไซส์ M แพ็ค 3 ชิ้น รุ่น BM-N3", brand="BABYMOO", model="BM-N3", price=129,
      seller="BabyMoo Thailand", tis=["969-2562"], licences=["น6113-1/969"],
      description="Store-theme product JSON (<script type=application/json data-product-json>) with price in satang (12900); rendered as ฿129.00.")
def vu_nipple() -> str:
    data = {"id": 70011, "title": "จุกนมยางซิลิโคน BABYMOO ไซส์ M แพ็ค 3 ชิ้น รุ่น BM-N3", "vendor": "BABYMOO", "type": "จุกนม",
            "price": 12900, "compare_at_price": 15900, "variants": [{"sku": "BM-N3-M", "title": "M (3-6 เดือน)", "price": 12900},
                                                                    {"sku": "BM-N3-L", "title": "L (6 เดือนขึ้นไป)", "price": 13900}],
            "tags": ["มอก. 969-2562", "ใบอนุญาต น 6113-1/969"]}
    body = f"""<header style="padding:14px 24px;background:#fce7f3"><b style="font-size:20px">BabyMoo Thailand</b> · ของใช้เด็กอ่อน</header>
<main class="wrap"><section class="card" id="product" style="display:flex;gap:22px">{img("BABYMOO BM-N3", 320, 320)}<div id="info" style="flex:1"></div></section>
<p>ขายและจัดส่งโดย BabyMoo Thailand · โทร 02-555-0164</p></main>
<script type="application/json" data-product-json>{script_json(data)}</script>
<script>{JS_HELPERS}
(function(){{var d=JSON.parse(document.querySelector('[data-product-json]').textContent);function money(c){{return '\\u0E3F'+(c/100).toFixed(2);}}
document.getElementById('info').innerHTML='<h1>'+esc(d.title)+'</h1><p>แบรนด์: '+esc(d.vendor)+'</p><p style="font-size:24px">'+money(d.price)+' <s>'+money(d.compare_at_price)+'</s></p>'+
'<p>ตัวเลือก: '+d.variants.map(function(v){{return esc(v.title)+' '+money(v.price);}}).join(' / ')+'</p><p>'+d.tags.map(esc).join(' · ')+'</p>';}})();
</script>"""
    return doc(lang="th", title="จุกนมยางซิลิโคน BABYMOO รุ่น BM-N3 – BabyMoo Thailand", body=body, css=CSS)


@page("x-vu-gas-xdata", S, "mixed", title="ถังแก๊สปิคนิค GASSY 4 กก. รุ่น GS-4", brand="GASSY", model="GS-4", price=690,
      seller="แก๊สดีบ้านสวน", tis=["27-2543"], licences=["ท112-5/27"],
      description="Alpine-style x-data object literal with x-text bindings and a <template x-for> related list, run by a tiny inline runtime.")
def vu_gas() -> str:
    xdata = ("{ item: { name: 'ถังแก๊สปิคนิค GASSY 4 กก. รุ่น GS-4', brand: 'GASSY', model: 'GS-4', price: 690, seller: 'แก๊สดีบ้านสวน', "
             "std: 'มอก. 27-2543', lic: 'ท 112-5/27' }, related: [ { n: 'หัวเตาแก๊สปิคนิค', p: 159 }, { n: 'สายแก๊สพร้อมเข็มขัด 2 ม.', p: 120 } ] }")
    body = f"""{market_header("ร้านค้าชุมชนออนไลน์", "th", "#92400e")}
<main class="wrap"><section class="card" x-data="{esc(xdata)}">
<h1 x-text="item.name"></h1>
<p>Brand / ยี่ห้อ: <span x-text="item.brand"></span></p>
<p>Model / รุ่น: <span x-text="item.model"></span></p>
<p style="font-size:26px;color:#92400e" x-text="'฿' + item.price.toLocaleString('en-US')"></p>
<p><span x-text="item.std"></span> · ใบอนุญาต <span x-text="item.lic"></span></p>
<p>ร้าน: <b x-text="item.seller"></b></p>
<h3>ซื้อเพิ่ม</h3><ul><template x-for="r in related"><li><span x-text="r.n"></span> <b x-text="'฿' + r.p"></b></li></template></ul>
</section></main>
{footer("th", "ร้านค้าชุมชนออนไลน์")}
<script>
(function(){{
 function ev(expr, scope){{ return new Function('scope', 'with(scope){{ return (' + expr + '); }}')(scope); }}
 function walk(node, scope){{
  if (node.nodeType !== 1) return;
  if (node.tagName === 'TEMPLATE' && node.hasAttribute('x-for')) {{
   var m = node.getAttribute('x-for').match(/^\\s*(\\w+)\\s+in\\s+(.+)$/); var list = ev(m[2], scope);
   list.forEach(function(v){{ var s = Object.create(scope); s[m[1]] = v; var c = node.content.firstElementChild.cloneNode(true); walk(c, s); node.parentNode.insertBefore(c, node); }});
   return;
  }}
  if (node.hasAttribute('x-text')) node.textContent = ev(node.getAttribute('x-text'), scope);
  Array.prototype.slice.call(node.children).forEach(function(ch){{ walk(ch, scope); }});
 }}
 document.querySelectorAll('[x-data]').forEach(function(root){{ walk(root, ev(root.getAttribute('x-data'), {{}})); }});
}})();
</script>"""
    return doc(lang="th", title="ถังแก๊สปิคนิค GASSY 4 กก. | ร้านค้าชุมชนออนไลน์", body=body, css=CSS)


@page("x-vu-glass-dataattrs-en", S, "en", title="GLASSA Tempered Glass Shower Panel 8 mm GL-8", brand="GLASSA", model="GL-8", price=1850,
      seller="Bathroom Studio", tis=["965-2560"], licences=["ท3301-4/965"],
      description="Facts in data-* attributes on the buy button and a dataLayer push; a 'recently viewed' strip stamped from a <template> with other prices.")
def vu_glass() -> str:
    recent = [{"name": "Shower caddy, stainless", "price": 390}, {"name": "Rain shower set 10 inch", "price": 2490}]
    body = f"""<div class="card" style="margin:0;border-radius:0"><b>Recently viewed</b><div id="recent" class="rel" data-items="{attr_json(recent)}"></div></div>
{market_header("HomeBuild", "en", "#0e7490")}
<main class="wrap"><section class="card" style="display:flex;gap:22px">{img("GLASSA GL-8", 340, 340)}<div style="flex:1">
<h1>GLASSA Tempered Glass Shower Panel 8 mm GL-8</h1>
<p>Brand: GLASSA</p><p>Model: GL-8 · Size 90 x 200 cm</p>
<p id="price" style="font-size:26px"></p>
<p>TIS 965-2560 · TISI licence T 3301-4/965</p>
<p>Sold by Bathroom Studio</p>
<button id="buy" data-product-name="GLASSA Tempered Glass Shower Panel 8 mm GL-8" data-brand="GLASSA" data-sku="GL-8-90200" data-price="1850" data-currency="THB">Add to cart</button>
</div></section></main>
<template id="recent-item"><a class="it" href="#r"><span class="t"></span> <span class="p"></span></a></template>
{footer("en", "HomeBuild")}
<script>{JS_HELPERS}
window.dataLayer = window.dataLayer || [];
var b=document.getElementById('buy').dataset;
window.dataLayer.push({{event:'view_item', ecommerce:{{currency:b.currency, value:Number(b.price), items:[{{item_name:b.productName, item_brand:b.brand, item_id:b.sku, price:Number(b.price)}}]}}}});
document.getElementById('price').textContent=baht(b.price);
var rc=document.getElementById('recent');JSON.parse(rc.dataset.items).forEach(function(s){{rc.appendChild(stamp('recent-item',function(n){{n.querySelector('.t').textContent=s.name;n.querySelector('.p').textContent=baht(s.price);}}));}});
</script>"""
    return doc(lang="en", title="GLASSA GL-8 Shower Panel | HomeBuild", body=body, css=CSS)
