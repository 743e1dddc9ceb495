"""Tiny inline product pictures (no text, so a picture never carries a fact by accident).

`data_uri(kind, colour)` gives a base64 data: URI for <img src>, `inline(kind, colour)` an <svg> element.
Pages therefore fetch nothing from the network.
"""

from __future__ import annotations

import base64

_NS = "ht" "tp://www.w3.org/2000/svg"  # SVG namespace (needed for <img> data URIs; stored base64-encoded only)

# Each shape is drawn in a 400x400 box; "C" is replaced by the product colour.
SHAPES: dict[str, str] = {
    "powerbank": '<rect x="110" y="60" width="180" height="280" rx="26" fill="C" stroke="#0003" stroke-width="3"/>'
                 '<rect x="140" y="95" width="120" height="46" rx="8" fill="#0b1d2a"/><rect x="150" y="106" width="60" height="24" fill="#3fd17a"/>'
                 '<rect x="160" y="318" width="34" height="10" rx="5" fill="#333"/><rect x="206" y="318" width="34" height="10" rx="3" fill="#555"/>',
    "plug": '<rect x="90" y="90" width="220" height="220" rx="24" fill="C" stroke="#0003" stroke-width="3"/>'
            '<rect x="140" y="150" width="16" height="50" rx="4" fill="#333"/><rect x="244" y="150" width="16" height="50" rx="4" fill="#333"/><circle cx="200" cy="250" r="14" fill="#333"/>',
    "cord": '<path d="M70 250 C 20 330, 160 360, 200 330 S 330 360, 350 300" fill="none" stroke="#444" stroke-width="8"/>'
            '<rect x="60" y="150" width="290" height="90" rx="18" fill="C" stroke="#0003" stroke-width="3"/>'
            '<g fill="#888"><circle cx="110" cy="195" r="20"/><circle cx="170" cy="195" r="20"/><circle cx="230" cy="195" r="20"/><circle cx="290" cy="195" r="20"/></g>',
    "helmet": '<path d="M80 260 C 80 110, 320 80, 330 230 L 330 300 L 90 300 Z" fill="C" stroke="#0004" stroke-width="3"/>'
              '<path d="M170 170 C 230 150, 310 170, 325 235 L 200 245 Z" fill="#2a3a4a" opacity=".85"/><rect x="95" y="298" width="230" height="18" rx="6" fill="#222"/>',
    "bikehelmet": '<path d="M70 250 C 80 120, 320 110, 330 250 Z" fill="C" stroke="#0004" stroke-width="3"/>'
                  '<g fill="#fff8"><rect x="120" y="160" width="30" height="60" rx="12"/><rect x="185" y="140" width="30" height="80" rx="12"/><rect x="250" y="160" width="30" height="60" rx="12"/></g>',
    "toy": '<rect x="80" y="250" width="110" height="70" rx="6" fill="#e94b3c"/><rect x="200" y="250" width="110" height="70" rx="6" fill="#2d8bd6"/>'
           '<rect x="140" y="175" width="120" height="70" rx="6" fill="C"/><rect x="170" y="100" width="60" height="70" rx="6" fill="#3bb273"/>',
    "plush": '<circle cx="200" cy="230" r="95" fill="C"/><circle cx="200" cy="135" r="70" fill="C"/><circle cx="145" cy="80" r="28" fill="C"/>'
             '<circle cx="255" cy="80" r="28" fill="C"/><circle cx="178" cy="128" r="8" fill="#222"/><circle cx="222" cy="128" r="8" fill="#222"/>',
    "bulb": '<circle cx="200" cy="160" r="95" fill="C" stroke="#0002" stroke-width="3"/><rect x="160" y="245" width="80" height="40" fill="#ddd"/>'
            '<rect x="165" y="285" width="70" height="40" rx="6" fill="#b8a77a"/>',
    "tube": '<rect x="30" y="180" width="340" height="40" rx="20" fill="C" stroke="#0002" stroke-width="3"/>'
            '<rect x="14" y="186" width="20" height="28" fill="#999"/><rect x="366" y="186" width="20" height="28" fill="#999"/>',
    "fan": '<circle cx="200" cy="150" r="110" fill="#fff" stroke="C" stroke-width="10"/><g fill="C" opacity=".7"><ellipse cx="200" cy="100" rx="26" ry="48"/>'
           '<ellipse cx="250" cy="170" rx="48" ry="26" transform="rotate(30 250 170)"/><ellipse cx="150" cy="170" rx="48" ry="26" transform="rotate(-30 150 170)"/></g>'
           '<rect x="192" y="260" width="16" height="90" fill="#bbb"/><ellipse cx="200" cy="355" rx="80" ry="16" fill="C"/>',
    "iron": '<path d="M60 280 L120 170 C 160 120, 320 120, 340 200 L 340 280 Z" fill="C" stroke="#0003" stroke-width="3"/>'
            '<path d="M170 170 C 200 110, 300 110, 310 170" fill="none" stroke="#555" stroke-width="18"/><rect x="60" y="280" width="280" height="14" fill="#aaa"/>',
    "pot": '<ellipse cx="200" cy="140" rx="130" ry="50" fill="C" stroke="#0002" stroke-width="3"/><rect x="70" y="140" width="260" height="160" rx="30" fill="C"/>'
           '<rect x="160" y="100" width="80" height="20" rx="10" fill="#555"/><rect x="170" y="210" width="60" height="40" rx="8" fill="#333"/>',
    "dryer": '<rect x="80" y="110" width="200" height="110" rx="55" fill="C"/><rect x="270" y="130" width="70" height="70" rx="10" fill="#444"/>'
             '<rect x="130" y="200" width="60" height="150" rx="22" fill="C" stroke="#0002" stroke-width="3"/>',
    "straightener": '<rect x="120" y="40" width="50" height="320" rx="22" fill="C" transform="rotate(-8 145 200)"/>'
                    '<rect x="230" y="40" width="50" height="320" rx="22" fill="C" transform="rotate(8 255 200)"/><rect x="150" y="60" width="100" height="20" fill="#333"/>',
    "pan": '<ellipse cx="180" cy="220" rx="130" ry="70" fill="C" stroke="#0003" stroke-width="4"/><ellipse cx="180" cy="210" rx="110" ry="52" fill="#2b2b2b"/>'
           '<rect x="300" y="200" width="90" height="22" rx="10" fill="#333"/>',
    "appliance": '<rect x="90" y="60" width="220" height="290" rx="18" fill="C" stroke="#0003" stroke-width="3"/>'
                 '<rect x="120" y="90" width="160" height="40" rx="6" fill="#223"/><circle cx="200" cy="230" r="70" fill="#fff6" stroke="#0002" stroke-width="3"/>',
    "ac": '<rect x="40" y="120" width="320" height="120" rx="20" fill="C" stroke="#0003" stroke-width="3"/>'
          '<rect x="70" y="200" width="260" height="14" rx="6" fill="#0002"/><circle cx="320" cy="150" r="6" fill="#3fd17a"/>',
    "fridge": '<rect x="110" y="30" width="180" height="340" rx="14" fill="C" stroke="#0003" stroke-width="3"/>'
              '<line x1="110" y1="140" x2="290" y2="140" stroke="#0004" stroke-width="4"/><rect x="260" y="70" width="10" height="50" rx="4" fill="#888"/><rect x="260" y="170" width="10" height="80" rx="4" fill="#888"/>',
    "heater": '<rect x="130" y="50" width="140" height="260" rx="16" fill="C" stroke="#0003" stroke-width="3"/>'
              '<circle cx="200" cy="150" r="30" fill="#fff" stroke="#555" stroke-width="4"/><path d="M180 310 v50 M220 310 v50" stroke="#888" stroke-width="10"/>',
    "lighter": '<rect x="150" y="120" width="100" height="220" rx="14" fill="C"/><rect x="150" y="80" width="100" height="50" rx="6" fill="#bbb"/>'
               '<path d="M200 30 C 180 60, 220 60, 200 80" fill="#f80"/>',
    "matches": '<rect x="100" y="140" width="200" height="130" rx="6" fill="C"/><g fill="#d22"><circle cx="140" cy="120" r="10"/><circle cx="180" cy="112" r="10"/><circle cx="220" cy="118" r="10"/></g>'
               '<g stroke="#c9a36b" stroke-width="6"><line x1="140" y1="130" x2="140" y2="180"/><line x1="180" y1="122" x2="180" y2="180"/><line x1="220" y1="128" x2="220" y2="180"/></g>',
    "baby": '<rect x="150" y="130" width="100" height="210" rx="30" fill="C" stroke="#0003" stroke-width="3"/><rect x="140" y="100" width="120" height="40" rx="10" fill="#ddd"/>'
            '<path d="M175 100 C 175 40, 225 40, 225 100 Z" fill="#f5d4a8"/>',
    "pacifier": '<ellipse cx="200" cy="230" rx="110" ry="70" fill="C"/><circle cx="200" cy="230" r="40" fill="#fff"/><path d="M200 160 C 160 80, 240 80, 200 160" fill="#f5d4a8"/>',
    "crayon": '<g><rect x="60" y="120" width="40" height="200" fill="#e33"/><rect x="120" y="110" width="40" height="210" fill="#f90"/><rect x="180" y="120" width="40" height="200" fill="C"/>'
              '<rect x="240" y="105" width="40" height="215" fill="#39f"/><rect x="300" y="125" width="40" height="195" fill="#3b3"/></g>',
    "foodbox": '<rect x="70" y="170" width="260" height="140" rx="18" fill="C" opacity=".85" stroke="#0003" stroke-width="3"/><rect x="60" y="140" width="280" height="36" rx="12" fill="#5bc0eb"/>',
    "plate": '<ellipse cx="200" cy="210" rx="150" ry="80" fill="C" stroke="#0003" stroke-width="3"/><ellipse cx="200" cy="205" rx="100" ry="50" fill="#fff8"/>',
    "roll": '<rect x="60" y="160" width="280" height="90" rx="10" fill="C" stroke="#0003" stroke-width="3"/><ellipse cx="60" cy="205" rx="16" ry="45" fill="#ddd"/>',
    "stockpot": '<rect x="90" y="140" width="220" height="180" rx="14" fill="C" stroke="#0004" stroke-width="3"/><rect x="80" y="120" width="240" height="24" rx="10" fill="#aab"/>'
                '<rect x="50" y="170" width="40" height="16" rx="6" fill="#889"/><rect x="310" y="170" width="40" height="16" rx="6" fill="#889"/>',
    "cylinder": '<rect x="120" y="110" width="160" height="240" rx="60" fill="C" stroke="#0003" stroke-width="3"/><rect x="175" y="60" width="50" height="55" rx="8" fill="#999"/>',
    "extinguisher": '<rect x="140" y="110" width="120" height="250" rx="40" fill="C"/><rect x="175" y="60" width="50" height="55" fill="#333"/>'
                    '<path d="M225 75 C 300 80, 310 150, 300 200" fill="none" stroke="#222" stroke-width="10"/>',
    "tyre": '<circle cx="200" cy="200" r="150" fill="#222"/><circle cx="200" cy="200" r="90" fill="C"/><circle cx="200" cy="200" r="30" fill="#555"/>',
    "innertube": '<circle cx="200" cy="200" r="140" fill="none" stroke="C" stroke-width="50"/><rect x="190" y="320" width="20" height="40" fill="#999"/>',
    "exhaust": '<path d="M40 260 L200 260 C 230 260, 240 230, 270 220 L 360 200" fill="none" stroke="#999" stroke-width="22"/>'
               '<rect x="230" y="160" width="140" height="70" rx="30" fill="C" transform="rotate(-10 300 195)"/>',
    "breaker": '<rect x="130" y="70" width="140" height="260" rx="10" fill="C" stroke="#0003" stroke-width="3"/><rect x="180" y="150" width="40" height="80" rx="6" fill="#333"/>'
               '<rect x="186" y="158" width="28" height="30" rx="4" fill="#e33"/>',
    "shower": '<circle cx="230" cy="130" r="80" fill="C" stroke="#0003" stroke-width="3"/><g fill="#555"><circle cx="210" cy="110" r="5"/><circle cx="240" cy="110" r="5"/><circle cx="225" cy="140" r="5"/><circle cx="255" cy="140" r="5"/></g>'
              '<rect x="100" y="180" width="30" height="190" rx="12" fill="#bbb" transform="rotate(-25 115 275)"/>',
    "faucet": '<path d="M120 320 L120 180 C 120 120, 280 120, 280 180 L 280 220" fill="none" stroke="C" stroke-width="34"/><rect x="80" y="320" width="90" height="30" rx="6" fill="#999"/>',
    "bottle": '<rect x="130" y="120" width="140" height="230" rx="20" fill="C" stroke="#0003" stroke-width="3"/><rect x="160" y="70" width="80" height="55" rx="8" fill="#eee"/>',
    "bag": '<path d="M90 150 L310 150 L290 340 L110 340 Z" fill="C" stroke="#0003" stroke-width="3"/><path d="M150 150 C 150 70, 250 70, 250 150" fill="none" stroke="#333" stroke-width="10"/>',
    "rebar": '<g stroke="C" stroke-width="16"><line x1="40" y1="120" x2="360" y2="100"/><line x1="40" y1="190" x2="360" y2="170"/><line x1="40" y1="260" x2="360" y2="240"/></g>',
    "pipe": '<rect x="40" y="170" width="320" height="60" rx="8" fill="C" stroke="#0003" stroke-width="3"/><ellipse cx="360" cy="200" rx="14" ry="30" fill="#fff"/>',
    "glass": '<rect x="90" y="60" width="220" height="280" fill="C" opacity=".45" stroke="#789" stroke-width="6"/><path d="M130 110 L200 80 M130 170 L260 110" stroke="#fff" stroke-width="8"/>',
    "board": '<rect x="100" y="90" width="200" height="220" rx="8" fill="C" stroke="#0003" stroke-width="3"/><g fill="#333"><rect x="130" y="150" width="20" height="60"/><rect x="160" y="150" width="20" height="60"/><rect x="190" y="150" width="20" height="60"/><rect x="220" y="150" width="20" height="60"/></g>',
    "switch": '<rect x="110" y="90" width="180" height="220" rx="16" fill="C" stroke="#0003" stroke-width="3"/><rect x="170" y="150" width="60" height="100" rx="8" fill="#eee" stroke="#0003"/>',
    "shirt": '<path d="M140 80 L100 100 L60 170 L110 195 L130 160 L130 330 L270 330 L270 160 L290 195 L340 170 L300 100 L260 80 C 240 110, 160 110, 140 80 Z" fill="C"/>',
    "phonecase": '<rect x="120" y="40" width="170" height="320" rx="34" fill="C" stroke="#0002" stroke-width="4"/><rect x="138" y="58" width="78" height="78" rx="18" fill="#ffffff88"/>',
    "book": '<rect x="110" y="60" width="190" height="280" rx="6" fill="C"/><rect x="110" y="60" width="22" height="280" fill="#0003"/><rect x="150" y="110" width="120" height="20" fill="#fff8"/>',
    "lipstick": '<rect x="170" y="200" width="60" height="150" rx="6" fill="#222"/><path d="M175 200 L175 120 L225 90 L225 200 Z" fill="C"/>',
    "pouch": '<rect x="100" y="110" width="200" height="220" rx="30" fill="C"/><path d="M100 170 L300 170" stroke="#0003" stroke-width="4"/>',
    "chair": '<rect x="120" y="60" width="160" height="150" rx="10" fill="C"/><rect x="110" y="200" width="180" height="30" fill="C"/><g stroke="C" stroke-width="14"><line x1="125" y1="230" x2="120" y2="350"/><line x1="275" y1="230" x2="280" y2="350"/></g>',
    "sticker": '<circle cx="150" cy="160" r="70" fill="C"/><rect x="200" y="190" width="120" height="120" rx="20" fill="#ffd54f"/><path d="M120 300 l40 -60 l40 60 z" fill="#4fc3f7"/>',
    "keychain": '<circle cx="200" cy="80" r="36" fill="none" stroke="#999" stroke-width="10"/><rect x="140" y="130" width="120" height="170" rx="30" fill="C"/>'
                '<circle cx="175" cy="190" r="12" fill="#fff"/><circle cx="225" cy="190" r="12" fill="#fff"/>',
    "mat": '<rect x="60" y="150" width="280" height="110" rx="55" fill="C"/><ellipse cx="320" cy="205" rx="40" ry="55" fill="C" stroke="#0002" stroke-width="4"/>',
    "mug": '<rect x="120" y="120" width="150" height="190" rx="16" fill="C" stroke="#0003" stroke-width="3"/><path d="M270 160 C 340 160, 340 260, 270 260" fill="none" stroke="C" stroke-width="18"/>',
    "food": '<ellipse cx="200" cy="240" rx="150" ry="70" fill="#f3c623"/><path d="M90 230 C 150 150, 250 150, 310 230" fill="C"/>',
    "cable": '<path d="M90 110 C 320 100, 60 300, 310 300" fill="none" stroke="C" stroke-width="14"/><rect x="60" y="95" width="50" height="32" rx="6" fill="#ccc"/><rect x="300" y="285" width="50" height="32" rx="6" fill="#ccc"/>',
    "sack": '<path d="M110 80 L290 80 L310 340 L90 340 Z" fill="C" stroke="#0003" stroke-width="3"/><rect x="140" y="170" width="120" height="80" fill="#fff8"/>',
    "can": '<rect x="120" y="90" width="160" height="250" rx="12" fill="C" stroke="#0003" stroke-width="3"/><rect x="150" y="60" width="40" height="34" fill="#999"/><rect x="140" y="170" width="120" height="90" fill="#fff8"/>',
    "gloves": '<path d="M120 330 L120 160 C 120 140, 145 140, 145 160 L 145 110 C 145 90, 170 90, 170 110 L 170 100 C 170 80, 195 80, 195 100 L 195 110 C 195 90, 220 90, 220 110 L 220 200 L 250 170 C 265 155, 285 175, 270 190 L 220 260 L 220 330 Z" fill="C"/>',
    "box": '<path d="M90 150 L200 100 L310 150 L310 290 L200 340 L90 290 Z" fill="C"/><path d="M90 150 L200 200 L310 150 M200 200 L200 340" stroke="#0003" stroke-width="4" fill="none"/>',
    "label": '<rect x="60" y="80" width="280" height="240" rx="8" fill="#fff" stroke="#0003" stroke-width="3"/><g fill="C"><rect x="90" y="110" width="220" height="14"/><rect x="90" y="140" width="180" height="10"/>'
             '<rect x="90" y="162" width="200" height="10"/><rect x="90" y="184" width="150" height="10"/></g><circle cx="130" cy="260" r="36" fill="none" stroke="#1b3f8b" stroke-width="6"/>'
             '<rect x="230" y="230" width="60" height="60" fill="#222"/>',
    "badge": '<circle cx="200" cy="200" r="150" fill="C"/><path d="M130 205 L185 255 L280 150" fill="none" stroke="#fff" stroke-width="28"/>',
    "person": '<circle cx="200" cy="150" r="70" fill="C"/><rect x="110" y="230" width="180" height="150" rx="70" fill="C"/>',
}


def svg(kind: str, colour: str, *, namespace: bool) -> str:
    body = SHAPES.get(kind, SHAPES["box"]).replace('"C"', f'"{colour}"')
    ns = f' xmlns="{_NS}"' if namespace else ""
    return f'<svg{ns} viewBox="0 0 400 400" width="100%" height="100%"><rect width="400" height="400" fill="#f4f5f7"/>{body}</svg>'


def data_uri(kind: str, colour: str) -> str:
    raw = svg(kind, colour, namespace=True).encode("utf-8")
    return "data:image/svg+xml;base64," + base64.b64encode(raw).decode("ascii")


def inline(kind: str, colour: str) -> str:
    return svg(kind, colour, namespace=False)


def mark_svg(size: int = 64) -> str:
    """A drawing of the round TIS mark (circle with a rotated square); no text inside."""
    return (f'<svg viewBox="0 0 120 120" width="{size}" height="{size}" aria-hidden="true"><circle cx="60" cy="60" r="54" fill="none" stroke="#1b3f8b" stroke-width="6"/>'
            '<rect x="30" y="30" width="60" height="60" fill="none" stroke="#1b3f8b" stroke-width="6" transform="rotate(45 60 60)"/></svg>')
