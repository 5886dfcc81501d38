#!/usr/bin/env python3
"""Regenerate the copycheck dev set: products.csv, copies.jsonl, labels.jsonl.

Everything here was written by hand (blind to the checker under test).  The script only
lays the hand-written data out in the required formats, shuffles the copies with a fixed
seed and assigns ids.  Run:  /work/main/.venv/bin/python make_set.py
"""
from __future__ import annotations

import csv
import json
import random
import re
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# attribute columns
# ---------------------------------------------------------------------------
LABELS = {
    "material": "Material",
    "capacity": "Capacity",
    "weight": "Weight",
    "dimensions": "Dimensions",
    "wattage": "Wattage",
    "battery_life": "Battery life",
    "age_range": "Age range",
    "warranty": "Warranty",
    "certifications": "Certifications",
    "compatible_with": "Compatible with",
    "dishwasher_safe": "Dishwasher safe",
    "waterproof": "Waterproof",
    "cordless": "Cordless",
    "pieces": "Pieces",
    "bpa_free": "BPA-free",
    "spf": "SPF",
    "upf": "Canopy UPF",
    "magsafe": "MagSafe",
    "lumens": "Brightness",
    "gsm": "Fabric weight",
    "origin": "Country of origin",
    "fit_range": "Head circumference",
    "laser": "Laser colour",
    "care": "Care instructions",
    "noise_cancelling": "Noise cancelling",
    "induction_compatible": "Induction compatible",
}


def label_for(key: str) -> str:
    return LABELS.get(key) or key.replace("_", " ").capitalize()


PRODUCTS: list[dict] = []


def P(handle, title, vendor, type_, cat, tags="", body="", opts=None, price=0.0,
      compare=None, grams=0, sku="", attrs=None):
    """One product.  opts: [(name, [values])] (0-2 options).  price/grams: scalar or
    dict keyed by option1 value."""
    PRODUCTS.append(dict(handle=handle, title=title, vendor=vendor, type=type_, cat=cat,
                         tags=tags, body=body, opts=opts or [], price=price,
                         compare=compare, grams=grams, sku=sku, attrs=attrs or {}))


# ===========================================================================
# KITCHEN
# ===========================================================================
P("copper-core-saute-pan", "Harlow & Finch Copper Core Sauté Pan", "Harlow & Finch",
  "Sauté Pan", "Home & Garden > Kitchen & Dining > Cookware > Sauté Pans",
  "cookware, copper, induction, gift",
  "<p>A copper core wrapped in 18/10 stainless steel heats evenly from edge to edge. "
  "The riveted stainless handle stays cool on the stovetop.</p>"
  "<p>Hand wash recommended to keep the copper band bright.</p>",
  opts=[("Size", ["10 in", "12 in"])], price={"10 in": 119.00, "12 in": 139.00},
  compare={"10 in": 149.00, "12 in": 169.00}, grams={"10 in": 1450, "12 in": 1950},
  sku="HF-CCS",
  attrs=dict(material="5-ply: 18/10 stainless steel with copper core",
             capacity="10 in: 3 qt; 12 in: 5 qt",
             oven_safe="Up to 500°F", dishwasher_safe="No", induction_compatible="Yes",
             warranty="Lifetime limited warranty"))

P("brightwell-glass-kettle", "Brightwell 1.7 L Glass Electric Kettle", "Brightwell",
  "Electric Kettle", "Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles",
  "kettle, tea, glass",
  "<p>Boils a full kettle in about five minutes. Auto shut-off and boil-dry protection. "
  "A blue LED glows while it heats.</p><ul><li>BPA-free</li><li>One-touch lid release</li></ul>",
  price=39.99, grams=1300, sku="BW-GK17",
  attrs=dict(capacity="1.7 L", wattage="1500 W",
             material="Borosilicate glass, 304 stainless steel base",
             cordless="Yes (360° swivel base)", certifications="UL, FCC", warranty="1 year",
             voltage="120 V"))

P("kuroshio-gyuto-8", "Kuroshio 8\" Gyuto Chef's Knife", "Kuroshio", "Chef Knife",
  "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives",
  "knife, japanese, damascus",
  "<p>Hand-sharpened to a 15° edge per side. Arrives in a magnetic gift box.</p>",
  price=129.00, grams=180, sku="KS-GY8",
  attrs=dict(blade_length="8 in (20 cm)",
             material="VG-10 stainless steel core, 67-layer Damascus cladding",
             handle_material="Pakkawood", dishwasher_safe="No", hardness="60±2 HRC",
             weight="6.3 oz", warranty="Lifetime"))

P("flexichef-spatula-set", "FlexiChef Silicone Spatula Set, 5 Pieces", "FlexiChef",
  "Spatula Set", "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Spatulas",
  "silicone, utensils, baking", "",
  opts=[("Color", ["Sage Green", "Charcoal", "Blush Pink"])], price=19.99, grams=320,
  sku="FC-SPS5",
  attrs=dict(pieces="5", material="Food-grade silicone with stainless steel core",
             heat_resistance="Up to 480°F (250°C)", dishwasher_safe="Yes", bpa_free="Yes"))

P("ironvale-dutch-oven", "Ironvale Enameled Cast Iron Dutch Oven 5.5 Qt", "Ironvale",
  "Dutch Oven", "Home & Garden > Kitchen & Dining > Cookware > Dutch Ovens",
  "cast iron, enamel, braiser",
  "<p>Even, steady heat for braises, bread and soups. Tight-fitting lid with self-basting "
  "ridges.</p><p>Dishwasher safe, but hand washing keeps the enamel glossy longer.</p>",
  opts=[("Color", ["Cherry Red", "Cobalt", "Matte Black"])], price=89.95, compare=119.95,
  grams=5900, sku="IV-DO55",
  attrs=dict(capacity="5.5 qt", material="Enameled cast iron", weight="13 lb",
             oven_safe="Up to 500°F", induction_compatible="Yes",
             dimensions="13.5 x 10.6 x 6.3 in (with handles)"))

P("greenleaf-bamboo-boards", "Greenleaf Bamboo Cutting Board Set", "Greenleaf Home",
  "Cutting Board", "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards",
  "bamboo, eco, prep",
  "<p>Set of 3 boards made from Moso bamboo. Deep juice groove on the large board.</p>"
  "<ul><li>Large: 15 x 10 in</li><li>Medium: 12 x 8 in</li><li>Small: 9 x 6 in</li></ul>"
  "<p>Hand wash only. Not dishwasher safe. Oil monthly with food-safe mineral oil.</p>",
  price=34.50, grams=2100, sku="GL-BCB3",
  attrs=dict(pieces="3", certifications="FSC 100%"))

P("morning-ritual-gift-box", "Morning Ritual Gift Box", "Common Table", "Gift Set",
  "Home & Garden > Kitchen & Dining", "", "", price=45.00, grams=900, sku="CT-MRG")

P("summit-insulated-bottle-32", "Summit 32 oz Insulated Water Bottle", "Summit Gear",
  "Water Bottle", "Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles",
  "bottle, insulated, hydration",
  "<p>Keeps drinks cold for 24 hours and hot for 12. Leakproof straw lid with carry loop. "
  "Powder-coated finish that won't sweat.</p>",
  opts=[("Color", ["Glacier White", "Slate", "Forest", "Coral"])], price=34.95, grams=430,
  sku="SG-IB32",
  attrs=dict(capacity="32 fl oz",
             material="18/8 stainless steel, double-wall vacuum insulated",
             dishwasher_safe="No", insulation="Cold 24 h, hot 12 h", bpa_free="Yes (lid)",
             weight="15.2 oz"))

P("alto-stand-mixer", "Alto 5.5 Qt Tilt-Head Stand Mixer", "Alto Kitchen", "Stand Mixer",
  "Home & Garden > Kitchen & Dining > Kitchen Appliances > Mixers",
  "mixer, baking, appliance",
  "<ul><li>Includes dough hook, flat beater, wire whip and splash guard</li>"
  "<li>Tilt-head design for easy bowl access</li></ul>",
  opts=[("Color", ["Pistachio", "Onyx Black", "Cream"])], price=279.00, compare=329.00,
  grams=8000, sku="AK-SM55",
  attrs=dict(capacity="5.5 qt stainless steel bowl", wattage="600 W", speeds="10",
             weight="17.6 lb", warranty="2 years", certifications="ETL", voltage="120 V"))

P("yixing-zhuni-teapot", "宜兴朱泥西施壶 手工紫砂茶壶", "宜陶坊", "茶壶",
  "Home & Garden > Kitchen & Dining > Tableware > Teapots", "茶具, 紫砂, 手工",
  "<p>宜兴原矿朱泥，全手工制作，容量约220毫升。出水顺畅，适合冲泡乌龙茶、红茶。</p>"
  "<p>不可放入洗碗机，不可微波加热。</p>",
  price=89.00, grams=260, sku="YTF-XS220",
  attrs=dict(capacity="220 ml", material="朱泥 (Yixing zhuni clay)", origin="中国宜兴"))

# ===========================================================================
# OUTDOOR / CAMPING
# ===========================================================================
P("ridgeback-ul-tent-2p", "Ridgeback 2-Person Ultralight Backpacking Tent", "Ridgeback",
  "Tent", "Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents",
  "tent, ultralight, backpacking",
  "<p>Freestanding, two doors, two vestibules. Pitches fly-first in the rain.</p>",
  opts=[("Color", ["Olive", "Sand"])], price=349.00, grams=1300, sku="RB-UL2",
  attrs=dict(weight="2 lb 14 oz",
             material="15D silnylon fly, no-see-um mesh body, aluminum poles",
             waterproof="Yes, 3000 mm hydrostatic head", dimensions="Packed: 18 x 6 in",
             capacity="2 people", warranty="Limited lifetime"))

P("blaze-mini-stove", "Blaze Mini Backpacking Stove", "Blaze Outdoor", "Camp Stove",
  "Sporting Goods > Outdoor Recreation > Camping & Hiking > Camping Cookware > Camp Stoves",
  "stove, backpacking",
  "<p>Folds small enough to store inside most backpacking pots. Fuel canister sold separately.</p>",
  price=44.99, grams=88, sku="BO-MS1",
  attrs=dict(weight="3.1 oz", power_output="10,000 BTU",
             fuel="Isobutane-propane canister (not included)", boil_time="1 L in 3.5 min",
             material="Aluminum alloy with stainless steel burner head",
             ignition="Piezo push-button", warranty="1 year", certifications="CE"))

P("basecamp-folding-chair", "Basecamp Folding Camp Chair", "Basecamp Co.", "Camp Chair",
  "Sporting Goods > Outdoor Recreation > Camping & Hiking > Camp Furniture",
  "chair, camping, festival",
  "<p>Cup holder in the armrest, a side pocket for your phone, and a carry bag with "
  "shoulder strap.</p>",
  opts=[("Color", ["Navy", "Forest Green", "Red"])], price=39.99, grams=2500, sku="BC-FC1",
  attrs=dict(max_load="300 lb", weight="5.5 lb",
             material="600D polyester, powder-coated steel frame", seat_height="17 in",
             dimensions="Packed: 35 x 6 x 6 in"))

P("lumen-trail-400-headlamp", "Lumen Trail 400 Rechargeable Headlamp", "Lumen Trail",
  "Headlamp", "Sporting Goods > Outdoor Recreation > Camping & Hiking > Headlamps",
  "headlamp, rechargeable, running", "",
  opts=[("Color", ["Black", "Orange"])], price=29.99, grams=79, sku="LT-H400",
  attrs=dict(lumens="400 lm", battery_life="Up to 40 h (low), 4 h (high)",
             charging="USB-C", water_resistance="IPX4 (splash resistant)", waterproof="No",
             weight="2.8 oz", battery="1200 mAh Li-ion, built in"))

P("nordhaus-20f-down-bag", "Nordhaus 20°F Down Sleeping Bag", "Nordhaus", "Sleeping Bag",
  "Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags",
  "sleeping bag, down, 3-season", "<p>Mummy shape with draft collar and full-length zip.</p>",
  opts=[("Size", ["Regular", "Long"])], price={"Regular": 259.00, "Long": 279.00},
  grams={"Regular": 1080, "Long": 1150}, sku="NH-DB20",
  attrs=dict(temperature_rating="20°F (-7°C)", fill="650-fill-power duck down",
             weight="2 lb 6 oz (Regular)", material="20D ripstop nylon shell",
             fits="Regular: up to 6 ft; Long: up to 6 ft 6 in"))

P("trailhead-carabiner-keychain", "Trailhead Carabiner Keychain", "Trailhead", "Keychain",
  "Apparel & Accessories > Handbag & Wallet Accessories > Keychains", "", "",
  price=12.00, grams=30, sku="TH-CK1")

P("drift-double-hammock", "Drift Double Parachute Hammock", "Drift Outdoors", "Hammock",
  "Sporting Goods > Outdoor Recreation > Camping & Hiking > Hammocks",
  "hammock, camping, beach", "",
  opts=[("Color", ["Sky Blue", "Olive", "Charcoal"])], price=49.99, grams=640, sku="DO-DH2",
  attrs=dict(material="210T parachute nylon", max_load="500 lb",
             dimensions="10 ft x 6.5 ft", weight="1.4 lb",
             included="Two tree straps, two steel carabiners"))

P("frostline-45-cooler", "Frostline 45 Qt Rotomolded Cooler", "Frostline", "Cooler",
  "Sporting Goods > Outdoor Recreation > Camping & Hiking > Coolers",
  "cooler, fishing, camping", "",
  opts=[("Color", ["White", "Tan", "Sage"])], price=279.99, grams=11300, sku="FL-RC45",
  attrs=dict(capacity="45 qt", ice_retention="Up to 7 days", weight="25 lb",
             dimensions="26 x 16.5 x 16 in",
             material="Rotomolded polyethylene, 2 in polyurethane insulation",
             certifications="IGBC bear-resistant (with padlocks)", warranty="5 years"))

# ===========================================================================
# ELECTRONICS ACCESSORIES
# ===========================================================================
P("clearshield-magsafe-iphone15", "Clearshield MagSafe Case for iPhone 15", "Clearshield",
  "Phone Case", "Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases",
  "case, magsafe, iphone", "",
  opts=[("Model", ["iPhone 15", "iPhone 15 Pro", "iPhone 15 Pro Max"]),
        ("Color", ["Clear", "Frost Black"])],
  price={"iPhone 15": 24.99, "iPhone 15 Pro": 24.99, "iPhone 15 Pro Max": 27.99},
  grams=40, sku="CS-MS15",
  attrs=dict(compatible_with="iPhone 15, iPhone 15 Pro, iPhone 15 Pro Max",
             material="Polycarbonate back, TPU bumper", drop_protection="Tested to 10 ft (3 m)",
             magsafe="Yes", warranty="1 year"))

P("voltpeak-65w-gan-charger", "VoltPeak 65W GaN USB-C Charger", "VoltPeak", "Charger",
  "Electronics > Electronics Accessories > Power > Power Adapters & Chargers",
  "charger, usb-c, gan",
  "<p>Foldable prongs. Shares power smartly when more than one device is plugged in.</p>",
  opts=[("Color", ["White", "Black"])], price=45.99, grams=116, sku="VP-65G",
  attrs=dict(wattage="65 W total", ports="2 x USB-C, 1 x USB-A",
             certifications="UL, FCC, CE",
             compatible_with="MacBook Air, MacBook Pro 13/14 in, iPad Pro, Galaxy S23, Pixel 8, Nintendo Switch",
             weight="4.1 oz", warranty="18 months"))

P("sonique-air-pro-earbuds", "Sonique Air Pro Wireless Earbuds", "Sonique", "Earbuds",
  "Electronics > Audio > Audio Components > Headphones & Headsets",
  "earbuds, anc, bluetooth", "",
  opts=[("Color", ["Black", "White", "Sage Green"])], price=89.00, compare=129.00, grams=55,
  sku="SQ-AP1",
  attrs=dict(battery_life="6 h (earbuds), 30 h total with case", bluetooth="5.3",
             water_resistance="IPX5", waterproof="Sweat and splash resistant (IPX5); not for swimming",
             charging="USB-C, Qi wireless", noise_cancelling="Yes, hybrid ANC",
             warranty="1 year", weight="4.6 g per earbud"))

P("linkpro-8k-hdmi-cable", "LinkPro 8K HDMI 2.1 Cable", "LinkPro", "HDMI Cable",
  "Electronics > Electronics Accessories > Cables > Audio & Video Cables",
  "hdmi, 8k, gaming", "",
  opts=[("Length", ["3 ft", "6 ft", "10 ft"])],
  price={"3 ft": 12.99, "6 ft": 15.99, "10 ft": 19.99},
  grams={"3 ft": 70, "6 ft": 110, "10 ft": 170}, sku="LP-HD21",
  attrs=dict(bandwidth="48 Gbps", resolution="8K@60Hz, 4K@120Hz",
             certifications="HDMI Ultra High Speed certified",
             material="Nylon braided jacket, gold-plated connectors", warranty="Lifetime"))

P("juicebox-20000-power-bank", "Juicebox 20000mAh Power Bank", "Juicebox", "Power Bank",
  "Electronics > Electronics Accessories > Power > Power Banks",
  "power bank, travel",
  "<p>Airline carry-on friendly (74 Wh). Charges an iPhone 15 about 4 times.</p>",
  opts=[("Color", ["Black", "Blue"])], price=39.99, grams=371, sku="JB-PB20",
  attrs=dict(capacity="20,000 mAh", wattage="22.5 W max output",
             ports="USB-C in/out, 2 x USB-A", weight="13.1 oz",
             dimensions="6 x 2.9 x 1 in", certifications="FCC, RoHS"))

P("elevate-laptop-stand", "Elevate Aluminum Laptop Stand", "Elevate", "Laptop Stand",
  "Electronics > Electronics Accessories > Computer Accessories > Laptop Stands",
  "laptop, desk, ergonomic", "",
  opts=[("Color", ["Silver", "Space Gray"])], price=36.99, grams=860, sku="EV-LS1",
  attrs=dict(material="Anodized aluminum alloy",
             compatible_with="MacBook Air 13/15, MacBook Pro 14/16, laptops 10–16 in",
             max_load="44 lb", weight="1.9 lb", height_adjustment="6 levels"))

P("cleararmor-galaxy-s24-glass", "ClearArmor Tempered Glass Screen Protector (2-Pack)",
  "ClearArmor", "Screen Protector",
  "Electronics > Communications > Telephony > Mobile Phone Accessories > Screen Protectors",
  "screen protector, samsung", "",
  opts=[("Model", ["Galaxy S24", "Galaxy S24+"])], price=14.99, grams=60, sku="CA-S24G",
  attrs=dict(compatible_with="Samsung Galaxy S24, Galaxy S24+ (not S24 Ultra)", pieces="2",
             hardness="9H", thickness="0.33 mm",
             fingerprint="Works with the ultrasonic fingerprint sensor"))

P("keyforge-k75-keyboard", "Keyforge K75 Wireless Mechanical Keyboard", "Keyforge",
  "Keyboard", "Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards",
  "keyboard, mechanical, wireless", "",
  opts=[("Color", ["Graphite", "Ivory"])], price=109.00, grams=1100, sku="KF-K75",
  attrs=dict(layout="75% (84 keys)", switches="Hot-swappable Gateron Brown (tactile)",
             connectivity="Bluetooth 5.1, 2.4 GHz, USB-C wired",
             battery_life="Up to 200 h (backlight off)", battery="4000 mAh",
             compatible_with="Windows, macOS, Android, iOS",
             material="Aluminum top case, PBT keycaps", warranty="1 year"))

# ===========================================================================
# TOYS
# ===========================================================================
P("little-grove-rainbow-stacker", "Little Grove Wooden Rainbow Stacker", "Little Grove",
  "Stacking Toy", "Toys & Games > Toys > Baby & Toddler Toys > Stacking Toys",
  "wooden toy, montessori, rainbow", "",
  price=32.00, grams=700, sku="LG-RS7",
  attrs=dict(age_range="18 months+", pieces="7",
             material="Solid beech wood, water-based paint",
             certifications="ASTM F963, CE", dimensions="10 x 5 x 2 in"))

P("brightbuild-magnetic-tiles-60", "BrightBuild Magnetic Tiles 60-Piece Set", "BrightBuild",
  "Building Toy", "Toys & Games > Toys > Building Toys > Magnetic Building Toys",
  "stem, magnetic, building",
  "<p>WARNING: Choking hazard — small parts. Not for children under 3 years.</p>",
  price=54.99, compare=69.99, grams=1600, sku="BB-MT60",
  attrs=dict(pieces="60", age_range="3+ years", material="ABS plastic, neodymium magnets",
             certifications="ASTM F963, CPSIA"))

P("turbo-trax-rc-truck", "Turbo Trax 1:16 RC Monster Truck", "Turbo Trax", "RC Car",
  "Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks",
  "rc, truck, outdoor", "",
  opts=[("Color", ["Red", "Blue"])], price=59.99, grams=900, sku="TT-MT16",
  attrs=dict(scale="1:16", top_speed="20 mph", battery_life="Up to 25 min per charge",
             battery="7.4 V 1500 mAh Li-ion (included)", age_range="8+ years",
             remote_batteries="2 x AA (not included)"))

P("cuddle-co-teddy-16", "Cuddle Co. Classic Teddy Bear 16 in", "Cuddle Co.", "Plush Toy",
  "Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals",
  "teddy, plush, baby gift", "",
  opts=[("Color", ["Honey", "Cream"])], price=29.00, grams=420, sku="CC-TB16",
  attrs=dict(dimensions="16 in (40 cm) tall",
             material="Polyester plush, polyester fiber fill",
             age_range="0+ (suitable from birth)", care="Machine washable, gentle cycle",
             certifications="EN71, ASTM F963"))

P("curio-lab-crystal-kit", "Curio Lab Crystal Growing Kit", "Curio Lab", "Science Kit",
  "Toys & Games > Toys > Educational Toys > Science & Exploration Sets",
  "stem, science, kids",
  "<p>Grow 7 colorful crystals. Adult supervision required. Contains chemicals; not "
  "suitable for children under 10.</p><ul><li>Includes display case, 7 packets of crystal "
  "powder, magnifier and instructions</li></ul>",
  price=24.99, grams=800, sku="CL-CGK7",
  attrs=dict(age_range="10+ years", experiments="7", certifications="ASTM F963, EN71"))

P("tinytown-wooden-train-52", "Tinytown Wooden Train Set, 52 Pieces", "Tinytown",
  "Train Set", "Toys & Games > Toys > Play Vehicles > Toy Trains & Train Sets",
  "train, wooden, pretend play", "",
  price=64.00, grams=2300, sku="TW-TS52",
  attrs=dict(pieces="52", age_range="3+ years", material="Beech and pine wood",
             compatible_with="Brio, IKEA Lillabo, Thomas Wooden Railway",
             certifications="CE, ASTM F963"))

P("puzzle-night-bundle", "Puzzle Night Bundle", "Cardinal Games", "Puzzle",
  "Toys & Games > Puzzles", "", "", price=38.00, grams=1500, sku="CG-PNB")

P("leqi-balance-bike-12", "儿童平衡车 12寸 无脚踏滑步车", "乐骑", "平衡车",
  "Toys & Games > Toys > Riding Toys > Balance Bikes", "平衡车, 儿童, 户外",
  "<p>适合2-5岁儿童，12英寸充气轮胎，座高可调节32-42厘米。车架为铝合金，整车重约3公斤。</p>",
  opts=[("颜色", ["红色", "蓝色", "薄荷绿"])], price=59.99, grams=3000, sku="LQ-BB12",
  attrs=dict(age_range="2-5岁", weight="3 kg", material="铝合金"))

# ===========================================================================
# FURNITURE
# ===========================================================================
P("hearthwood-oak-dining-table", "Hearthwood Solid Oak Dining Table", "Hearthwood",
  "Dining Table", "Furniture > Tables > Kitchen & Dining Room Tables",
  "dining, oak, solid wood", "<p>Legs attach with the included hardware and tools.</p>",
  opts=[("Size", ["72 in", "84 in"])], price={"72 in": 1290.00, "84 in": 1490.00},
  grams={"72 in": 49900, "84 in": 58000}, sku="HW-ODT",
  attrs=dict(material="Solid white oak, oil finish",
             dimensions="72 in: 72 x 36 x 30 in; 84 in: 84 x 38 x 30 in",
             seats="72 in: 6; 84 in: 8", weight="72 in: 110 lb", warranty="5 years"))

P("loft-5-tier-bookshelf", "Loft 5-Tier Bookshelf", "Loft & Line", "Bookshelf",
  "Furniture > Shelving > Bookcases & Standing Shelves", "bookcase, industrial",
  "<p>Engineered wood (MDF) shelves with a wood-grain veneer on a black powder-coated "
  "steel frame. Each shelf holds up to 33 lb.</p>",
  opts=[("Color", ["Walnut", "Rustic Oak"])], price=119.99, grams=18600, sku="LL-BS5",
  attrs=dict(dimensions="31.5 x 11.8 x 70.9 in", weight="41 lb",
             assembly="Required (about 30 min)"))

P("ergomax-mesh-office-chair", "Ergomax Mesh Office Chair", "Ergomax", "Office Chair",
  "Furniture > Chairs > Office Chairs", "office, ergonomic, mesh", "",
  opts=[("Color", ["Black", "Grey"])], price=249.00, compare=299.00, grams=15000,
  sku="EM-MOC",
  attrs=dict(max_load="275 lb", seat_height="17.5–21.5 in",
             material="Breathable mesh back, foam seat, nylon base",
             armrests="3D adjustable", lumbar_support="Adjustable", warranty="3 years",
             certifications="BIFMA X5.1"))

P("marlowe-velvet-accent-chair", "Marlowe Velvet Accent Chair", "Marlowe", "Accent Chair",
  "Furniture > Chairs > Arm Chairs, Recliners & Sleeper Chairs", "velvet, living room", "",
  opts=[("Color", ["Emerald", "Blush", "Navy"])], price=329.00, grams=14000, sku="MW-VAC",
  attrs=dict(material="Polyester velvet upholstery, solid rubberwood legs",
             dimensions="28 x 30 x 32 in", max_load="250 lb", assembly="Legs screw on"))

P("rustic-floating-shelves-3", "Rustic Floating Shelves, Set of 3", "Timber & Twine",
  "Wall Shelf", "Furniture > Shelving > Wall Shelves & Ledges", "shelf, farmhouse",
  "<p>Made of solid paulownia wood with a torched finish. Hidden brackets. Each shelf "
  "measures 16 x 6 x 1.2 in and holds up to 22 lb.</p>",
  opts=[("Color", ["Carbonized Black", "Rustic Brown"])], price=42.99, grams=2700,
  sku="TT-FS3", attrs=dict(pieces="3"))

P("woven-storage-basket", "Woven Storage Basket", "Nest & Nook", "Basket",
  "Home & Garden > Household Supplies > Storage & Organization > Baskets", "", "",
  price=28.00, grams=600, sku="NN-WSB")

P("riser-pro-standing-desk", "Riser Pro Electric Standing Desk", "Riser", "Standing Desk",
  "Furniture > Office Furniture > Desks", "standing desk, office",
  "<p>Anti-collision sensor and a 4-button memory keypad.</p>",
  opts=[("Size", ["48 x 24 in", "55 x 28 in"]), ("Color", ["Walnut", "White"])],
  price={"48 x 24 in": 379.00, "55 x 28 in": 429.00}, grams=29000, sku="RS-PSD",
  attrs=dict(height_range="28–47.6 in", max_load="176 lb", motors="Dual motor",
             memory_presets="4", material="Steel frame, laminated particleboard top",
             warranty="5 years frame, 2 years motor", certifications="UL 962, FCC"))

P("nordic-nightstand-2-drawer", "北欧实木床头柜 两抽屉", "木里家居", "床头柜",
  "Furniture > Cabinets & Storage > Nightstands", "床头柜, 北欧, 卧室",
  "<p>桌面为橡胶木实木拼板，柜体为E1级多层板。尺寸：45 x 35 x 55厘米（长x宽x高）。"
  "两个抽屉，整装发货，免安装。</p>",
  opts=[("颜色", ["原木色", "胡桃色"])], price=129.00, grams=14500, sku="ML-NS2",
  attrs=dict(dimensions="45 x 35 x 55 cm"))

# ===========================================================================
# GARDEN TOOLS
# ===========================================================================
P("fellbrook-bypass-pruners", "Fellbrook Bypass Pruning Shears", "Fellbrook", "Pruners",
  "Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Pruning Shears",
  "pruners, garden, secateurs", "", price=27.50, grams=230, sku="FB-BP1",
  attrs=dict(blade="SK-5 high-carbon steel with non-stick coating",
             cutting_capacity="3/4 in (19 mm)",
             handle_material="Aluminum handles with rubber grips", weight="8.1 oz",
             length="8.5 in", warranty="Lifetime"))

P("flexpro-expandable-hose", "FlexPro Expandable Garden Hose", "FlexPro", "Garden Hose",
  "Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses",
  "hose, watering", "",
  opts=[("Length", ["25 ft", "50 ft", "100 ft"])],
  price={"25 ft": 24.99, "50 ft": 34.99, "100 ft": 49.99},
  grams={"25 ft": 700, "50 ft": 1100, "100 ft": 1900}, sku="FP-EH",
  attrs=dict(material="Triple-layer latex core, 3750D polyester fabric cover, solid brass fittings",
             fittings="3/4 in GHT solid brass", nozzle="10-pattern spray nozzle included",
             warranty="1 year"))

P("stormline-40v-leaf-blower", "Stormline 40V Cordless Leaf Blower", "Stormline",
  "Leaf Blower", "Home & Garden > Lawn & Garden > Outdoor Power Equipment > Leaf Blowers",
  "blower, cordless, yard", "", price=199.00, grams=2900, sku="SL-LB40",
  attrs=dict(voltage="40 V", air_speed="120 mph", airflow="480 CFM",
             battery_life="Up to 30 min (4.0 Ah)",
             battery="4.0 Ah battery and charger included", weight="6.4 lb (with battery)",
             compatible_with="Stormline 40V battery platform only", cordless="Yes",
             warranty="3 years tool, 2 years battery"))

P("terrace-galvanized-raised-bed", "Terrace Galvanized Raised Garden Bed", "Terrace",
  "Raised Garden Bed", "Home & Garden > Lawn & Garden > Gardening > Raised Garden Beds",
  "raised bed, vegetables",
  "<p>Open bottom for good drainage, rolled safety edges. Uncoated galvanized finish "
  "that resists rust.</p>",
  opts=[("Size", ["6 x 3 x 1 ft", "8 x 4 x 1 ft"])],
  price={"6 x 3 x 1 ft": 89.00, "8 x 4 x 1 ft": 119.00},
  grams={"6 x 3 x 1 ft": 9000, "8 x 4 x 1 ft": 12500}, sku="TR-RB",
  attrs=dict(material="Galvanized steel (zinc-aluminum-magnesium coating)",
             assembly="Required, tool-free"))

P("hawsley-metal-watering-can", "Hawsley 1.7 Gal Metal Watering Can", "Hawsley",
  "Watering Can", "Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans",
  "watering can, garden", "",
  opts=[("Color", ["Moss Green", "Charcoal"])], price=38.00, grams=1200, sku="HS-WC17",
  attrs=dict(capacity="1.7 gal (6.5 L)", material="Powder-coated galvanized steel",
             spout="Removable brass rose", dimensions="22 x 6 x 15 in"))

P("griptough-bamboo-gloves", "GripTough Bamboo Garden Gloves (3 Pairs)", "GripTough",
  "Garden Gloves", "Home & Garden > Lawn & Garden > Gardening > Gardening Gloves",
  "gloves, gardening", "",
  opts=[("Size", ["S", "M", "L"])], price=16.99, grams=150, sku="GT-BG3",
  attrs=dict(pieces="3 pairs", material="Bamboo viscose liner, nitrile-coated palm",
             care="Machine washable"))

P("trimwell-corded-string-trimmer", "Trimwell 4.0 Amp Corded String Trimmer", "Trimwell",
  "String Trimmer", "Home & Garden > Lawn & Garden > Outdoor Power Equipment > String Trimmers",
  "trimmer, edging", "<p>Requires an outdoor extension cord (not included).</p>",
  price=49.99, grams=2400, sku="TW-ST40",
  attrs=dict(power="4.0 A, 120 V", cordless="No (corded electric)", cutting_width="13 in",
             line="0.065 in single line, auto feed", weight="5.3 lb", warranty="2 years",
             certifications="ETL"))

# ===========================================================================
# PET SUPPLIES
# ===========================================================================
P("trailpup-no-pull-harness", "TrailPup No-Pull Dog Harness", "TrailPup", "Dog Harness",
  "Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Harnesses",
  "harness, dog, walking", "",
  opts=[("Size", ["S", "M", "L", "XL"]), ("Color", ["Red", "Black", "Teal"])],
  price=26.99, grams=200, sku="TP-NPH",
  attrs=dict(material="Nylon webbing, breathable air-mesh padding",
             chest_girth="S: 16–22 in; M: 21–28 in; L: 27–35 in; XL: 32–42 in",
             reflective="Yes", care="Hand wash"))

P("purrfect-flow-cat-fountain", "Purrfect Flow 2.5 L Cat Water Fountain", "Purrfect",
  "Pet Fountain", "Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Bowls & Fountains",
  "cat, fountain, water", "<p>Top and bowl are dishwasher safe; the pump is not.</p>",
  price=32.99, grams=800, sku="PF-CF25",
  attrs=dict(capacity="2.5 L", material="BPA-free polypropylene (PP)",
             noise_level="< 30 dB", wattage="1.5 W pump",
             filters="3 replacement filters included",
             cordless="No (USB powered, adapter included)"))

P("restwell-orthopedic-dog-bed", "Restwell Orthopedic Memory Foam Dog Bed", "Restwell",
  "Dog Bed", "Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Beds",
  "dog bed, orthopedic", "",
  opts=[("Size", ["M (30 x 20 in)", "L (36 x 27 in)", "XL (42 x 30 in)"]),
        ("Color", ["Grey", "Brown"])],
  price={"M (30 x 20 in)": 59.00, "L (36 x 27 in)": 79.00, "XL (42 x 30 in)": 99.00},
  grams={"M (30 x 20 in)": 2000, "L (36 x 27 in)": 3000, "XL (42 x 30 in)": 4200},
  sku="RW-ODB",
  attrs=dict(material="Memory foam base, removable microsuede cover",
             care="Cover machine washable", waterproof="Waterproof inner liner",
             certifications="CertiPUR-US foam"))

P("wildpeak-grain-free-salmon", "Wildpeak Grain-Free Salmon Dog Food", "Wildpeak",
  "Dog Food", "Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food",
  "dog food, grain free", "<p>Made in USA. Crude protein min 32%, crude fat min 18%.</p>",
  opts=[("Size", ["4 lb", "12 lb", "24 lb"])],
  price={"4 lb": 19.99, "12 lb": 44.99, "24 lb": 74.99},
  grams={"4 lb": 1814, "12 lb": 5443, "24 lb": 10886}, sku="WP-GFS",
  attrs=dict(first_ingredient="Salmon", life_stage="All life stages", grain_free="Yes"))

P("sisal-cat-scratching-post", "Sisal Cat Scratching Post", "Whisker Works",
  "Scratching Post", "Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture",
  "cat, scratcher", "",
  opts=[("Color", ["Beige", "Grey"])], price=34.99, grams=3200, sku="WW-SP32",
  attrs=dict(height="32 in",
             material="Natural sisal rope; particleboard base with plush cover"))

P("aquatherm-100w-heater", "AquaTherm 100W Submersible Aquarium Heater", "AquaTherm",
  "Aquarium Heater", "Animals & Pet Supplies > Pet Supplies > Fish Supplies > Aquarium Heaters",
  "aquarium, heater", "", price=24.99, grams=150, sku="AT-H100",
  attrs=dict(wattage="100 W", tank_size="Up to 30 gal", temperature_range="68–93°F",
             waterproof="Fully submersible", material="Explosion-proof quartz glass",
             certifications="UL", warranty="2 years"))

P("smart-pet-feeder-4l", "宠物自动喂食器 4升 定时定量", "萌宠智家", "喂食器",
  "Animals & Pet Supplies > Pet Supplies > Pet Bowls, Feeders & Waterers", "喂食器, 智能, 猫狗",
  "<p>4升大容量，可储存约2公斤干粮。支持手机App远程喂食（仅支持2.4GHz WiFi）。"
  "断电时可使用3节D型电池（不含）。</p>",
  opts=[("颜色", ["白色", "灰色"])], price=45.99, grams=1800, sku="MC-PF4",
  attrs=dict(capacity="4 L", connectivity="2.4GHz WiFi"))

P("squeaky-plush-hedgehog", "Squeaky Plush Hedgehog Toy", "Happy Tails", "Dog Toy",
  "Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Toys", "", "",
  price=9.99, grams=90, sku="HT-SPH")

# ===========================================================================
# BEAUTY
# ===========================================================================
P("lumiere-vitamin-c-serum", "Lumière 15% Vitamin C Serum", "Lumière", "Face Serum",
  "Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Serums",
  "serum, vitamin c, skincare", "", price=36.00, grams=90, sku="LM-VC15",
  attrs=dict(volume="1 fl oz (30 ml)",
             key_ingredients="15% L-ascorbic acid, vitamin E, ferulic acid",
             skin_type="All skin types", certifications="Leaping Bunny (cruelty-free)",
             vegan="Yes", fragrance="Fragrance-free"))

P("aerosleek-ionic-hair-dryer", "Aerosleek Ionic Hair Dryer 1875W", "Aerosleek",
  "Hair Dryer", "Health & Beauty > Personal Care > Hair Care > Hair Dryers",
  "hair dryer, ionic", "",
  opts=[("Color", ["Rose", "Black"])], price=79.00, grams=545, sku="AS-HD18",
  attrs=dict(wattage="1875 W", settings="3 heat, 2 speed, cool shot", cord_length="9 ft",
             weight="1.2 lb", voltage="120 V (not dual voltage)", certifications="ETL",
             warranty="2 years"))

P("velvet-matte-lipstick", "Velvet Matte Lipstick", "Maison Rouge", "Lipstick",
  "Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lipstick",
  "lipstick, matte, vegan", "",
  opts=[("Color", ["Ruby", "Nude Rose", "Berry", "Coral Crush"])], price=22.00, grams=25,
  sku="MR-VML",
  attrs=dict(volume="0.12 oz (3.5 g)", finish="Matte", vegan="Yes",
             certifications="Leaping Bunny", free_of="Parabens"))

P("rootwise-argan-shampoo", "Rootwise Argan Oil Shampoo 16 oz", "Rootwise", "Shampoo",
  "Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner",
  "shampoo, argan, sulfate free", "", price=18.00, grams=520, sku="RW-AS16",
  attrs=dict(volume="16 fl oz (473 ml)", hair_type="All hair types; color-safe",
             sulfate_free="Yes", certifications="None (not certified organic)",
             key_ingredients="Argan oil, keratin"))

P("brightsmile-sonic-toothbrush", "Brightsmile Sonic Electric Toothbrush", "Brightsmile",
  "Electric Toothbrush", "Health & Beauty > Personal Care > Oral Care > Electric Toothbrushes",
  "toothbrush, sonic", "",
  opts=[("Color", ["White", "Black", "Pink"])], price=49.99, grams=300, sku="BS-ST1",
  attrs=dict(battery_life="Up to 30 days per charge", charging="USB-C", modes="5",
             water_resistance="IPX7", waterproof="Yes (IPX7)",
             pieces="Includes 4 brush heads",
             compatible_with="Brightsmile Pro brush heads only", warranty="2 years"))

P("shoreline-spf50-mineral", "Shoreline SPF 50 Mineral Sunscreen", "Shoreline",
  "Sunscreen", "Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen",
  "sunscreen, mineral, zinc",
  "<p>Broad spectrum mineral sunscreen. Water resistant for 80 minutes. Reapply after "
  "swimming or sweating.</p>", price=16.00, grams=110, sku="SL-SPF50",
  attrs=dict(spf="SPF 50", volume="3 fl oz (88 ml)", active_ingredient="Zinc oxide 20%",
             water_resistance="Water resistant (80 minutes)", waterproof="No"))

P("lavender-bath-bomb", "Lavender Bath Bomb", "Soak Society", "Bath Bomb",
  "Health & Beauty > Personal Care > Bath & Body", "", "", price=7.50, grams=140,
  sku="SS-LBB")

P("hyaluronic-sheet-mask-10", "玻尿酸补水面膜 10片装", "水研", "面膜",
  "Health & Beauty > Personal Care > Cosmetics > Skin Care > Face Masks", "面膜, 补水, 玻尿酸",
  "<p>每片含25毫升精华液，添加玻尿酸与烟酰胺。适合所有肤质。</p>", price=14.99, grams=320,
  sku="SY-HM10", attrs=dict(pieces="10片", volume="25 ml/片"))

# ===========================================================================
# SPORTS
# ===========================================================================
P("balance-6mm-tpe-yoga-mat", "Balance 6mm TPE Yoga Mat", "Balance Studio", "Yoga Mat",
  "Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga Mats", "yoga, mat", "",
  opts=[("Color", ["Lilac", "Teal", "Black"])], price=32.00, grams=1000, sku="BS-YM6",
  attrs=dict(material="TPE (latex-free)", thickness="6 mm", dimensions="72 x 24 in",
             weight="2.2 lb", certifications="SGS tested (no PVC, no latex)"))

P("ironforge-adjustable-dumbbell", "Ironforge Adjustable Dumbbell 5–52.5 lb", "Ironforge",
  "Dumbbell", "Sporting Goods > Exercise & Fitness > Free Weights > Dumbbells",
  "dumbbell, home gym", "",
  opts=[("Set", ["Single", "Pair"])], price={"Single": 199.00, "Pair": 379.00},
  grams={"Single": 23800, "Pair": 47600}, sku="IF-AD52",
  attrs=dict(weight="5–52.5 lb per dumbbell", settings="15",
             material="Steel plates, ABS molded covers", dimensions="16.9 x 8 x 9 in",
             warranty="2 years"))

P("stride-running-jacket", "Stride Lightweight Running Jacket", "Stride", "Jacket",
  "Apparel & Accessories > Clothing > Activewear > Jackets", "running, jacket", "",
  opts=[("Size", ["S", "M", "L", "XL"]), ("Color", ["Black", "Neon Yellow"])],
  price=68.00, grams=160, sku="ST-RJ1",
  attrs=dict(material="100% recycled polyester",
             water_resistance="DWR water-repellent finish (not waterproof)",
             waterproof="No", weight="5.6 oz (size M)", reflective="Yes"))

P("courtpro-basketball", "CourtPro Indoor/Outdoor Basketball", "CourtPro", "Basketball",
  "Sporting Goods > Team Sports > Basketball > Basketballs", "basketball", "",
  opts=[("Size", ["Size 6 (28.5 in)", "Size 7 (29.5 in)"])], price=29.99, grams=600,
  sku="CP-BB",
  attrs=dict(material="Composite leather", use="Indoor/outdoor",
             official_size="Size 7: 29.5 in; Size 6: 28.5 in"))

P("velo-aero-mips-helmet", "Velo Aero MIPS Road Helmet", "Velo", "Bike Helmet",
  "Sporting Goods > Outdoor Recreation > Cycling > Bicycle Helmets", "helmet, road bike", "",
  opts=[("Size", ["S", "M", "L"]), ("Color", ["Matte Black", "White"])], price=129.00,
  grams=280, sku="VA-MH",
  attrs=dict(certifications="CPSC, CE EN1078", weight="9.9 oz (size M)", vents="18",
             mips="Yes", fit_range="S: 51–55 cm; M: 55–59 cm; L: 59–63 cm",
             warranty="1 year + crash replacement"))

P("sprint-speed-jump-rope", "Sprint Speed Jump Rope", "Sprint", "Jump Rope",
  "Sporting Goods > Exercise & Fitness > Jump Ropes", "jump rope, crossfit", "",
  price=14.99, grams=120, sku="SP-JR1",
  attrs=dict(length="10 ft, adjustable", cable="PVC-coated steel cable",
             handles="Aluminum with ball bearings", weight="4.2 oz"))

P("ace-graphite-tennis-racket", "Ace Graphite Tennis Racket", "Ace", "Tennis Racket",
  "Sporting Goods > Racquet Sports > Tennis > Tennis Racquets", "tennis, racket", "",
  opts=[("Grip", ["4 1/4", "4 3/8", "4 1/2"])], price=149.00, grams=300, sku="AC-GTR",
  attrs=dict(head_size="100 sq in", weight="10.6 oz unstrung",
             material="Graphite composite", strung="Pre-strung", balance="4 pts head light"))

# ===========================================================================
# BABY
# ===========================================================================
P("nurtura-glass-bottles-4", "Nurtura Anti-Colic Glass Baby Bottles, 4 Pack", "Nurtura",
  "Baby Bottle", "Baby & Toddler > Nursing & Feeding > Baby Bottles", "bottle, glass, newborn",
  "", price=34.99, grams=900, sku="NT-GB4",
  attrs=dict(capacity="8 oz (240 ml)",
             material="Borosilicate glass, silicone nipple", pieces="4 bottles",
             dishwasher_safe="Yes (top rack)", bpa_free="Yes",
             age_range="0+ months (slow-flow nipples)"))

P("lullaby-cam-2k-monitor", "Lullaby Cam 2K Video Baby Monitor", "Lullaby", "Baby Monitor",
  "Baby & Toddler > Baby Safety > Baby Monitors", "monitor, nursery", "",
  price=139.99, compare=169.99, grams=850, sku="LB-CM2K",
  attrs=dict(resolution="2K", screen="5 in", range="1000 ft (open area)",
             battery_life="Up to 12 h (parent unit)",
             connectivity="Works without Wi-Fi (FHSS)",
             features="Night vision, two-way talk, temperature sensor",
             compatible_with="Parent unit only; no app", certifications="FCC",
             warranty="1 year"))

P("dreamy-organic-crib-sheets", "Dreamy Organic Cotton Crib Sheets, 2 Pack", "Dreamy",
  "Crib Sheet", "Baby & Toddler > Nursery > Crib Bedding", "crib, organic, sheets", "",
  opts=[("Color", ["Oat", "Sage", "Cloud Grey"])], price=38.00, grams=500, sku="DR-CS2",
  attrs=dict(material="100% GOTS-certified organic cotton jersey",
             certifications="GOTS, OEKO-TEX Standard 100",
             fits="Standard crib mattress 52 x 28 in", pieces="2"))

P("cityglide-lightweight-stroller", "Cityglide Lightweight Stroller", "Cityglide",
  "Stroller", "Baby & Toddler > Baby Transport > Baby Strollers", "stroller, travel", "",
  opts=[("Color", ["Black", "Taupe"])], price=229.00, grams=6990, sku="CG-LS1",
  attrs=dict(weight="15.4 lb", age_range="6 months+ (up to 50 lb)",
             dimensions="Folded: 22 x 17.7 x 9.8 in", certifications="ASTM F833, JPMA",
             upf="UPF 50+", warranty="1 year"))

P("chewbie-silicone-teether", "Chewbie Silicone Teether", "Chewbie", "Teether",
  "Baby & Toddler > Baby Toys & Activity Equipment > Teethers", "teether, silicone", "",
  opts=[("Color", ["Mint", "Peach", "Lavender"])], price=11.99, grams=50, sku="CB-ST1",
  attrs=dict(material="100% food-grade silicone", age_range="3 months+", bpa_free="Yes",
             dishwasher_safe="Yes"))

P("sprout-convertible-high-chair", "Sprout Convertible High Chair", "Sprout", "High Chair",
  "Baby & Toddler > Nursing & Feeding > High Chairs & Booster Seats", "high chair, wooden",
  "<p>Converts to a toddler chair. The tray insert is dishwasher safe.</p>",
  price=189.00, grams=7500, sku="SP-CHC",
  attrs=dict(age_range="6 months to 3 years", max_load="33 lb (high chair mode)",
             material="Beech wood, polypropylene tray", certifications="ASTM F404, JPMA",
             assembly="Required"))

P("newborn-keepsake-box", "Newborn Keepsake Box", "Little Moments", "Keepsake",
  "Baby & Toddler > Baby Gift Sets", "", "", price=32.00, grams=700, sku="LM-NKB")

P("nomad-diaper-backpack", "Nomad Diaper Backpack", "Nomad Baby", "Diaper Bag",
  "Baby & Toddler > Diapering > Diaper Bags", "diaper bag, backpack", "",
  opts=[("Color", ["Black", "Grey", "Olive"])], price=59.99, grams=850, sku="NB-DB25",
  attrs=dict(material="Water-resistant 600D polyester", waterproof="No (water-resistant)",
             capacity="25 L", pockets="16", included="Changing pad, stroller straps",
             dimensions="17 x 12 x 8 in"))

# ===========================================================================
# TOOLS
# ===========================================================================
P("torvik-20v-brushless-drill", "Torvik 20V Brushless Drill/Driver Kit", "Torvik",
  "Drill", "Hardware > Tools > Drills > Handheld Power Drills", "drill, cordless, brushless",
  "", price=149.00, compare=179.00, grams=1400, sku="TV-BD20",
  attrs=dict(voltage="20 V max", torque="530 in-lbs", chuck="1/2 in keyless",
             speeds="2-speed, 0–450 / 0–1,800 RPM",
             battery="2 x 2.0 Ah batteries + charger",
             compatible_with="Torvik 20V batteries", weight="3.1 lb (tool only)",
             warranty="3 years", cordless="Yes"))

P("hartline-94pc-socket-set", "Hartline 94-Piece Mechanics Socket Set", "Hartline",
  "Socket Set", "Hardware > Tools > Tool Sets > Socket Sets", "sockets, mechanics", "",
  price=89.99, grams=4500, sku="HL-SS94",
  attrs=dict(pieces="94", drive_size="1/4 in and 3/8 in drive",
             material="Chrome vanadium steel", sizes="SAE and metric",
             warranty="Lifetime", case="Blow-molded case"))

P("steadfast-25ft-tape-measure", "Steadfast 25 ft Tape Measure", "Steadfast",
  "Tape Measure", "Hardware > Tools > Measuring Tools & Sensors > Measuring Tapes",
  "tape measure", "", price=19.99, grams=400, sku="SF-TM25",
  attrs=dict(length="25 ft (7.5 m)", blade_width="1-1/4 in", standout="13 ft",
             markings="Inch and metric", material="ABS case with rubber overmold"))

P("precision-screwdriver-64", "Precision Screwdriver Set 64-in-1", "Fixright",
  "Screwdriver Set", "Hardware > Tools > Screwdrivers", "electronics repair, precision", "",
  price=24.99, grams=350, sku="FR-PS64",
  attrs=dict(pieces="64", bits="56 S2 steel bits", material="Aluminum driver handle",
             magnetic="Yes"))

P("beamwell-5000lm-work-light", "Beamwell 5000 Lumen LED Work Light", "Beamwell",
  "Work Light", "Hardware > Tools > Work Lights", "work light, led, jobsite", "",
  price=44.99, grams=1500, sku="BW-WL5K",
  attrs=dict(lumens="5000 lm", wattage="50 W", cordless="No (corded)", cord_length="6 ft",
             water_resistance="IP65", certifications="ETL", color_temperature="5000K"))

P("linea-cross-line-laser", "Linea Self-Leveling Cross Line Laser", "Linea", "Laser Level",
  "Hardware > Tools > Measuring Tools & Sensors > Levels", "laser, level", "",
  price=79.99, grams=480, sku="LN-CLL",
  attrs=dict(range="100 ft", accuracy="±1/8 in at 30 ft", laser="Green",
             battery="3 x AA (included)", battery_life="Up to 10 h",
             water_resistance="IP54", warranty="2 years"))

P("home-toolkit-46pc", "家用五金工具箱 46件套", "匠心工具", "工具套装",
  "Hardware > Tools > Tool Sets", "工具箱, 家用",
  "<p>包含锤子、卷尺、螺丝刀、钳子等常用工具，共46件。工具采用铬钒钢，收纳箱为PP材质。</p>"
  "<p>保修一年。</p>", price=29.99, grams=3600, sku="JX-TK46",
  attrs=dict(pieces="46"))

# ===========================================================================
# LIGHTING
# ===========================================================================
P("glowly-smart-bulb-4pk", "Glowly Smart LED Bulb A19 (4-Pack)", "Glowly", "Smart Bulb",
  "Home & Garden > Lighting > Light Bulbs > LED Light Bulbs", "smart home, bulb", "",
  price=39.99, grams=300, sku="GL-SB4",
  attrs=dict(wattage="9 W (60 W equivalent)", lumens="800 lm",
             color_temperature="2700–6500K + 16 million colors",
             compatible_with="Alexa, Google Home",
             connectivity="2.4 GHz Wi-Fi, no hub required", pieces="4",
             certifications="UL, FCC", lifespan="25,000 h"))

P("arcadia-arc-floor-lamp", "Arcadia Arc Floor Lamp", "Arcadia", "Floor Lamp",
  "Home & Garden > Lighting > Lamps > Floor Lamps", "lamp, living room",
  "<p>A marble base keeps it steady. Linen drum shade. On/off foot switch on the cord.</p>",
  opts=[("Color", ["Brass", "Black"])], price=219.00, grams=16000, sku="AR-AFL",
  attrs=dict(height="80 in (203 cm)",
             material="Brass-finish steel arm, marble base, linen shade",
             bulb="E26, max 60 W (not included)", dimmer="No (foot switch on/off)",
             certifications="UL"))

P("sunpath-solar-path-lights-8", "Sunpath Solar Pathway Lights, 8 Pack", "Sunpath",
  "Path Light", "Home & Garden > Lighting > Outdoor Lighting > Landscape Pathway Lighting",
  "solar, garden, path", "", price=36.99, grams=1400, sku="SP-SL8",
  attrs=dict(pieces="8", battery_life="Up to 8 h on a full charge", waterproof="IP65",
             material="Stainless steel and ABS", lumens="15 lm each",
             color_temperature="3000K warm white"))

P("luma-desk-lamp-wireless", "Luma LED Desk Lamp with Wireless Charger", "Luma",
  "Desk Lamp", "Home & Garden > Lighting > Lamps > Desk Lamps", "desk lamp, qi", "",
  opts=[("Color", ["White", "Black"])], price=49.99, grams=1100, sku="LU-DL10",
  attrs=dict(wattage="10 W", charging="10 W Qi wireless pad, USB-A port",
             compatible_with="Qi-enabled phones (iPhone 8 and later, Galaxy S10 and later)",
             modes="5 color modes, 7 brightness levels", certifications="FCC, CE"))

P("bistro-outdoor-string-lights", "Bistro Outdoor String Lights", "Bistro", "String Lights",
  "Home & Garden > Lighting > Lighting Fixtures > String Lights", "patio, string lights",
  "<p>Shatterproof plastic bulbs. Connect up to 30 strands end to end.</p>",
  opts=[("Length", ["48 ft", "96 ft"])], price={"48 ft": 42.99, "96 ft": 74.99},
  grams={"48 ft": 1500, "96 ft": 2900}, sku="BI-SL",
  attrs=dict(bulbs="48 ft: 15 S14 LED bulbs + 1 spare; 96 ft: 30 S14 LED bulbs + 2 spare",
             waterproof="IP65", power="Plug-in (corded)", wattage="1 W per bulb",
             certifications="ETL"))

P("amber-glass-candle-lantern", "Amber Glass Candle Lantern", "Hearth & Wick", "Lantern",
  "Home & Garden > Decor > Candle Holders", "", "", price=26.00, grams=800, sku="HW-AGL")

P("led-ceiling-light-36w", "LED吸顶灯 36W 三色调光", "明居照明", "吸顶灯",
  "Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures", "吸顶灯, 卧室, 客厅",
  "<p>功率36瓦，直径50厘米，适合15-20平方米房间。支持遥控器无级调光调色（3000K-6500K）。"
  "灯罩为亚克力材质。保修三年。</p>",
  price=39.99, grams=2200, sku="MJ-CL36",
  attrs=dict(wattage="36 W", dimensions="Ø 50 cm", warranty="3年"))

P("dreamglow-kids-night-light", "Dreamglow Kids Night Light", "Dreamglow", "Night Light",
  "Home & Garden > Lighting > Night Lights & Ambient Lighting", "night light, kids", "",
  opts=[("Style", ["Bunny", "Bear"])], price=21.99, grams=150, sku="DG-NL1",
  attrs=dict(age_range="3+ years", battery_life="Up to 100 h", charging="USB-C",
             material="Food-grade silicone", cordless="Yes"))

# ===========================================================================
# HOME TEXTILES
# ===========================================================================
P("flaxhouse-linen-duvet-cover", "Flaxhouse Stonewashed Linen Duvet Cover", "Flaxhouse",
  "Duvet Cover", "Home & Garden > Linens & Bedding > Bedding > Duvet Covers",
  "linen, bedding", "",
  opts=[("Size", ["Twin", "Queen", "King"]), ("Color", ["Natural", "White", "Terracotta"])],
  price={"Twin": 189.00, "Queen": 239.00, "King": 279.00},
  grams={"Twin": 1300, "Queen": 1700, "King": 2000}, sku="FH-LDC",
  attrs=dict(material="100% European flax linen", certifications="OEKO-TEX Standard 100",
             closure="Coconut shell buttons", care="Machine wash"))

P("cloudloft-turkish-towel-set", "Cloudloft Turkish Cotton Bath Towel Set", "Cloudloft",
  "Towel Set", "Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths",
  "towels, bath, cotton", "",
  opts=[("Color", ["White", "Grey", "Navy", "Seafoam"])], price=69.00, grams=2400,
  sku="CL-TTS6",
  attrs=dict(material="100% Turkish cotton", gsm="600 GSM",
             pieces="6 (2 bath towels, 2 hand towels, 2 washcloths)",
             dimensions="Bath towel: 30 x 56 in", certifications="OEKO-TEX Standard 100",
             care="Machine wash warm"))

P("stillness-weighted-blanket", "Stillness Weighted Blanket", "Stillness", "Weighted Blanket",
  "Home & Garden > Linens & Bedding > Bedding > Blankets", "weighted blanket, sleep",
  "<p>Spot clean only. The cover is not removable.</p>",
  opts=[("Weight", ["10 lb", "15 lb", "20 lb"])],
  price={"10 lb": 89.00, "15 lb": 109.00, "20 lb": 129.00},
  grams={"10 lb": 4540, "15 lb": 6800, "20 lb": 9070}, sku="SN-WB",
  attrs=dict(dimensions="60 x 80 in", material="Cotton cover, glass bead fill"))

P("chunky-knit-throw", "Chunky Knit Throw", "Loom & Co.", "Throw Blanket",
  "Home & Garden > Linens & Bedding > Bedding > Blankets", "", "", price=79.00, grams=2000,
  sku="LC-CKT")

P("nimbus-contour-pillow", "Nimbus Contour Memory Foam Pillow", "Nimbus", "Pillow",
  "Home & Garden > Linens & Bedding > Bedding > Pillows", "pillow, memory foam",
  "<p>The cover is removable and machine washable. The foam itself is not washable.</p>",
  price=59.00, grams=1400, sku="NI-CP1",
  attrs=dict(material="Memory foam core, rayon-from-bamboo cover",
             certifications="CertiPUR-US", dimensions="24 x 14 x 4.7 in",
             warranty="5 years"))

P("waffle-weave-shower-curtain", "Waffle Weave Shower Curtain", "Tidewater Bath",
  "Shower Curtain", "Home & Garden > Bathroom Accessories > Shower Curtains",
  "bathroom, shower curtain", "",
  opts=[("Color", ["White", "Sage", "Charcoal"])], price=32.00, grams=700, sku="TB-WSC",
  attrs=dict(material="100% polyester waffle weave", dimensions="72 x 72 in",
             waterproof="No — use with a liner", care="Machine washable"))


# ===========================================================================
# COPIES
# ===========================================================================
COPIES: list[dict] = []


def X(kind, claim, fact, field):
    """One planted contradiction (or hygiene problem)."""
    return dict(kind=kind, claim=claim, fact=fact, field=field)


def C(handle, lang, text, *planted, note="", key="", dup=""):
    COPIES.append(dict(handle=handle, lang=lang, text=text, planted=list(planted),
                       note=note, key=key, dup=dup))


NO_PRICE = "copy must not state a price or stock level"
REFUSAL = "leaked model refusal / meta text, not listing copy"
PLACEHOLDER = "unfilled template placeholder"


def ND(claim):
    return X("near_duplicate", claim, "same text as {dup} (another product's copy) with the name swapped", "copy")


# ---------------------------------------------------------------- kitchen
h = "copper-core-saute-pan"
C(h, "en", "Harlow & Finch Copper Core Sauté Pan — 12-inch\n• 5-ply construction with a copper core for even heat\n• Oven-safe to 500°F\n• Induction ready\n• Lifetime limited warranty")
C(h, "en", "Sear at high heat, then finish in a 260°C oven. The 10-inch pan holds 3 quarts (about 2.8 L); step up to the 12-inch for 5 quarts.",
  note="conversions: 500°F = 260°C; 3 qt = 2.84 L")
C(h, "en", "Copper core, stainless everything else, and cleanup is easy: just toss it in the dishwasher when dinner's done.",
  X("feature", "just toss it in the dishwasher", "Dishwasher safe: No", "dishwasher_safe"))
C(h, "zh", "Harlow & Finch 铜芯炒锅：五层复合结构，18/10不锈钢包裹铜芯，受热均匀。可进烤箱，耐温高达260°C，适用电磁炉，终身有限保修。",
  note="500°F = 260°C")
C(h, "zh", "Harlow & Finch 炒锅，五层铝芯不锈钢复合锅身，导热迅速，电磁炉、燃气灶通用，可进烤箱（最高260°C）。",
  X("material", "五层铝芯不锈钢", "5-ply: 18/10 stainless steel with copper core", "material"))
C(h, "en", "Choose your size: 10, 12 or 14 inches. Same copper core, same lifetime limited warranty.",
  X("colour_variant", "14 inches", "Size options: 10 in, 12 in", "variants"))

h = "brightwell-glass-kettle"
C(h, "en", "Boil up to 57 oz of water in a kettle you can actually watch. Borosilicate glass, stainless base, and it lifts off its swivel base cordless. UL listed.",
  note="1.7 L = 57.5 US fl oz")
C(h, "en", "Brightwell Glass Kettle — holds a generous 1.7 gallons, 1500 W fast boil, auto shut-off.",
  X("number_unit", "1.7 gallons", "Capacity: 1.7 L", "capacity"))
C(h, "zh", "1.7升大容量玻璃电热水壶，1500瓦快速烧水，自动断电、防干烧。无线壶身，360°旋转底座，通过UL、FCC认证。")
C(h, "zh", "1.7升高硼硅玻璃壶身，看得见的沸腾。1500瓦快速烧水，自动断电。整机保修三年，买得放心。",
  X("warranty", "整机保修三年", "Warranty: 1 year", "warranty"))
C(h, "en", "CE and ETL certified for peace of mind. 1500 W, 1.7 L, boil-dry protection.",
  X("certification", "CE and ETL certified", "Certifications: UL, FCC", "certifications"))
C(h, "en", "Brightwell 1.7 L Glass Electric Kettle | 1500 W | borosilicate glass | cordless | auto shut-off | 1-yr warranty",
  key="kettle_terse")
C(h, "zh", "抱歉，作为AI语言模型，我无法核实该电水壶的实际烧水时间。以下为参考文案：1.7升玻璃电水壶，1500瓦，自动断电。",
  X("refusal", "抱歉，作为AI语言模型，我无法核实该电水壶的实际烧水时间。", REFUSAL, "copy"))

h = "kuroshio-gyuto-8"
C(h, "en", "A 20 cm gyuto with a VG-10 core under 67 layers of Damascus steel. Pakkawood handle, a 15° edge per side, and about 180 g in the hand.",
  note="8 in = 20.3 cm; 6.3 oz = 179 g")
C(h, "en", "Ergonomic G10 fiberglass handle, VG-10 core, 67-layer Damascus. Razor sharp out of the box.",
  X("material", "G10 fiberglass handle", "Handle material: Pakkawood", "handle_material"))
C(h, "zh", "Kuroshio 大马士革主厨刀，刀刃长度25厘米，VG-10钢芯，锋利持久。",
  X("number_unit", "刀刃长度25厘米", "Blade length: 8 in (20 cm)", "blade_length"))
C(h, "zh", "Kuroshio 8英寸牛刀：VG-10钢芯，67层大马士革钢，硬度60±2 HRC，双面15°开刃。请手洗，勿放入洗碗机。磁吸礼盒包装。")
C(h, "en", "Kuroshio's 8-inch gyuto pairs a VG-10 core with 67 layers of Damascus and a Pakkawood handle. Dishwasher safe, so your weeknight cleanup stays quick.",
  X("feature", "Dishwasher safe", "Dishwasher safe: No", "dishwasher_safe"))
C(h, "en", "Hand-sharpened, lifetime warranty, gift box included. A knife worth keeping for decades.",
  note="marketing phrasing only")

h = "flexichef-spatula-set"
C(h, "en", "Five spatulas, one drawer. Food-grade silicone over a steel core, heat-safe to 480°F, and they won't mind the dishwasher. Sage Green, Charcoal or Blush Pink.",
  note="paraphrase: 'won't mind the dishwasher' = dishwasher safe")
C(h, "en", "Five heat-safe silicone spatulas (up to 480°F) with a steel core for control. Pick your favorite: Sage Green, Charcoal or Sunflower Yellow.",
  X("colour_variant", "Sunflower Yellow", "Color options: Sage Green, Charcoal, Blush Pink", "variants"))
C(h, "zh", "5件套硅胶铲，食品级硅胶包裹不锈钢芯，耐温250°C，可以放进洗碗机，不含BPA。")
C(h, "zh", "鼠尾草绿硅胶铲五件套，食品级硅胶，耐温250°C，可进洗碗机。限时特价仅售59元！",
  X("price_stock", "限时特价仅售59元", NO_PRICE + " (Variant Price 19.99)", "copy"))
C(h, "en", "- 5 pieces\n- BPA-free silicone\n- Heat-safe up to 250°C\n- Dishwasher safe")

h = "ironvale-dutch-oven"
C(h, "en", "Holds about 5.2 liters — plenty for a family-size stew. Enameled cast iron, oven-safe to 500°F, and at home on every cooktop, induction included.",
  note="5.5 qt = 5.2 L")
C(h, "en", "Enameled cast iron that weighs just 6 lb, so it's easy to lift from oven to table.",
  X("number_unit", "weighs just 6 lb", "Weight: 13 lb", "weight"))
C(h, "zh", "5.5夸脱（约5.2升）珐琅铸铁锅，重约5.9公斤，锁温蓄热，炖煮烘焙都拿手。可进烤箱，耐温260°C。",
  note="13 lb = 5.9 kg; 500°F = 260°C")
C(h, "zh", "5.5夸脱珐琅铸铁锅，可进烤箱，适用电磁炉。樱桃红、钴蓝、奶油白三色可选，厨房颜值担当。",
  X("colour_variant", "奶油白", "Color options: Cherry Red, Cobalt, Matte Black", "variants"))
C(h, "en", "Lightweight enameled cast aluminum keeps heat steady without the heft.",
  X("material", "enameled cast aluminum", "Material: Enameled cast iron", "material"))
C(h, "en", "Dishwasher safe (though a quick hand wash keeps the enamel glossy). In Cherry Red, Cobalt or Matte Black.",
  note="dishwasher fact is only in the description")
C(h, "zh", "Ironvale 珐琅铸铁锅，容量XX升，适合XX人使用。可进烤箱，电磁炉可用。",
  X("placeholder", "容量XX升", PLACEHOLDER, "copy"), X("placeholder", "适合XX人使用", PLACEHOLDER, "copy"))

h = "greenleaf-bamboo-boards"
C(h, "en", "Three FSC-certified bamboo boards, from a 9 x 6 in for garlic to a 15 x 10 in with a juice groove for roasts. Hand wash and oil once a month.")
C(h, "en", "Three Moso bamboo boards in large, medium and small, with a deep juice groove on the big one. Durable bamboo that goes straight in the dishwasher.",
  X("feature", "goes straight in the dishwasher", "Description: Hand wash only. Not dishwasher safe.", "description"))
C(h, "zh", "竹制砧板三件套，大号约38 x 25厘米，带导流槽，FSC认证竹材。请手洗，不可放入洗碗机。",
  note="15 x 10 in = 38 x 25 cm; facts in description")
C(h, "zh", "精选优质橡木砧板三件套，大中小三种尺寸，大号带导流槽，耐用不易开裂。",
  X("material", "优质橡木", "Description: boards made from Moso bamboo", "description"))
C(h, "en", "Three boards for every job. The big one is a full 20 x 15 in — room for a whole turkey — and the small 9 x 6 in handles garlic and herbs.",
  X("number_unit", "20 x 15 in", "Description: Large: 15 x 10 in", "description"))

h = "morning-ritual-gift-box"
C(h, "en", "A thoughtful little box for the coffee lover in your life. Wrap it, give it, watch them smile.",
  note="no facts; numbers-free faithful copy")
C(h, "zh", "抱歉，我无法为该商品撰写文案，因为缺少产品详情。请提供更多信息。",
  X("refusal", "抱歉，我无法为该商品撰写文案，因为缺少产品详情。", REFUSAL, "copy"))
C(h, "en", "Morning Ritual Gift Box — [INSERT KEY FEATURES HERE]. Perfect for {{occasion}}.",
  X("placeholder", "[INSERT KEY FEATURES HERE]", PLACEHOLDER, "copy"), X("placeholder", "{{occasion}}", PLACEHOLDER, "copy"))
C(h, "zh", "送给爱喝咖啡的朋友，一份温暖的清晨仪式感。")
C(h, "en", "Morning Ritual Gift Box | 1500 W | borosilicate glass | cordless | auto shut-off | 1-yr warranty",
  ND("Morning Ritual Gift Box | 1500 W | borosilicate glass | cordless | auto shut-off | 1-yr warranty"),
  dup="kettle_terse")

h = "summit-insulated-bottle-32"
C(h, "en", "Cold for a full day, hot for 12 hours. Roughly 946 ml of double-wall 18/8 stainless with a powder-coated finish that won't sweat.",
  note="32 fl oz = 946 ml; 'full day' = 24 h")
C(h, "en", "32 oz of double-wall 18/8 stainless keeps drinks cold for 24 hours. Dishwasher safe, leakproof, and ready for anything.",
  X("feature", "Dishwasher safe", "Dishwasher safe: No", "dishwasher_safe"))
C(h, "zh", "946毫升（32盎司）真空保温杯，保冷24小时、保温12小时，18/8不锈钢，吸管盖防漏。")
C(h, "zh", "32盎司18/8不锈钢保温杯，双层真空，保冷长达48小时，夏天出门一整天都冰爽。",
  X("number_unit", "保冷长达48小时", "Insulation: Cold 24 h, hot 12 h", "insulation"))
C(h, "zh", "32盎司真空保温杯，吸管盖防漏，外层喷粉不挂水珠。冰川白、石板灰、森林绿、柠檬黄四色可选。",
  X("colour_variant", "柠檬黄", "Color options: Glacier White, Slate, Forest, Coral", "variants"))
C(h, "en", "Pick Glacier White, Slate, Forest or Coral. BPA-free lid with a built-in straw.")
C(h, "en", "Summit 32 oz bottle — cold for 24 hours, hot for 12, with a leakproof straw lid, in stock and ready to ship today!",
  X("price_stock", "in stock and ready to ship today", NO_PRICE, "copy"))

h = "alto-stand-mixer"
C(h, "en", "600 watts, 10 speeds and a 5.5-quart stainless bowl. Dough hook, flat beater, whip and splash guard in the box. ETL listed, 2-year warranty. Pistachio, Onyx Black or Cream.")
C(h, "en", "Ten speeds, a 5.5-quart stainless bowl and a tilt head for easy access. A 1000-watt motor powers through the stiffest bread dough.",
  X("number_unit", "1000-watt motor", "Wattage: 600 W", "wattage"))
C(h, "zh", "5.5夸脱不锈钢搅拌碗，600瓦电机，10档调速，配揉面钩、扁平搅拌桨、打蛋球和防溅罩。保修两年。")
C(h, "zh", "开心果绿复古厨师机，5.5夸脱不锈钢碗，十档调速，品质保障，保修五年。",
  X("warranty", "保修五年", "Warranty: 2 years", "warranty"))
C(h, "en", "Alto Stand Mixer in Pistachio, Onyx Black or Cream. Dough hook, flat beater and wire whip included. UL-listed and backed by a 5-year warranty.",
  X("certification", "UL-listed", "Certifications: ETL", "certifications"),
  X("warranty", "5-year warranty", "Warranty: 2 years", "warranty"))
C(h, "en", "A 5.2-liter bowl, ten speeds and a tilt head that makes adding flour painless. Weighs about 8 kg, so it stays put.",
  note="5.5 qt = 5.2 L; 17.6 lb = 7.98 kg")
C(h, "en", "I'm unable to verify the motor's wattage, so I've left it out. Alto Stand Mixer: ten speeds, tilt-head design, three attachments plus a splash guard.",
  X("refusal", "I'm unable to verify the motor's wattage, so I've left it out.", REFUSAL, "copy"))

h = "yixing-zhuni-teapot"
C(h, "zh", "宜兴原矿朱泥西施壶，纯手工制作，容量220毫升，适合一人或两人品茶。")
C(h, "zh", "宜兴朱泥西施壶，纯手工制作，大容量500毫升，一家人喝茶也够用。",
  X("number_unit", "大容量500毫升", "Capacity: 220 ml", "capacity"))
C(h, "en", "Hand-made Yixing zhuni clay teapot, about 7.4 oz (220 ml). Hand wash only — no dishwasher, no microwave.",
  note="220 ml = 7.4 US fl oz; care facts only in the Chinese description")
C(h, "en", "Hand-made from Yixing zhuni clay, 220 ml, and microwave safe for quick reheating. Lovely with oolong or black tea.",
  X("feature", "microwave safe", "Description: 不可微波加热 (not microwave safe)", "description"))
C(h, "zh", "手工西施壶，容量220毫升，采用景德镇白瓷，釉面光洁，手感温润。",
  X("material", "景德镇白瓷", "Material: 朱泥 (Yixing zhuni clay)", "material"))

# ---------------------------------------------------------------- outdoor
h = "ridgeback-ul-tent-2p"
C(h, "en", "Under 3 lb on your back (2 lb 14 oz, to be exact). Silnylon fly rated to 3000 mm, aluminum poles, and it packs down to 18 x 6 in.",
  note="2 lb 14 oz < 3 lb")
C(h, "en", "At just 1 lb 14 oz, it's the lightest two-person tent we've ever made.",
  X("number_unit", "just 1 lb 14 oz", "Weight: 2 lb 14 oz", "weight"))
C(h, "zh", "双人超轻帐篷，重约1.3公斤，15D硅尼龙外帐，防水指数3000毫米，铝合金帐杆。",
  note="2 lb 14 oz = 46 oz = 1.30 kg")
C(h, "zh", "双人超轻帐篷，15D硅尼龙外帐，防水指数3000毫米，碳纤维帐杆，轻量又坚韧，山脊大风也不怕。",
  X("material", "碳纤维帐杆", "Material: ... aluminum poles", "material"))
C(h, "en", "Two doors, two vestibules and a 3000 mm silnylon fly, all under 3 lb. Choose Olive, Sand or Blaze Orange.",
  X("colour_variant", "Blaze Orange", "Color options: Olive, Sand", "variants"))
C(h, "en", "Two doors, two vestibules, and it pitches fly-first when the rain won't wait. Limited lifetime warranty.")
C(h, "en", "{{product_title}} is the perfect tent for your next adventure. Silnylon fly, aluminum poles, room for two.",
  X("placeholder", "{{product_title}}", PLACEHOLDER, "copy"))

h = "blaze-mini-stove"
C(h, "en", "88 grams of stove that boils a liter in three and a half minutes. Push-button piezo ignition, 10,000 BTU; fuel canister sold separately.",
  note="3.1 oz = 88 g")
C(h, "en", "Piezo ignition, 10,000 BTU and a 3.5-minute liter boil. Everything you need in one box — fuel canister included.",
  X("feature", "fuel canister included", "Fuel: Isobutane-propane canister (not included)", "fuel"))
C(h, "zh", "迷你炉头，重约88克，功率10000 BTU，电子点火，3.5分钟烧开1升水。气罐需另购。")
C(h, "zh", "迷你炉头仅重约88克，电子点火，通过UL与CSA安全认证，露营用得安心。",
  X("certification", "通过UL与CSA安全认证", "Certifications: CE", "certifications"))
C(h, "zh", "Blaze迷你炉头，3.5分钟烧开1升水。现货速发，库存仅剩3件，手慢无！",
  X("price_stock", "现货速发，库存仅剩3件", NO_PRICE, "copy"))
C(h, "en", "Tiny, light, and fast. Folds away small and lights with a click.", key="stove_generic")

h = "basecamp-folding-chair"
C(h, "en", "Holds up to 300 lb on a powder-coated steel frame and packs into its own shoulder-strap bag. Armrest cup holder and phone pocket included. About 2.5 kg.",
  note="5.5 lb = 2.49 kg")
C(h, "en", "Folds into its own shoulder bag and holds up to 300 lb. Lightweight aluminum frame, 600D polyester seat, cup holder in the armrest.",
  X("material", "aluminum frame", "Material: 600D polyester, powder-coated steel frame", "material"))
C(h, "zh", "承重约136公斤，600D涤纶面料，喷粉钢架，折叠后装进附带的背包即可出发。",
  note="300 lb = 136 kg")
C(h, "zh", "折叠露营椅，600D涤纶面料，扶手带杯架。超强承重200公斤，大体型也能安心坐。",
  X("number_unit", "承重200公斤", "Max load: 300 lb (136 kg)", "max_load"))
C(h, "en", "Cup holder, phone pocket and a carry bag with shoulder strap. In Navy, Forest Green or Charcoal.",
  X("colour_variant", "Charcoal", "Color options: Navy, Forest Green, Red", "variants"))
C(h, "en", "Kick back at the campsite, the lake or the kids' soccer game. Sturdy, packable, comfy.")

h = "lumen-trail-400-headlamp"
C(h, "en", "400 lumens, USB-C recharge, and up to 40 hours on low. IPX4 means rain and splashes are no problem. Just 79 g.",
  note="2.8 oz = 79 g")
C(h, "en", "400 lumens and up to 40 hours on low, recharged over USB-C. Fully waterproof — take it swimming or wading through streams.",
  X("feature", "Fully waterproof", "Waterproof: No; IPX4 (splash resistant)", "waterproof"))
C(h, "zh", "400流明头灯，Type-C充电，低亮模式最长40小时，IPX4防泼溅，内置1200毫安锂电池。")
C(h, "zh", "400流明充电头灯，Type-C充电，IPX8级防水，可潜水使用。",
  X("feature", "IPX8级防水，可潜水使用", "Waterproof: No; IPX4 (splash resistant)", "waterproof"))
C(h, "en", "Lumen Trail 400 — TBD lumens of trail-ready light. Battery life: TBD. Colors: Black, Orange.",
  X("placeholder", "TBD lumens", PLACEHOLDER, "copy"), X("placeholder", "Battery life: TBD", PLACEHOLDER, "copy"))
C(h, "en", "Over 35 hours on the low setting and 4 hours at full blast. Black or Orange.",
  note="'over 35 h' is within 'up to 40 h'")

h = "nordhaus-20f-down-bag"
C(h, "en", "Rated to -7°C with 650-fill duck down in a 20D ripstop shell. The Regular fits up to 6 ft; the Long takes you to 6'6\".",
  note="20°F = -7°C")
C(h, "en", "Nordhaus 20°F mummy bag with a draft collar and full-length zip. Stuffed with 800-fill goose down for serious warmth.",
  X("material", "goose down", "Fill: 650-fill-power duck down", "fill"),
  X("number_unit", "800-fill", "Fill: 650-fill-power duck down", "fill"))
C(h, "zh", "温标-7°C（20°F），650蓬松度鸭绒，常规款重约1.08公斤。",
  note="2 lb 6 oz = 38 oz = 1.08 kg")
C(h, "zh", "650蓬松度鸭绒睡袋，20D防撕裂面料。温标零下20°C，冬季露营无压力。",
  X("number_unit", "温标零下20°C", "Temperature rating: 20°F (-7°C)", "temperature_rating"),
  note="°F read as °C")
C(h, "zh", "650蓬松度鸭绒木乃伊睡袋，有标准款、加长款和儿童款可选。",
  X("colour_variant", "儿童款", "Size options: Regular, Long", "variants"))
C(h, "en", "Mummy cut, draft collar, full-length zip. Built for three-season trips.")

h = "trailhead-carabiner-keychain"
C(h, "en", "Clip your keys to your belt loop, your bag or your pack. A handy little carabiner for everyday carry.",
  note="no facts; numbers-free")
C(h, "zh", "小巧登山扣钥匙扣，今日下单立减10元，到手仅需29元！",
  X("price_stock", "今日下单立减10元，到手仅需29元", NO_PRICE + " (Variant Price 12.00)", "copy"))
C(h, "en", "I'm sorry, but I can't help with that request.",
  X("refusal", "I'm sorry, but I can't help with that request.", REFUSAL, "copy"))
C(h, "zh", "小巧实用的登山扣钥匙扣，挂包挂腰带都方便。")
C(h, "en", "Trailhead Carabiner Keychain: tiny, light, and fast. Folds away small and lights with a click.",
  ND("tiny, light, and fast. Folds away small and lights with a click."), dup="stove_generic")

h = "drift-double-hammock"
C(h, "en", "Roomy for two at about 3 m x 2 m, holds up to 500 lb, and weighs 1.4 lb. Tree straps and steel carabiners included.",
  note="10 ft = 3.05 m; 6.5 ft = 1.98 m")
C(h, "zh", "双人降落伞布吊床，210T尼龙，附赠树带和登山扣。承重高达500公斤，两人躺也稳稳当当。",
  X("number_unit", "承重高达500公斤", "Max load: 500 lb (about 227 kg)", "max_load"))
C(h, "zh", "双人降落伞布吊床，210T尼龙，承重约227公斤，附赠两条树带和两个钢制登山扣。",
  note="500 lb = 227 kg")
C(h, "en", "Big enough for two at 10 x 6.5 ft, with tree straps and steel carabiners included. Soft cotton canvas that breathes on hot days.",
  X("material", "cotton canvas", "Material: 210T parachute nylon", "material"))
C(h, "en", "Sky Blue, Olive or Charcoal — pick your vibe and go hang out.")

h = "frostline-45-cooler"
C(h, "en", "Up to a week of ice in 45 quarts (about 42.6 L). IGBC-certified bear-resistant when padlocked, with a 5-year warranty.",
  note="45 qt = 42.6 L; 7 days = a week")
C(h, "en", "Built tough, keeps ice for two weeks, and backed by a lifetime warranty.",
  X("number_unit", "keeps ice for two weeks", "Ice retention: Up to 7 days", "ice_retention"),
  X("warranty", "lifetime warranty", "Warranty: 5 years", "warranty"))
C(h, "zh", "45夸脱（约42.6升）滚塑保温箱，冰块最长可保存7天，配挂锁可防熊（IGBC认证），保修五年。")
C(h, "en", "White, Tan or Sage. 25 lb empty, 26 x 16.5 x 16 in outside.")
C(h, "en", "Frostline 45 — up to 7 days of ice, IGBC bear-resistant, now just $249.99 (reg. $279.99).",
  X("price_stock", "now just $249.99 (reg. $279.99)", NO_PRICE, "copy"))
C(h, "en", "Frostline 45 Qt Cooler. Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
  X("placeholder", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", PLACEHOLDER, "copy"))

# ---------------------------------------------------------------- electronics
h = "clearshield-magsafe-iphone15"
C(h, "en", "Drop-tested to 10 feet and MagSafe ready. Hard polycarbonate back, soft TPU bumper. For iPhone 15, 15 Pro and 15 Pro Max.")
C(h, "en", "Slim, clear and tough, with MagSafe built in and a 10 ft drop rating. Also fits iPhone 14 and iPhone 15 Plus.",
  X("compatibility", "Also fits iPhone 14 and iPhone 15 Plus", "Compatible with: iPhone 15, iPhone 15 Pro, iPhone 15 Pro Max", "compatible_with"))
C(h, "zh", "适用于iPhone 15、15 Pro、15 Pro Max，支持MagSafe磁吸，通过3米防摔测试。")
C(h, "zh", "磁吸透明壳，聚碳酸酯背板+TPU边框，3米防摔，同时兼容三星Galaxy S24。",
  X("compatibility", "同时兼容三星Galaxy S24", "Compatible with: iPhone 15, iPhone 15 Pro, iPhone 15 Pro Max", "compatible_with"))
C(h, "en", "MagSafe case with a polycarbonate back and TPU bumper. Available in Clear, Frost Black and Midnight Blue.",
  X("colour_variant", "Midnight Blue", "Color options: Clear, Frost Black", "variants"))
C(h, "en", "Clear or Frost Black. Survives a 3-meter drop test. Snaps onto your 15 Pro Max like it was made for it — because it was.")

h = "voltpeak-65w-gan-charger"
C(h, "en", "One 65 W GaN brick for your MacBook Air, iPad Pro, Pixel 8 and Switch. Two USB-C ports plus one USB-A. UL, FCC and CE certified, 18-month warranty.")
C(h, "en", "VoltPeak GaN charger with two USB-C ports and one USB-A. Fast-charges at up to 100 W.",
  X("number_unit", "up to 100 W", "Wattage: 65 W total", "wattage"))
C(h, "zh", "65瓦氮化镓充电器，2个USB-C口+1个USB-A口，仅重约116克，出差带上它就够了。",
  note="4.1 oz = 116 g")
C(h, "zh", "65瓦氮化镓快充，三个接口，UL、FCC、CE认证。品质保障，保修三年。",
  X("warranty", "保修三年", "Warranty: 18 months", "warranty"))
C(h, "zh", "65瓦氮化镓充电器，完美适配16英寸MacBook Pro，也能给iPad Pro和Switch充电。",
  X("compatibility", "16英寸MacBook Pro", "Compatible with: MacBook Air, MacBook Pro 13/14 in, iPad Pro, Galaxy S23, Pixel 8, Nintendo Switch", "compatible_with"))
C(h, "en", "65 W, three ports, foldable prongs. Apple MFi certified for safe charging.",
  X("certification", "Apple MFi certified", "Certifications: UL, FCC, CE", "certifications"))
C(h, "en", "A year and a half of warranty coverage and three ports, in a brick that weighs about a quarter pound.",
  note="18 months = 1.5 years; 4.1 oz = 0.26 lb")

h = "sonique-air-pro-earbuds"
C(h, "en", "Six hours per charge, 30 with the case. Hybrid ANC, Bluetooth 5.3, IPX5 sweat resistance, and the case tops up on any Qi pad.")
C(h, "en", "Hybrid ANC and Bluetooth 5.3, six hours per charge. Up to 60 hours total with the charging case.",
  X("number_unit", "Up to 60 hours total", "Battery life: 6 h (earbuds), 30 h total with case", "battery_life"))
C(h, "zh", "单次续航6小时，搭配充电盒共30小时，蓝牙5.3，混合主动降噪，IPX5防汗防溅。")
C(h, "zh", "混合主动降噪，蓝牙5.3，防水等级高，戴着游泳也没问题，单次续航10小时。",
  X("feature", "戴着游泳也没问题", "Waterproof: Sweat and splash resistant (IPX5); not for swimming", "waterproof"),
  X("number_unit", "单次续航10小时", "Battery life: 6 h (earbuds)", "battery_life"))
C(h, "en", "Hybrid ANC, IPX5 and Qi wireless charging. Black, White or Rose Gold.",
  X("colour_variant", "Rose Gold", "Color options: Black, White, Sage Green", "variants"))
C(h, "en", "As an AI language model, I don't have access to the exact specifications of the Sonique Air Pro, but here is a sample description: Enjoy crisp sound and all-day comfort.",
  X("refusal", "As an AI language model, I don't have access to the exact specifications of the Sonique Air Pro", REFUSAL, "copy"))
C(h, "en", "Sweat-resistant enough for the gym (IPX5) — but leave them on the pool deck.",
  note="IPX5 sweat/splash resistant, not for swimming: consistent")

h = "linkpro-8k-hdmi-cable"
C(h, "en", "48 Gbps, 8K at 60 Hz or 4K at 120 Hz, certified Ultra High Speed. Pick 0.9 m, 1.8 m or 3 m.",
  note="3/6/10 ft = 0.91/1.83/3.05 m")
C(h, "en", "Certified Ultra High Speed HDMI 2.1 with 48 Gbps for 8K60 and 4K120. Available in 3, 6, 10 and 15 ft lengths.",
  X("colour_variant", "15 ft", "Length options: 3 ft, 6 ft, 10 ft", "variants"))
C(h, "zh", "HDMI 2.1 8K高清线，48Gbps带宽，编织线身，镀金接头，终身保修。")
C(h, "zh", "HDMI 2.1 编织高清线，镀金接头，带宽18Gbps，轻松传输4K信号。",
  X("number_unit", "带宽18Gbps", "Bandwidth: 48 Gbps", "bandwidth"))
C(h, "en", "LinkPro 8K HDMI 2.1 Cable | Keyword1, Keyword2 | Buy [Product Name] today",
  X("placeholder", "Keyword1, Keyword2", PLACEHOLDER, "copy"), X("placeholder", "[Product Name]", PLACEHOLDER, "copy"))
C(h, "en", "Braided, gold-plated, lifetime warranty. Made for PS5 and Xbox Series X at 4K/120.",
  note="PS5/Xbox not listed, but the product has no compatibility list: unsupported, not contradicted")

h = "juicebox-20000-power-bank"
C(h, "en", "20,000 mAh — about four full iPhone 15 charges — at up to 22.5 W. Under 400 g, and at 74 Wh it rides in your carry-on.",
  note="13.1 oz = 371 g")
C(h, "en", "Black or Blue, with USB-C in/out and two USB-A ports. A massive 30,000 mAh in your pocket, UL certified.",
  X("number_unit", "30,000 mAh", "Capacity: 20,000 mAh", "capacity"),
  X("certification", "UL certified", "Certifications: FCC, RoHS", "certifications"))
C(h, "zh", "20000毫安大容量，最大输出22.5瓦，约371克，74瓦时可随身带上飞机。")
C(h, "zh", "20000毫安充电宝，最大22.5瓦输出，可带上飞机，通过UL安全认证，放心使用。",
  X("certification", "通过UL安全认证", "Certifications: FCC, RoHS", "certifications"))
C(h, "zh", "20000毫安充电宝，USB-C双向快充，黑色、蓝色、粉色三色可选。",
  X("colour_variant", "粉色", "Color options: Black, Blue", "variants"))
C(h, "en", "Black or Blue. 6 x 2.9 x 1 in — slides into a jacket pocket.")

h = "elevate-laptop-stand"
C(h, "en", "Solid anodized aluminum, holds up to 20 kg, six height settings. Fits MacBook Air, MacBook Pro 14 and 16, and most 10–16 in laptops.",
  note="44 lb = 19.96 kg")
C(h, "en", "Six height settings and room for 10–16 in laptops. Made of premium ABS plastic, light and tough.",
  X("material", "premium ABS plastic", "Material: Anodized aluminum alloy", "material"))
C(h, "zh", "铝合金笔记本支架，六档高度可调，承重约20公斤，适配10-16英寸笔记本。")
C(h, "zh", "六档高度可调的笔记本支架，承重约20公斤，17.3英寸游戏本也能稳稳放。",
  X("compatibility", "17.3英寸游戏本", "Compatible with: MacBook Air 13/15, MacBook Pro 14/16, laptops 10–16 in", "compatible_with"))
C(h, "en", "Silver or Space Gray to match your Mac. Under 2 lb, so it goes where you go.")
C(h, "en", "Anodized aluminum, six height levels. Holds up to 44 kg of gear without a wobble.",
  X("number_unit", "44 kg", "Max load: 44 lb (20 kg)", "max_load"))

h = "cleararmor-galaxy-s24-glass"
C(h, "en", "Two 9H tempered glass protectors, just 0.33 mm thin, and your ultrasonic fingerprint reader keeps working. For Galaxy S24 and S24+.")
C(h, "en", "Two 9H tempered glass protectors, 0.33 mm thin. Fits the Galaxy S24, S24+ and S24 Ultra.",
  X("compatibility", "S24 Ultra", "Compatible with: Samsung Galaxy S24, Galaxy S24+ (not S24 Ultra)", "compatible_with"))
C(h, "zh", "三星Galaxy S24/S24+钢化膜，两片装，9H硬度，0.33毫米超薄，不影响超声波指纹解锁。")
C(h, "zh", "两片装9H高清钢化膜，0.33毫米超薄，同样适用于iPhone 15。",
  X("compatibility", "同样适用于iPhone 15", "Compatible with: Samsung Galaxy S24, Galaxy S24+", "compatible_with"))
C(h, "en", "2-pack | 9H | 0.33 mm | S24 / S24+")

h = "keyforge-k75-keyboard"
C(h, "en", "75% layout, 84 keys, hot-swap Gateron Browns. Bluetooth, 2.4 GHz or USB-C, and up to 200 hours with the backlight off.")
C(h, "en", "Hot-swappable Gateron Brown switches, PBT caps, and Bluetooth, 2.4 GHz or wired USB-C. Full-size 104-key layout with a number pad.",
  X("number_unit", "Full-size 104-key layout", "Layout: 75% (84 keys)", "layout"))
C(h, "zh", "75%配列84键，热插拔佳达隆茶轴，三模连接（蓝牙5.1、2.4G、有线），关闭背光最长续航200小时。")
C(h, "zh", "K75三模机械键盘，热插拔茶轴，PBT键帽。原价499元，现价仅需299元！",
  X("price_stock", "原价499元，现价仅需299元", NO_PRICE, "copy"))
C(h, "en", "Aluminum top case and PBT caps. Pairs with Windows, macOS, Android and iOS. More than 150 hours per charge with the backlight off.",
  note="'more than 150 h' is within 'up to 200 h'")
C(h, "en", "Aluminum top case, PBT keycaps, up to 200 hours per charge with the backlight off. Graphite, Ivory or Sakura Pink.",
  X("colour_variant", "Sakura Pink", "Color options: Graphite, Ivory", "variants"))

# ---------------------------------------------------------------- toys
h = "little-grove-rainbow-stacker"
C(h, "en", "Seven solid beech arches finished in water-based paint. For little ones from 18 months. Tested to ASTM F963 and CE.")
C(h, "en", "Seven beech arches in water-based colors. Safe for newborns — a lovely first toy.",
  X("age", "Safe for newborns", "Age range: 18 months+", "age_range"))
C(h, "zh", "七件套彩虹积木，实心榉木，水性漆，适合18个月以上宝宝。")
C(h, "en", "Solid beech, water-based paint, ASTM F963 tested. A 12-piece rainbow for endless stacking.",
  X("number_unit", "12-piece", "Pieces: 7", "pieces"))
C(h, "en", "About 25 cm wide when stacked — a bright corner piece for the nursery shelf.",
  note="10 in = 25.4 cm (assumes first dimension is width)")

h = "brightbuild-magnetic-tiles-60"
C(h, "en", "60 tiles for kids 3 and up. ABS plastic with strong magnets sealed inside, tested to ASTM F963 and CPSIA.",
  note="'kids 3 and up' = 3+ years")
C(h, "en", "60 magnetic ABS tiles, tested to ASTM F963 and CPSIA. A great first toy for babies and toddlers from 12 months.",
  X("age", "from 12 months", "Age range: 3+ years; not for children under 3", "age_range"))
C(h, "zh", "60片磁力片，适合3岁以上儿童，ABS材质，通过ASTM F963与CPSIA检测。")
C(h, "zh", "60片磁力片，ABS材质，磁力强。1岁宝宝也能玩，启蒙好帮手。",
  X("age", "1岁宝宝也能玩", "Age range: 3+ years", "age_range"))
C(h, "en", "Build, knock down, build again. Hours of screen-free STEM fun.", key="tiles_generic")

h = "turbo-trax-rc-truck"
C(h, "en", "A 1:16 monster truck that hits 20 mph (about 32 km/h). Rechargeable pack included — roughly 25 minutes a run. Ages 8+. The remote takes 2 AA batteries, sold separately.",
  note="20 mph = 32.2 km/h")
C(h, "en", "1:16 monster truck with a rechargeable 7.4 V pack included. Top speed of 40 mph!",
  X("number_unit", "40 mph", "Top speed: 20 mph", "top_speed"))
C(h, "zh", "1:16越野大脚车，最高时速约32公里，附带7.4V 1500mAh锂电池，单次可玩约25分钟，适合8岁以上。")
C(h, "zh", "1:16遥控大脚车，附带锂电池，单次可玩约25分钟。适合3岁以上儿童，生日礼物首选。",
  X("age", "适合3岁以上儿童", "Age range: 8+ years", "age_range"))
C(h, "zh", "1:16越野大脚车，附7.4V锂电池。遥控器电池已随附，开箱即玩。",
  X("feature", "遥控器电池已随附", "Remote batteries: 2 x AA (not included)", "remote_batteries"))
C(h, "en", "Hits 20 mph and runs about 25 minutes a charge. Ages 8+. Grab it in Red, Blue or Green.",
  X("colour_variant", "Green", "Color options: Red, Blue", "variants"))

h = "cuddle-co-teddy-16"
C(h, "en", "A 40 cm bear in soft plush, safe from birth, and it goes through the washing machine on gentle.")
C(h, "en", "A classic 16-inch teddy, safe from birth and machine washable. Made from organic cotton and stuffed with natural kapok.",
  X("material", "organic cotton", "Material: Polyester plush", "material"),
  X("material", "natural kapok", "Material: polyester fiber fill", "material"))
C(h, "zh", "40厘米经典泰迪熊，0岁起即可陪伴，可机洗（轻柔模式），符合EN71及ASTM F963标准。")
C(h, "zh", "40厘米经典泰迪熊，可机洗，通过GOTS有机认证。",
  X("certification", "通过GOTS有机认证", "Certifications: EN71, ASTM F963", "certifications"))
C(h, "en", "Honey or Cream. The classic teddy, the classic baby gift.")

h = "curio-lab-crystal-kit"
C(h, "en", "Seven crystal experiments for curious kids aged 10 and up, with a grown-up nearby. Display case and magnifier included.")
C(h, "en", "Grow seven colorful crystals and keep them in the display case. Perfect for preschoolers, and no adult supervision needed!",
  X("age", "Perfect for preschoolers", "Age range: 10+ years", "age_range"),
  X("feature", "no adult supervision needed", "Description: Adult supervision required.", "description"))
C(h, "zh", "水晶生长实验套装，可完成7个实验，适合10岁以上儿童，需在成人监护下使用。")
C(h, "zh", "水晶生长实验套装，7个实验，附放大镜和展示盒，适合6岁以上小朋友。",
  X("age", "适合6岁以上", "Age range: 10+ years", "age_range"))
C(h, "en", "Display case, magnifier and crystal powder packets all included. 12 dazzling experiments in one box.",
  X("number_unit", "12 dazzling experiments", "Experiments: 7", "experiments"))

h = "tinytown-wooden-train-52"
C(h, "en", "52 pieces of beech and pine wood. Plays nicely with Brio, IKEA Lillabo and Thomas Wooden Railway. Ages 3+.")
C(h, "en", "52 pieces of beech and pine for ages 3+. Connects with Brio, IKEA and Playmobil track.",
  X("compatibility", "Playmobil", "Compatible with: Brio, IKEA Lillabo, Thomas Wooden Railway", "compatible_with"))
C(h, "zh", "52件木质火车轨道套装，榉木与松木制作，兼容Brio、宜家LILLABO和托马斯木质轨道，适合3岁以上。")
C(h, "zh", "52件木质轨道套装，兼容Brio与宜家轨道，还能与乐高得宝积木拼接。",
  X("compatibility", "与乐高得宝积木拼接", "Compatible with: Brio, IKEA Lillabo, Thomas Wooden Railway", "compatible_with"))
C(h, "zh", "52件榉木松木火车轨道，CE认证。18个月以上宝宝即可玩耍。",
  X("age", "18个月以上宝宝", "Age range: 3+ years", "age_range"))
C(h, "en", "CE marked and ASTM F963 tested. Hand it to a 3-year-old and watch the railway grow.")

h = "puzzle-night-bundle"
C(h, "en", "Clear the table, pour something warm, and make a night of it.", note="no facts; numbers-free")
C(h, "en", "Puzzles for the whole family, one cozy evening at a time. Only 5 left in stock — grab yours!",
  X("price_stock", "Only 5 left in stock", NO_PRICE, "copy"))
C(h, "zh", "【产品名称】——在这里填写产品卖点。",
  X("placeholder", "【产品名称】", PLACEHOLDER, "copy"), X("placeholder", "在这里填写产品卖点", PLACEHOLDER, "copy"))
C(h, "en", "Puzzle Night Bundle: build, knock down, build again. Hours of screen-free STEM fun.",
  ND("build, knock down, build again. Hours of screen-free STEM fun."), dup="tiles_generic")
C(h, "zh", "一家人围坐一起拼图，享受安静的夜晚。")

h = "leqi-balance-bike-12"
C(h, "zh", "12寸儿童平衡车，铝合金车架，整车约3公斤，座高32-42厘米可调，适合2-5岁。")
C(h, "zh", "12寸儿童平衡车，充气轮胎，座高32-42厘米可调，高碳钢车架，结实耐用。",
  X("material", "高碳钢车架", "Material: 铝合金 (aluminum alloy)", "material"))
C(h, "en", "A 12-inch balance bike with an aluminum frame, about 6.6 lb, seat height 12.6–16.5 in. Ages 2 to 5.",
  note="3 kg = 6.6 lb; 32–42 cm = 12.6–16.5 in")
C(h, "en", "A 12-inch balance bike with air-filled tires and an adjustable seat. Suitable from 12 months.",
  X("age", "Suitable from 12 months", "Age range: 2-5岁 (2–5 years)", "age_range"))
C(h, "zh", "12寸无脚踏平衡车，铝合金车架，整车约3公斤。红色、蓝色、粉色可选。",
  X("colour_variant", "粉色", "颜色 options: 红色, 蓝色, 薄荷绿", "variants"))
C(h, "en", "Red, Blue or Mint Green. Air-filled tires for a smooth ride.",
  note="variant names translated from 红色/蓝色/薄荷绿; 充气轮胎 = air-filled tires")
C(h, "zh", "乐骑平衡车 TODO：补充卖点",
  X("placeholder", "TODO：补充卖点", PLACEHOLDER, "copy"))

# ---------------------------------------------------------------- furniture
h = "hearthwood-oak-dining-table"
C(h, "en", "Solid white oak with an oil finish. The 72-inch seats six; the 84-inch seats eight. Backed by a 5-year warranty.")
C(h, "en", "Walnut veneer over a sturdy MDF core — the look of wood at a fraction of the weight.",
  X("material", "Walnut veneer over a sturdy MDF core", "Material: Solid white oak, oil finish", "material"))
C(h, "zh", "白橡木实木餐桌，木油饰面。72英寸款约183 x 91厘米，可坐6人。",
  note="72 x 36 in = 183 x 91 cm")
C(h, "zh", "白橡木实木餐桌，木油饰面，保修五年。72英寸款可坐10人，聚会不拥挤。",
  X("number_unit", "72英寸款可坐10人", "Seats: 72 in: 6", "seats"))
C(h, "zh", "白橡木实木餐桌，72英寸与84英寸两种尺寸，终身质保。",
  X("warranty", "终身质保", "Warranty: 5 years", "warranty"))
C(h, "en", "The 84 in table is a touch over 2.1 m long and about 97 cm deep.",
  note="84 in = 213 cm; 38 in = 96.5 cm")

h = "loft-5-tier-bookshelf"
C(h, "en", "Five shelves, each good for 15 kg. MDF with a wood-grain veneer on a powder-coated steel frame. About 180 cm tall.",
  note="33 lb = 15 kg; 70.9 in = 180 cm; material only in description")
C(h, "en", "Five tiers, about 180 cm tall. Solid wood shelves on a steel frame, assembled in about 30 minutes.",
  X("material", "Solid wood shelves", "Description: Engineered wood (MDF) shelves with a wood-grain veneer", "description"))
C(h, "zh", "五层书架，每层承重约15公斤，高约180厘米，需自行组装（约30分钟）。")
C(h, "en", "Industrial five-tier shelf, 70.9 in tall. Choose Walnut, Rustic Oak or White.",
  X("colour_variant", "White", "Color options: Walnut, Rustic Oak", "variants"))
C(h, "en", "Industrial look, easy 30-minute assembly, in Walnut or Rustic Oak.")

h = "ergomax-mesh-office-chair"
C(h, "en", "Mesh back, adjustable lumbar, 3D arms. Seat height 44–55 cm, rated for 275 lb, BIFMA X5.1 tested, 3-year warranty.",
  note="17.5–21.5 in = 44.5–54.6 cm")
C(h, "en", "Breathable mesh, adjustable lumbar and 3D arms, BIFMA X5.1 tested. Backed by our 10-year warranty.",
  X("warranty", "10-year warranty", "Warranty: 3 years", "warranty"))
C(h, "zh", "人体工学网椅，座高44-55厘米可调，承重约125公斤，通过BIFMA X5.1测试，保修三年。",
  note="275 lb = 124.7 kg")
C(h, "zh", "透气网背，腰托可调，3D扶手。承重高达275公斤。",
  X("number_unit", "承重高达275公斤", "Max load: 275 lb (125 kg)", "max_load"))
C(h, "en", "Mesh back, adjustable lumbar, seat height 17.5–21.5 in. GREENGUARD Gold certified for cleaner indoor air.",
  X("certification", "GREENGUARD Gold certified", "Certifications: BIFMA X5.1", "certifications"))
C(h, "en", "Black or Grey. Long workdays, happier back.")
C(h, "zh", "【此处插入产品亮点】人体工学设计，久坐不累。",
  X("placeholder", "【此处插入产品亮点】", PLACEHOLDER, "copy"))

h = "marlowe-velvet-accent-chair"
C(h, "en", "Plush polyester velvet on solid rubberwood legs, in Emerald, Blush or Navy. Just screw on the legs and sit.")
C(h, "en", "Upholstered in luxurious cotton velvet, in Emerald, Blush, Navy or Mustard.",
  X("material", "cotton velvet", "Material: Polyester velvet upholstery", "material"),
  X("colour_variant", "Mustard", "Color options: Emerald, Blush, Navy", "variants"))
C(h, "zh", "丝绒单人椅，涤纶丝绒面料，橡胶木实木椅腿，承重约113公斤。",
  note="250 lb = 113 kg")
C(h, "zh", "涤纶丝绒单人椅，橡胶木椅腿。祖母绿、藕粉、藏青、芥末黄四色可选。",
  X("colour_variant", "芥末黄", "Color options: Emerald, Blush, Navy", "variants"))
C(h, "en", "A jewel-toned reading chair that makes the whole room look pulled together.")

h = "rustic-floating-shelves-3"
C(h, "en", "Three paulownia wood shelves with hidden brackets, each about 40 cm long and rated for 10 kg.",
  note="16 in = 40.6 cm; 22 lb = 10 kg; facts in description")
C(h, "en", "Three floating shelves with hidden brackets, 16 in long. Crafted from solid pine with a torched finish.",
  X("material", "solid pine", "Description: Made of solid paulownia wood", "description"))
C(h, "zh", "泡桐木隔板三件套，隐藏式支架，每块长约40厘米，承重约10公斤。")
C(h, "zh", "三件套一字隔板，隐藏式支架，每块长约40厘米。每块承重22公斤，放绿植放相框都稳。",
  X("number_unit", "每块承重22公斤", "Description: holds up to 22 lb (10 kg)", "description"))
C(h, "en", "Carbonized Black or Rustic Brown. Three floating shelves, no visible hardware.")
C(h, "en", "Rustic Floating Shelves: the easy way to make a bare wall feel finished.", key="shelves_generic")

h = "woven-storage-basket"
C(h, "en", "Toss in blankets, toys or magazines and call it tidy.", note="no facts; numbers-free")
C(h, "zh", "收纳小物，整洁又好看。")
C(h, "en", "I cannot provide a description without more product details. Could you share the dimensions and material?",
  X("refusal", "I cannot provide a description without more product details.", REFUSAL, "copy"))
C(h, "en", "Woven Storage Basket: the easy way to make a bare wall feel finished.",
  ND("the easy way to make a bare wall feel finished."), dup="shelves_generic")

h = "riser-pro-standing-desk"
C(h, "en", "Dual motors lift up to 80 kg from 71 to 121 cm, with four memory presets. Steel frame, laminated top, UL 962 listed.",
  note="176 lb = 79.8 kg; 28–47.6 in = 71–121 cm")
C(h, "en", "Dual motors, four memory presets and an anti-collision sensor. Topped with solid walnut for a warm, natural feel.",
  X("material", "solid walnut", "Material: Steel frame, laminated particleboard top", "material"),
  note="'Walnut' is a colour option; the top is laminated particleboard")
C(h, "zh", "双电机电动升降桌，高度71-121厘米，承重约80公斤，4组记忆高度，带防碰撞功能。车架保修五年，电机保修两年。")
C(h, "zh", "双电机升降桌，高度71-121厘米，4组记忆。整机保修十年。",
  X("warranty", "整机保修十年", "Warranty: 5 years frame, 2 years motor", "warranty"))
C(h, "zh", "电动升降桌有122 x 61厘米和140 x 71厘米两种尺寸，另有160 x 80厘米大尺寸可选。",
  X("colour_variant", "160 x 80厘米", "Size options: 48 x 24 in, 55 x 28 in", "variants"))
C(h, "en", "Smooth dual-motor lift from 28 to 47.6 in. Lifts up to 300 lb.",
  X("number_unit", "300 lb", "Max load: 176 lb", "max_load"))
C(h, "en", "48 x 24 or 55 x 28 in, Walnut or White. Anti-collision sensor built in.")

h = "nordic-nightstand-2-drawer"
C(h, "zh", "北欧风床头柜，橡胶木实木桌面，两个抽屉，整装发货免安装，尺寸45x35x55厘米。")
C(h, "zh", "北欧床头柜，两个抽屉，免安装。全实木打造，不含任何板材。",
  X("material", "全实木打造，不含任何板材", "Description: 柜体为E1级多层板 (carcass is plywood)", "description"),
  note="title says 实木 but the description says only the top is solid wood")
C(h, "en", "Nordic nightstand with a solid rubberwood top and two drawers, about 17.7 x 13.8 x 21.7 in. Arrives fully assembled.",
  note="45 x 35 x 55 cm = 17.7 x 13.8 x 21.7 in; facts from Chinese description")
C(h, "en", "A Nordic nightstand with a rubberwood top and two drawers. Easy self-assembly in about 10 minutes.",
  X("feature", "Easy self-assembly", "Description: 整装发货，免安装 (ships assembled)", "description"))
C(h, "en", "In natural wood or walnut tone.", note="原木色 / 胡桃色")

# ---------------------------------------------------------------- garden
h = "fellbrook-bypass-pruners"
C(h, "en", "SK-5 high-carbon steel blades cut branches up to 19 mm (3/4 in). Light aluminum handles, about 230 g.",
  note="8.1 oz = 230 g")
C(h, "en", "SK-5 high-carbon steel blades and aluminum handles. Cuts branches up to 1-3/4 in thick.",
  X("number_unit", "1-3/4 in", "Cutting capacity: 3/4 in (19 mm)", "cutting_capacity"))
C(h, "zh", "SK-5高碳钢刀片，剪切直径可达19毫米，铝合金手柄配防滑胶套，约230克，终身保修。")
C(h, "zh", "修枝剪，剪切直径19毫米，铝合金手柄，不锈钢刀片，不生锈。",
  X("material", "不锈钢刀片", "Blade: SK-5 high-carbon steel", "blade"),
  note="high-carbon steel is not stainless")
C(h, "zh", "SK-5高碳钢刀片修枝剪，约230克，保修一年。",
  X("warranty", "保修一年", "Warranty: Lifetime", "warranty"))
C(h, "en", "8.5 inches of sharp, comfortable pruning power. Lifetime warranty.")

h = "flexpro-expandable-hose"
C(h, "en", "Pick 25, 50 or 100 ft. Latex core, tough polyester cover, solid brass fittings and a 10-pattern nozzle in the box.")
C(h, "en", "Expands to 25, 50 or 100 ft with a latex core and 10-pattern nozzle. Lightweight aluminum fittings won't weigh you down.",
  X("material", "aluminum fittings", "Fittings: 3/4 in GHT solid brass", "fittings"))
C(h, "zh", "伸缩水管，可选7.6米、15米、30米，三层乳胶内管，实心黄铜接头，附赠10种喷水模式喷枪。",
  note="25/50/100 ft = 7.6/15.2/30.5 m")
C(h, "zh", "伸缩花园水管，实心黄铜接头，15米、30米、45米三种长度任选。",
  X("colour_variant", "45米", "Length options: 25 ft, 50 ft, 100 ft (7.6/15/30 m)", "variants"))
C(h, "en", "Brass fittings, latex core, 10-pattern nozzle. Was $59.99, now $34.99 — today only!",
  X("price_stock", "Was $59.99, now $34.99 — today only", NO_PRICE, "copy"))
C(h, "en", "The 100 ft version reaches about 30 m — the back fence is no problem.",
  note="100 ft = 30.5 m")
C(h, "en", "FlexPro Expandable Garden Hose\nBullet 1: [FEATURE]\nBullet 2: [BENEFIT]",
  X("placeholder", "[FEATURE]", PLACEHOLDER, "copy"), X("placeholder", "[BENEFIT]", PLACEHOLDER, "copy"))

h = "stormline-40v-leaf-blower"
C(h, "en", "40V, 120 mph and 480 CFM with no cord to drag. Battery and charger included; runs up to half an hour. 2.9 kg with the battery.",
  note="6.4 lb = 2.9 kg")
C(h, "en", "40V cordless blower with 120 mph air speed and a 4.0 Ah battery in the box. Also takes DeWalt 20V and Ryobi 40V batteries.",
  X("compatibility", "DeWalt 20V and Ryobi 40V batteries", "Compatible with: Stormline 40V battery platform only", "compatible_with"))
C(h, "zh", "40V无线吹叶机，风速约193公里/小时，风量480 CFM，附带4.0Ah电池和充电器，续航最长30分钟。",
  note="120 mph = 193 km/h")
C(h, "zh", "40V无线吹叶机，风量480 CFM，整机与电池均保修五年。",
  X("warranty", "整机与电池均保修五年", "Warranty: 3 years tool, 2 years battery", "warranty"))
C(h, "zh", "40V无线吹叶机，风速约193公里/小时。裸机销售，不含电池和充电器。",
  X("feature", "不含电池和充电器", "Battery: 4.0 Ah battery and charger included", "battery"))
C(h, "en", "Works without a cord — just snap in the battery and clear the driveway.",
  note="paraphrase of cordless")

h = "terrace-galvanized-raised-bed"
C(h, "en", "Open-bottom galvanized steel bed with rolled safety edges. The 8 x 4 ft size is about 2.4 x 1.2 m and 30 cm deep.",
  note="8 x 4 x 1 ft = 2.44 x 1.22 x 0.30 m")
C(h, "en", "Open-bottom raised bed with rolled safety edges, in 6 x 3 or 8 x 4 ft. Powder-coated steel in a soft matte finish.",
  X("material", "Powder-coated steel", "Description: Uncoated galvanized finish", "description"))
C(h, "zh", "镀锌钢高架种植箱，无底设计利于排水，可选1.8 x 0.9米或2.4 x 1.2米，免工具安装。")
C(h, "zh", "镀锌钢高架种植箱，2.4 x 1.2米，深度60厘米，根系生长空间充足。",
  X("number_unit", "深度60厘米", "Size: 6 x 3 x 1 ft / 8 x 4 x 1 ft (1 ft = 30 cm deep)", "variants"))
C(h, "en", "Tool-free assembly and rolled edges that are kind to your hands.")

h = "hawsley-metal-watering-can"
C(h, "en", "Holds 6.5 liters (1.7 gal) in powder-coated galvanized steel, with a removable brass rose for a gentle shower.")
C(h, "en", "Powder-coated galvanized steel with a removable brass rose. A compact 1.7-liter can for windowsill herbs.",
  X("number_unit", "1.7-liter", "Capacity: 1.7 gal (6.5 L)", "capacity"))
C(h, "zh", "6.5升金属洒水壶，喷粉镀锌钢，黄铜花洒头可拆卸，苔藓绿、炭灰两色。")
C(h, "zh", "洒水壶容量6.5升，配可拆卸黄铜花洒。轻便塑料材质，永不生锈。",
  X("material", "轻便塑料材质", "Material: Powder-coated galvanized steel", "material"))
C(h, "en", "Moss Green or Charcoal. About 56 cm long and 38 cm tall.",
  note="22 in = 55.9 cm; 15 in = 38.1 cm (reads dimensions as L x W x H)")

h = "griptough-bamboo-gloves"
C(h, "en", "Three pairs of breathable bamboo gloves with nitrile palms. Machine washable. S, M or L.")
C(h, "en", "Three pairs of bamboo gloves with nitrile-coated palms, machine washable. Sizes S through XL.",
  X("colour_variant", "S through XL", "Size options: S, M, L", "variants"))
C(h, "zh", "竹纤维园艺手套，丁腈涂层掌面，三双装，可机洗，尺码S/M/L。")
C(h, "zh", "园艺手套三双装，头层牛皮手套，耐磨防刺。",
  X("material", "头层牛皮", "Material: Bamboo viscose liner, nitrile-coated palm", "material"))

h = "trimwell-corded-string-trimmer"
C(h, "en", "A 13-inch cutting path, auto-feed line, and only 2.4 kg in your hands. Plug it in and go — no batteries to charge.",
  note="5.3 lb = 2.4 kg")
C(h, "en", "A 13-inch cutting path and auto-feed line. Enjoy cordless freedom around the whole yard.",
  X("feature", "cordless freedom", "Cordless: No (corded electric)", "cordless"))
C(h, "zh", "4.0安培有线电动打草机，割幅33厘米，自动出线，重约2.4公斤，保修两年。",
  note="13 in = 33 cm")
C(h, "zh", "打草机割幅33厘米，自动出线。无线设计，充一次电可用1小时。",
  X("feature", "无线设计", "Cordless: No (corded electric)", "cordless"))
C(h, "en", "ETL listed, 2-year warranty. Extension cord sold separately.")

# ---------------------------------------------------------------- pets
h = "trailpup-no-pull-harness"
C(h, "en", "Padded air-mesh harness with reflective trim. Size M fits 21–28 in chests (about 53–71 cm).",
  note="21–28 in = 53–71 cm")
C(h, "en", "No-pull harness with air-mesh padding and reflective trim, sizes S to XL. Now in Pink!",
  X("colour_variant", "Pink", "Color options: Red, Black, Teal", "variants"))
C(h, "zh", "防暴冲胸背带，透气网布内衬，带反光条。L码胸围约69-89厘米。",
  note="27–35 in = 69–89 cm")
C(h, "zh", "防暴冲胸背带，透气网布，带反光条。S码适合胸围16-22厘米。",
  X("number_unit", "16-22厘米", "Chest girth: S: 16–22 in", "chest_girth"), note="inches read as cm")
C(h, "en", "Nylon webbing, air-mesh padding, reflective trim. Machine washable for easy care.",
  X("feature", "Machine washable", "Care instructions: Hand wash", "care"))
C(h, "en", "Red, Black or Teal, sizes S to XL.")

h = "purrfect-flow-cat-fountain"
C(h, "en", "Holds 2.5 L — about 85 oz — of fresh, flowing water. BPA-free plastic, whisper-quiet under 30 dB, and 3 spare filters in the box.",
  note="2.5 L = 84.5 US fl oz; 'BPA-free plastic' for BPA-free polypropylene")
C(h, "en", "BPA-free PP fountain with three spare filters and a pump under 30 dB. A huge 2.5-gallon reservoir means fewer refills.",
  X("number_unit", "2.5-gallon", "Capacity: 2.5 L", "capacity"))
C(h, "zh", "2.5升猫咪饮水机，不含BPA的PP材质，运行噪音低于30分贝，附赠3片替换滤芯。")
C(h, "zh", "猫咪饮水机，容量2.5升，静音低于30分贝。高温烧制陶瓷，易清洁。",
  X("material", "高温烧制陶瓷", "Material: BPA-free polypropylene (PP)", "material"))
C(h, "zh", "2.5升循环饮水机，附赠3片滤芯。内置电池，无线供电，想放哪就放哪。",
  X("feature", "内置电池，无线供电", "Cordless: No (USB powered, adapter included)", "cordless"))
C(h, "en", "Top and bowl go in the dishwasher; just keep the pump out.",
  note="dishwasher fact only in description")

h = "restwell-orthopedic-dog-bed"
C(h, "en", "CertiPUR-US memory foam, a waterproof liner and a machine-washable microsuede cover. The XL is roughly 107 x 76 cm.",
  note="42 x 30 in = 107 x 76 cm")
C(h, "en", "CertiPUR-US memory foam with a waterproof liner. Topped with a plush sherpa cover.",
  X("material", "plush sherpa cover", "Material: Memory foam base, removable microsuede cover", "material"))
C(h, "zh", "记忆棉宠物床，泡棉通过CertiPUR-US认证，内置防水层，外罩可拆卸机洗。")
C(h, "zh", "记忆棉狗窝，CertiPUR-US认证海绵，外罩可拆洗，面料通过OEKO-TEX认证。",
  X("certification", "面料通过OEKO-TEX认证", "Certifications: CertiPUR-US foam", "certifications"))
C(h, "zh", "记忆棉护关节狗窝，M、L、XL三个尺寸，灰色、棕色、米白色可选。",
  X("colour_variant", "米白色", "Color options: Grey, Brown", "variants"))
C(h, "en", "M, L or XL in Grey or Brown — for big dogs, senior dogs, all dogs.")

h = "wildpeak-grain-free-salmon"
C(h, "en", "Salmon comes first in this grain-free recipe, with at least 32% protein and 18% fat. Bags in 4, 12 and 24 lb (the big one is about 10.9 kg).",
  note="24 lb = 10.9 kg")
C(h, "en", "Grain-free, at least 32% protein, made in the USA. Real chicken is the #1 ingredient.",
  X("material", "Real chicken is the #1 ingredient", "First ingredient: Salmon", "first_ingredient"),
  note="ingredient swap filed under material")
C(h, "zh", "无谷三文鱼狗粮，粗蛋白≥32%，粗脂肪≥18%，全犬期适用，美国生产。4磅、12磅、24磅装可选。")
C(h, "zh", "无谷狗粮，粗蛋白≥32%，24公斤超大包装，多犬家庭首选。",
  X("number_unit", "24公斤", "Size options: 4 lb, 12 lb, 24 lb", "variants"))
C(h, "zh", "三文鱼无谷配方，粗蛋白≥32%。专为幼犬配方，成犬不适用。",
  X("age", "专为幼犬配方，成犬不适用", "Life stage: All life stages", "life_stage"),
  note="pet life stage filed under age")
C(h, "en", "For puppies, adults and seniors alike. Made in the USA.",
  note="'all life stages' paraphrased")

h = "sisal-cat-scratching-post"
C(h, "en", "A tall 81 cm post wrapped in natural sisal, on a plush-covered base.",
  note="32 in = 81.3 cm")
C(h, "en", "Natural sisal on a plush-covered base, in Beige or Grey. A towering 48-inch post for big stretchers.",
  X("number_unit", "48-inch", "Height: 32 in", "height"))
C(h, "zh", "天然剑麻猫抓柱，高约81厘米，毛绒包覆底座，米色、灰色可选。")
C(h, "zh", "天然剑麻猫抓柱，高约81厘米。实木底座，稳固不倒。",
  X("material", "实木底座", "Material: particleboard base with plush cover", "material"))
C(h, "en", "Give your cat something better to scratch than the sofa.", key="scratcher_generic")

h = "aquatherm-100w-heater"
C(h, "en", "100 W, for tanks up to 30 gallons (about 114 L). Adjustable 68–93°F, fully submersible, UL listed.",
  note="30 gal = 113.6 L")
C(h, "en", "A 100 W submersible heater in explosion-proof quartz glass. Heats tanks up to 100 gallons.",
  X("number_unit", "up to 100 gallons", "Tank size: Up to 30 gal", "tank_size"))
C(h, "zh", "100瓦鱼缸加热棒，适用约114升以内鱼缸，温度20-34°C可调，可完全浸没水中。",
  note="30 gal = 114 L; 68–93°F = 20–34°C")
C(h, "zh", "100瓦鱼缸加热棒，石英玻璃防爆，温度可调，通过CE和RoHS认证。",
  X("certification", "通过CE和RoHS认证", "Certifications: UL", "certifications"))
C(h, "zh", "100瓦可潜水加热棒，适用约114升以内鱼缸，质保半年。",
  X("warranty", "质保半年", "Warranty: 2 years", "warranty"))
C(h, "en", "Explosion-proof quartz glass, 2-year warranty.")

h = "smart-pet-feeder-4l"
C(h, "zh", "4升大容量自动喂食器，App远程定时投喂，停电可用3节1号电池供电（电池需另购）。",
  note="D型电池 = 1号电池")
C(h, "zh", "4升自动喂食器，App远程投喂，支持2.4G和5G双频WiFi。",
  X("feature", "5G双频WiFi", "Description: 仅支持2.4GHz WiFi (2.4 GHz only)", "description"),
  note="Wi-Fi band filed under feature (could also be read as compatibility)")
C(h, "en", "A 4-liter hopper (about 4.2 qt) holds roughly 2 kg of dry food. Schedule meals from the app over 2.4 GHz Wi-Fi.",
  note="4 L = 4.2 US qt; facts from Chinese description")
C(h, "en", "A 4 L automatic feeder with app scheduling that keeps running on D batteries during an outage. Backup batteries included.",
  X("feature", "Backup batteries included", "Description: 3节D型电池（不含） (batteries not included)", "description"))
C(h, "zh", "4升智能喂食器，定时定量。白色、灰色、粉色三色可选。",
  X("colour_variant", "粉色", "颜色 options: 白色, 灰色", "variants"))
C(h, "en", "White or Grey. Keeps feeding on batteries if the power goes out (3 x D, not included).")

h = "squeaky-plush-hedgehog"
C(h, "en", "A squeaky little hedgehog for fetch, tug and nap time.", note="no facts; numbers-free")
C(h, "zh", "对不起，我无法完成这个请求。",
  X("refusal", "对不起，我无法完成这个请求。", REFUSAL, "copy"))
C(h, "en", "A squeaky plush hedgehog for fetch and tug. Just $6.99 — add one to every order!",
  X("price_stock", "Just $6.99", NO_PRICE + " (Variant Price 9.99)", "copy"))
C(h, "en", "Squeaky Plush Hedgehog Toy: give your cat something better to scratch than the sofa.",
  ND("give your cat something better to scratch than the sofa."), dup="scratcher_generic")
C(h, "zh", "软萌刺猬造型发声玩具，陪狗狗玩耍解闷。")

# ---------------------------------------------------------------- beauty
h = "lumiere-vitamin-c-serum"
C(h, "en", "30 ml of 15% L-ascorbic acid with vitamin E and ferulic acid. Fragrance-free, vegan, Leaping Bunny certified.")
C(h, "en", "Fragrance-free, vegan and Leaping Bunny certified. Powered by 20% pure vitamin C.",
  X("number_unit", "20% pure vitamin C", "Key ingredients: 15% L-ascorbic acid", "key_ingredients"))
C(h, "zh", "15%左旋维C精华，添加维生素E与阿魏酸，无香精，纯素配方，30毫升，适合所有肤质。")
C(h, "zh", "30毫升维C精华，添加维生素E与阿魏酸，无香精，通过ECOCERT有机认证。",
  X("certification", "通过ECOCERT有机认证", "Certifications: Leaping Bunny (cruelty-free)", "certifications"))
C(h, "en", "Lumière 15% Vitamin C Serum: [describe key benefits here]. Suitable for all skin types.",
  X("placeholder", "[describe key benefits here]", PLACEHOLDER, "copy"))
C(h, "en", "A 1 oz bottle for every skin type, and no bunnies harmed along the way.",
  note="1 fl oz; 'no bunnies harmed' = cruelty-free / Leaping Bunny")
C(h, "zh", "作为一个人工智能模型，我不能保证护肤效果。以下是产品介绍：15%左旋维C精华，30毫升。",
  X("refusal", "作为一个人工智能模型，我不能保证护肤效果。", REFUSAL, "copy"))

h = "aerosleek-ionic-hair-dryer"
C(h, "en", "1875 W of ionic drying with 3 heat and 2 speed settings plus a cool shot. A 9-ft cord, and light at 545 g.",
  note="1.2 lb = 544 g")
C(h, "en", "1875 W ionic dryer with three heat settings and a cool shot. Dual voltage, so it travels the world with you.",
  X("feature", "Dual voltage", "Voltage: 120 V (not dual voltage)", "voltage"))
C(h, "zh", "1875瓦负离子吹风机，3档温度、2档风速，带冷风键，电源线约2.7米。",
  note="9 ft = 2.74 m")
C(h, "zh", "1875瓦负离子吹风机，冷风键一键定型，机身仅重1.2公斤，轻松握持。",
  X("number_unit", "1.2公斤", "Weight: 1.2 lb (0.54 kg)", "weight"))
C(h, "en", "Rose or Black. ETL listed, 2-year warranty.")

h = "velvet-matte-lipstick"
C(h, "en", "Velvety matte color in Ruby, Nude Rose, Berry or Coral Crush. Paraben-free, vegan, Leaping Bunny certified.")
C(h, "en", "Vegan, paraben-free matte lipstick in Ruby, Nude Rose, Berry and Coral Crush. Now in Plum Wine, too.",
  X("colour_variant", "Plum Wine", "Color options: Ruby, Nude Rose, Berry, Coral Crush", "variants"))
C(h, "zh", "丝绒哑光口红，Ruby、Nude Rose、Berry、Coral Crush四个色号，3.5克，纯素配方，不含羟苯酯类防腐剂。")
C(h, "zh", "丝绒哑光口红，纯素配方，3.5克，6个色号任你挑选。",
  X("colour_variant", "6个色号", "Color options: 4 (Ruby, Nude Rose, Berry, Coral Crush)", "variants"))
C(h, "en", "Velvet Matte Lipstick, vegan and Leaping Bunny certified. Only $22 — and back in stock in all four shades!",
  X("price_stock", "Only $22", NO_PRICE, "copy"), X("price_stock", "back in stock", NO_PRICE, "copy"))
C(h, "en", "Matte finish, 0.12 oz bullet.")

h = "rootwise-argan-shampoo"
C(h, "en", "473 ml of sulfate-free, color-safe shampoo with argan oil and keratin.",
  note="16 fl oz = 473 ml")
C(h, "en", "Sulfate-free, color-safe and made with argan oil and keratin. USDA Certified Organic formula.",
  X("certification", "USDA Certified Organic", "Certifications: None (not certified organic)", "certifications"))
C(h, "zh", "摩洛哥坚果油洗发水，无硫酸盐，护色配方，添加角蛋白，473毫升，适合所有发质。")
C(h, "zh", "有机认证洗发水，温和天然，无硫酸盐，添加摩洛哥坚果油与角蛋白。",
  X("certification", "有机认证", "Certifications: None (not certified organic)", "certifications"))
C(h, "zh", "坚果油无硫酸盐洗发水，护色配方，1000毫升家庭装。",
  X("number_unit", "1000毫升", "Volume: 16 fl oz (473 ml)", "volume"))
C(h, "en", "Gentle enough for color-treated hair, rich enough for every hair type.")

h = "brightsmile-sonic-toothbrush"
C(h, "en", "A month per charge (up to 30 days), USB-C, five modes, IPX7 waterproof. Four brush heads included.")
C(h, "en", "Five cleaning modes and up to 30 days per charge. Compatible with Oral-B and Philips Sonicare heads.",
  X("compatibility", "Oral-B and Philips Sonicare heads", "Compatible with: Brightsmile Pro brush heads only", "compatible_with"))
C(h, "zh", "声波电动牙刷，充一次电最长可用30天，5种清洁模式，IPX7防水，附赠4个刷头。")
C(h, "zh", "声波电动牙刷，附4个刷头，可通用飞利浦刷头。",
  X("compatibility", "可通用飞利浦刷头", "Compatible with: Brightsmile Pro brush heads only", "compatible_with"))
C(h, "en", "I'm sorry, I can't make claims about health benefits. However, here's a neutral description: a sonic toothbrush with five modes and USB-C charging.",
  X("refusal", "I'm sorry, I can't make claims about health benefits.", REFUSAL, "copy"))
C(h, "en", "White, Black or Pink. Waterproof enough for the shower.",
  note="IPX7 / Waterproof: Yes")

h = "shoreline-spf50-mineral"
C(h, "en", "Broad-spectrum SPF 50 from 20% zinc oxide, water resistant for up to 80 minutes. 3 fl oz.")
C(h, "en", "Mineral SPF 50 with 20% zinc oxide. 100% waterproof — no need to reapply after swimming.",
  X("feature", "100% waterproof — no need to reapply after swimming", "Waterproof: No; water resistant 80 minutes; reapply after swimming", "waterproof"))
C(h, "zh", "SPF50矿物防晒霜，20%氧化锌，广谱防护，防水80分钟，88毫升。游泳或出汗后请补涂。")
C(h, "zh", "矿物防晒霜，20%氧化锌，SPF 70超强防护，88毫升。",
  X("number_unit", "SPF 70", "SPF: SPF 50", "spf"))
C(h, "en", "Sweat or swim, it holds for 80 minutes — then reapply.")
C(h, "zh", "广谱防晒霜，防水80分钟，化学防晒配方，清爽不泛白。",
  X("material", "化学防晒配方", "Description: mineral sunscreen; Active ingredient: Zinc oxide 20%", "description"),
  note="chemical vs mineral filter filed under material")

h = "lavender-bath-bomb"
C(h, "en", "Drop it in, breathe out. A calming soak at the end of a long day.", note="no facts; numbers-free")
C(h, "zh", "薰衣草香气沐浴球，给自己一个放松的夜晚。")
C(h, "zh", "薰衣草沐浴球，泡个澡放松一下。买二送一，今日最后50件！",
  X("price_stock", "买二送一", NO_PRICE, "copy"), X("price_stock", "今日最后50件", NO_PRICE, "copy"))
C(h, "zh", "薰衣草沐浴球：敷一片，给肌肤喝饱水。",
  ND("敷一片，给肌肤喝饱水。"), dup="mask_generic")

h = "hyaluronic-sheet-mask-10"
C(h, "zh", "10片装补水面膜，每片25毫升精华，玻尿酸+烟酰胺，各种肤质都适用。")
C(h, "zh", "玻尿酸+烟酰胺补水面膜，每片25毫升精华。每盒5片，一周的量。",
  X("number_unit", "每盒5片", "Pieces: 10片", "pieces"))
C(h, "en", "Ten hyaluronic acid and niacinamide sheet masks, each soaked in 25 ml of essence. For all skin types.")
C(h, "en", "Hydrating Sheet Mask x10 — {{benefit_1}}, {{benefit_2}}.",
  X("placeholder", "{{benefit_1}}", PLACEHOLDER, "copy"), X("placeholder", "{{benefit_2}}", PLACEHOLDER, "copy"))
C(h, "zh", "敷一片，给肌肤喝饱水。", key="mask_generic")
C(h, "en", "Ten sheet masks with hyaluronic acid and niacinamide. Each mask holds 50 ml of essence.",
  X("number_unit", "50 ml", "Volume: 25 ml/片", "volume"))

# ---------------------------------------------------------------- sports
h = "balance-6mm-tpe-yoga-mat"
C(h, "en", "Latex-free TPE, 6 mm thick, 183 x 61 cm, and just 1 kg.",
  note="72 x 24 in = 183 x 61 cm; 2.2 lb = 1.0 kg")
C(h, "en", "A 6 mm mat, 72 x 24 in, in Lilac, Teal or Black. Natural tree rubber for unbeatable grip.",
  X("material", "Natural tree rubber", "Material: TPE (latex-free)", "material"))
C(h, "zh", "6毫米TPE瑜伽垫，不含乳胶，183 x 61厘米，约1公斤，丁香紫、湖蓝、黑色可选。",
  note="Lilac/Teal/Black translated")
C(h, "en", "6 mm TPE, latex-free, just 2.2 lb. Lilac, Teal, Black or Coral.",
  X("colour_variant", "Coral", "Color options: Lilac, Teal, Black", "variants"))
C(h, "en", "Your daily workout, upgraded. Light enough to take anywhere, tough enough for every session.",
  key="yoga_generic")

h = "ironforge-adjustable-dumbbell"
C(h, "en", "Dial from 2.3 to 23.8 kg in 15 settings — one dumbbell replaces a whole rack. Steel plates with ABS covers.",
  note="5–52.5 lb = 2.3–23.8 kg")
C(h, "en", "Fifteen weight settings in one compact dumbbell, starting at 5 lb. Adjusts all the way up to 90 lb.",
  X("number_unit", "up to 90 lb", "Weight: 5–52.5 lb per dumbbell", "weight"))
C(h, "zh", "可调节哑铃，每只2.3-23.8公斤，15档调节，钢制配重片，保修两年。单只或一对可选。")
C(h, "zh", "可调哑铃，15档快速调节，每只最大52.5公斤。",
  X("number_unit", "52.5公斤", "Weight: 5–52.5 lb per dumbbell (max 23.8 kg)", "weight"))
C(h, "zh", "15档可调哑铃，保修两年，全铸铁配重，无塑料外壳。",
  X("material", "全铸铁配重，无塑料外壳", "Material: Steel plates, ABS molded covers", "material"))
C(h, "en", "Buy one or a pair. 2-year warranty.")
C(h, "en", "I'm sorry, but I cannot generate content for fitness equipment that may cause injury.",
  X("refusal", "I'm sorry, but I cannot generate content for fitness equipment that may cause injury.", REFUSAL, "copy"))

h = "stride-running-jacket"
C(h, "en", "About 160 g in a size M, sheds light rain with a DWR finish, and has reflective details for dark mornings. 100% recycled polyester.",
  note="5.6 oz = 159 g; DWR = water-repellent, no waterproof claim")
C(h, "en", "Recycled polyester with reflective details, about 5.6 oz in size M. Fully waterproof, seam-sealed shell.",
  X("feature", "Fully waterproof", "Waterproof: No (DWR water-repellent finish)", "waterproof"))
C(h, "zh", "轻量跑步夹克，100%再生涤纶，DWR防泼水处理，带反光条，黑色与荧光黄可选。")
C(h, "zh", "轻量跑步夹克，100%再生涤纶，黑色、荧光黄两色，S至XXL码齐全。",
  X("colour_variant", "S至XXL", "Size options: S, M, L, XL", "variants"))
C(h, "en", "S to XL, Black or Neon Yellow. Drizzle? Go anyway.")

h = "courtpro-basketball"
C(h, "en", "Composite leather ball for indoor and outdoor courts. Size 7 is the 29.5-inch (75 cm) official size; size 6 is 28.5 in.",
  note="29.5 in = 74.9 cm")
C(h, "en", "Official size 7 for indoor and outdoor play. Genuine leather cover for pro-level feel.",
  X("material", "Genuine leather", "Material: Composite leather", "material"))
C(h, "zh", "室内外通用篮球，复合皮革材质，7号标准球周长约75厘米，另有6号球。")
C(h, "zh", "室内外通用篮球，7号与6号可选，另有5号儿童款。",
  X("colour_variant", "5号儿童款", "Size options: Size 6, Size 7", "variants"))
C(h, "en", "From the driveway to the gym floor — one ball for every court.")

h = "velo-aero-mips-helmet"
C(h, "en", "MIPS-equipped road helmet, CPSC and EN1078 certified, 18 vents, about 280 g in size M. M fits 21.7–23.2 in heads.",
  note="9.9 oz = 281 g; 55–59 cm = 21.7–23.2 in")
C(h, "en", "MIPS protection, CPSC and EN1078 certified. 24 vents keep you cool on long climbs.",
  X("number_unit", "24 vents", "Vents: 18", "vents"))
C(h, "zh", "MIPS公路骑行头盔，通过CPSC与CE EN1078认证，18个通风孔，M码约280克，适合头围55-59厘米。")
C(h, "zh", "MIPS公路头盔，18个通风孔，通过日本JIS认证。",
  X("certification", "通过日本JIS认证", "Certifications: CPSC, CE EN1078", "certifications"))
C(h, "en", "Matte Black or White, S to L, with crash replacement on top of the 1-year warranty.")
C(h, "en", "MIPS, 18 vents, about 280 g in size M. Lifetime warranty on every helmet.",
  X("warranty", "Lifetime warranty", "Warranty: 1 year + crash replacement", "warranty"))

h = "sprint-speed-jump-rope"
C(h, "en", "An adjustable 3 m steel cable with aluminum ball-bearing handles.", note="10 ft = 3.05 m")
C(h, "zh", "钢丝跳绳，铝合金轴承手柄，绳长5米可调。",
  X("number_unit", "绳长5米", "Length: 10 ft (3 m), adjustable", "length"))
C(h, "zh", "钢丝跳绳，PVC包覆，绳长约3米可调，铝合金轴承手柄，约120克。", note="4.2 oz = 119 g")
C(h, "en", "PVC-coated steel cable that adjusts to fit. Solid wooden handles for a classic feel.",
  X("material", "Solid wooden handles", "Handles: Aluminum with ball bearings", "handles"))
C(h, "en", "Sprint Speed Jump Rope: your daily workout, upgraded. Light enough to take anywhere, tough enough for every session.",
  ND("your daily workout, upgraded. Light enough to take anywhere, tough enough for every session."),
  dup="yoga_generic")

h = "ace-graphite-tennis-racket"
C(h, "en", "100 sq in head, 300 g unstrung, graphite composite, and it comes strung and ready to play.",
  note="10.6 oz = 300 g")
C(h, "en", "100 sq in graphite racket, 10.6 oz unstrung, pre-strung. Grip sizes from 4 1/8 to 4 1/2.",
  X("colour_variant", "4 1/8", "Grip options: 4 1/4, 4 3/8, 4 1/2", "variants"))
C(h, "zh", "石墨复合网球拍，拍面100平方英寸，空拍约300克，已穿线，三种握把尺寸可选。")
C(h, "zh", "石墨复合网球拍，拍面100平方英寸，空拍仅重260克，挥拍更轻快。",
  X("number_unit", "空拍仅重260克", "Weight: 10.6 oz (300 g) unstrung", "weight"))
C(h, "en", "Head-light balance for quick hands at the net. Grips 4 1/4, 4 3/8 and 4 1/2.")

# ---------------------------------------------------------------- baby
h = "nurtura-glass-bottles-4"
C(h, "en", "Four 240 ml borosilicate glass bottles with slow-flow nipples for newborns. Top-rack dishwasher safe.")
C(h, "en", "Four 8 oz anti-colic bottles with slow-flow nipples. Lightweight Tritan plastic that won't shatter.",
  X("material", "Tritan plastic", "Material: Borosilicate glass, silicone nipple", "material"))
C(h, "zh", "防胀气玻璃奶瓶四只装，高硼硅玻璃，每只240毫升，适合0个月以上宝宝，可放入洗碗机上层。")
C(h, "zh", "防胀气奶瓶四只装，高硼硅玻璃，每只容量300毫升，喝奶量大的宝宝也够用。",
  X("number_unit", "每只容量300毫升", "Capacity: 8 oz (240 ml)", "capacity"))
C(h, "en", "Gentle on little ones, easy on parents. A baby-shower gift they'll actually use.", key="bottle_generic")
C(h, "en", "Each bottle holds 8 oz, and there's no BPA anywhere in the set.")

h = "lullaby-cam-2k-monitor"
C(h, "en", "2K video on a 5-inch parent screen, night vision, two-way talk, and no Wi-Fi needed — up to 1000 ft of range in open space. The parent unit lasts up to 12 hours.")
C(h, "en", "2K video, night vision and two-way talk on a 5-inch parent unit. Check in from your phone with our iOS and Android app.",
  X("compatibility", "iOS and Android app", "Compatible with: Parent unit only; no app", "compatible_with"))
C(h, "zh", "2K高清婴儿监视器，5英寸屏，夜视、双向对讲、温度监测，无需WiFi，空旷处传输距离约300米。",
  note="1000 ft = 305 m")
C(h, "zh", "2K婴儿监视器，夜视+双向对讲，父机续航24小时，整夜无忧。",
  X("number_unit", "父机续航24小时", "Battery life: Up to 12 h (parent unit)", "battery_life"))
C(h, "zh", "2K高清婴儿监视器，无需WiFi，通过UL认证。",
  X("certification", "通过UL认证", "Certifications: FCC", "certifications"))
C(h, "en", "No Wi-Fi needed — just a 2K picture on a 5-inch screen. Save $30 today — only a few left!",
  X("price_stock", "Save $30 today", NO_PRICE, "copy"), X("price_stock", "only a few left", NO_PRICE, "copy"))

h = "dreamy-organic-crib-sheets"
C(h, "en", "Two organic cotton jersey sheets, GOTS and OEKO-TEX certified, for a standard 52 x 28 in crib mattress (about 132 x 71 cm).",
  note="52 x 28 in = 132 x 71 cm")
C(h, "en", "Two fitted crib sheets for a standard 52 x 28 in mattress. Silky bamboo viscose jersey.",
  X("material", "bamboo viscose", "Material: 100% GOTS-certified organic cotton jersey", "material"))
C(h, "zh", "GOTS有机棉婴儿床笠两条装，通过OEKO-TEX认证，适合132 x 71厘米标准婴儿床垫。")
C(h, "zh", "婴儿床笠两条装，OEKO-TEX认证。燕麦色、鼠尾草绿、雾蓝色可选。",
  X("colour_variant", "雾蓝色", "Color options: Oat, Sage, Cloud Grey", "variants"))
C(h, "en", "Oat, Sage or Cloud Grey — soft colors for a calm nursery.")
C(h, "zh", "柔软亲肤，给宝宝一夜好眠。", key="crib_generic")

h = "cityglide-lightweight-stroller"
C(h, "en", "7 kg, and it folds to 56 x 45 x 25 cm. For babies 6 months and up, to 22.7 kg. ASTM F833 and JPMA certified, UPF 50+ canopy.",
  note="15.4 lb = 6.99 kg; 22 x 17.7 x 9.8 in = 56 x 45 x 25 cm; 50 lb = 22.7 kg")
C(h, "en", "Folds compact, weighs 15.4 lb and shades baby with a UPF 50+ canopy. Suitable from birth, with a lie-flat recline.",
  X("age", "Suitable from birth", "Age range: 6 months+ (up to 50 lb)", "age_range"))
C(h, "zh", "轻便婴儿推车，约7公斤，适合6个月以上、体重22.7公斤以内的宝宝，遮阳棚UPF50+。")
C(h, "zh", "轻便推车约7公斤，UPF50+遮阳棚。新生儿即可平躺使用，保修三年。",
  X("age", "新生儿即可平躺使用", "Age range: 6 months+", "age_range"),
  X("warranty", "保修三年", "Warranty: 1 year", "warranty"))
C(h, "en", "ASTM F833 and JPMA certified, folds to 22 x 17.7 x 9.8 in. 3-year warranty included.",
  X("warranty", "3-year warranty", "Warranty: 1 year", "warranty"))
C(h, "en", "Black or Taupe. Light enough for the subway stairs.")
C(h, "zh", "很抱歉，我不能提供关于婴儿产品安全性的建议。Cityglide轻便推车，约7公斤，适合6个月以上宝宝。",
  X("refusal", "很抱歉，我不能提供关于婴儿产品安全性的建议。", REFUSAL, "copy"))

h = "chewbie-silicone-teether"
C(h, "en", "Soft food-grade silicone teether for babies from 3 months. Dishwasher safe and BPA-free.")
C(h, "en", "For babies from 3 months, dishwasher safe. A natural beech wood ring with soft silicone beads.",
  X("material", "natural beech wood ring", "Material: 100% food-grade silicone", "material"))
C(h, "zh", "食品级硅胶牙胶，适合3个月以上宝宝，可以放进洗碗机，不含BPA。")
C(h, "zh", "食品级硅胶牙胶，不含BPA，新生儿即可使用。",
  X("age", "新生儿即可使用", "Age range: 3 months+", "age_range"))
C(h, "en", "Food-grade silicone, BPA-free, dishwasher safe. Mint, Peach, Lavender or Sky Blue.",
  X("colour_variant", "Sky Blue", "Color options: Mint, Peach, Lavender", "variants"))
C(h, "en", "Chewbie Silicone Teether: gentle on little ones, easy on parents. A baby-shower gift they'll actually use.",
  ND("gentle on little ones, easy on parents. A baby-shower gift they'll actually use."), dup="bottle_generic")

h = "sprout-convertible-high-chair"
C(h, "en", "Beech wood high chair for 6 months to 3 years that converts to a toddler chair. Dishwasher-safe tray insert. ASTM F404 and JPMA certified.")
C(h, "en", "Beech wood high chair that converts to a toddler chair. Grows with your child up to age 8.",
  X("age", "up to age 8", "Age range: 6 months to 3 years", "age_range"))
C(h, "zh", "榉木成长餐椅，适合6个月至3岁，可转换为儿童椅，餐椅模式承重约15公斤。",
  note="33 lb = 15 kg")
C(h, "zh", "成长型宝宝餐椅，可转换为儿童椅。全竹制椅身，环保轻便。",
  X("material", "全竹制椅身", "Material: Beech wood, polypropylene tray", "material"))
C(h, "zh", "榉木宝宝餐椅，适合6个月至3岁，通过欧盟EN 14988认证。",
  X("certification", "通过欧盟EN 14988认证", "Certifications: ASTM F404, JPMA", "certifications"))

h = "newborn-keepsake-box"
C(h, "en", "A place for the hospital bracelet, the first curl and the tiny socks.", note="no facts; numbers-free")
C(h, "zh", "珍藏宝宝成长的第一份回忆。")
C(h, "en", "Newborn Keepsake Box — INSERT FEATURE HERE. Dimensions: TBD.",
  X("placeholder", "INSERT FEATURE HERE", PLACEHOLDER, "copy"), X("placeholder", "Dimensions: TBD", PLACEHOLDER, "copy"))
C(h, "zh", "宝宝纪念盒——柔软亲肤，给宝宝一夜好眠。",
  ND("柔软亲肤，给宝宝一夜好眠。"), dup="crib_generic")

h = "nomad-diaper-backpack"
C(h, "en", "A 25 L backpack with 16 pockets, plus a changing pad and stroller straps. Water-resistant polyester.")
C(h, "en", "A 25 L diaper backpack with a changing pad and stroller straps. 30 pockets keep everything in its place.",
  X("number_unit", "30 pockets", "Pockets: 16", "pockets"))
C(h, "zh", "25升大容量妈咪包，16个收纳口袋，附赠隔尿垫和推车挂带，600D防泼水涤纶面料。")
C(h, "zh", "25升妈咪包，16个口袋，完全防水，暴雨天也不怕。",
  X("feature", "完全防水", "Waterproof: No (water-resistant)", "waterproof"))
C(h, "en", "About 43 x 30 x 20 cm, in Black, Grey or Olive.", note="17 x 12 x 8 in = 43 x 30 x 20 cm")

# ---------------------------------------------------------------- tools
h = "torvik-20v-brushless-drill"
C(h, "en", "Brushless 20V drill with 530 in-lbs of torque, a 1/2-inch keyless chuck and two speeds up to 1,800 RPM. Two 2.0 Ah batteries and a charger in the kit.")
C(h, "en", "Brushless motor, 1/2-inch keyless chuck, two batteries in the kit. 1,200 in-lbs of torque for the toughest jobs.",
  X("number_unit", "1,200 in-lbs", "Torque: 530 in-lbs", "torque"))
C(h, "zh", "20V无刷电钻套装，扭矩530英寸磅（约60牛·米），13毫米无匙夹头，含两块2.0Ah电池和充电器。",
  note="530 in-lb = 59.9 N·m; 1/2 in chuck = 13 mm class")
C(h, "zh", "20V无刷电钻，兼容牧田18V电池，老用户直接用。",
  X("compatibility", "兼容牧田18V电池", "Compatible with: Torvik 20V batteries", "compatible_with"))
C(h, "en", "Tool-only weight of 3.1 lb keeps overhead work easy. 3-year warranty.")

h = "hartline-94pc-socket-set"
C(h, "en", "94 chrome vanadium pieces in 1/4 and 3/8 in drive, SAE and metric, in a blow-molded case. Lifetime warranty.")
C(h, "en", "94 pieces in 1/4 and 3/8 in drive, SAE and metric. Polished stainless steel sockets that never rust.",
  X("material", "stainless steel sockets", "Material: Chrome vanadium steel", "material"))
C(h, "zh", "94件套筒组套，铬钒钢材质，1/4和3/8英寸驱动，英制公制齐全，终身保修。")
C(h, "zh", "铬钒钢套筒组，英制公制齐全，120件超值套装。",
  X("number_unit", "120件", "Pieces: 94", "pieces"))
C(h, "en", "The kit every garage should have — organized, complete and ready when you are.", key="socket_generic")

h = "steadfast-25ft-tape-measure"
C(h, "en", "7.5 m / 25 ft blade, 1-1/4 in wide, stands out 13 ft. Inch and metric markings.")
C(h, "en", "Steadfast tape: 25 ft (about 10 m) of blade, 1-1/4 in wide, with 13 ft of standout.",
  X("number_unit", "about 10 m", "Length: 25 ft (7.5 m)", "length"))
C(h, "zh", "7.5米（25英尺）卷尺，尺带宽约32毫米，悬伸约4米不弯折，英制公制双刻度。",
  note="1-1/4 in = 31.75 mm; 13 ft = 3.96 m")
C(h, "zh", "7.5米卷尺，尺带宽约32毫米，仅公制刻度，读数更简单。",
  X("feature", "仅公制刻度", "Markings: Inch and metric", "markings"))
C(h, "en", "Rubber overmold takes the drops; the wide blade takes the reach.")

h = "precision-screwdriver-64"
C(h, "en", "56 S2 steel bits plus tools — 64 pieces in all — with a magnetic aluminum driver.")
C(h, "zh", "64合1精密螺丝刀套装，56个S2钢批头，铝合金手柄，带磁性。")
C(h, "zh", "精密螺丝刀套装，S2钢批头，磁性铝合金手柄，128合1全能套装。",
  X("number_unit", "128合1", "Pieces: 64", "pieces"))
C(h, "en", "A 64-piece precision kit with a magnetic aluminum driver. Chrome vanadium bits for long life.",
  X("material", "Chrome vanadium bits", "Bits: 56 S2 steel bits", "bits"))
C(h, "en", "Precision Screwdriver Set 64-in-1: the kit every garage should have — organized, complete and ready when you are.",
  ND("the kit every garage should have — organized, complete and ready when you are."), dup="socket_generic")

h = "beamwell-5000lm-work-light"
C(h, "en", "5000 lumens from 50 W, 5000K daylight, IP65 rated, with a 1.8 m cord. ETL listed.",
  note="6 ft = 1.83 m")
C(h, "en", "5000 lumens of 5000K daylight, IP65 rated. Battery powered and cordless — light up anywhere.",
  X("feature", "Battery powered and cordless", "Cordless: No (corded)", "cordless"))
C(h, "zh", "5000流明LED工作灯，50瓦，5000K日光色，IP65防护，电源线约1.8米。")
C(h, "zh", "LED工作灯，50瓦，IP65防护，10000流明超高亮度。",
  X("number_unit", "10000流明", "Brightness: 5000 lm", "lumens"))
C(h, "en", "5000 lumens, IP65. UL and CE listed for jobsite safety, with a 10 ft cord.",
  X("certification", "UL and CE listed", "Certifications: ETL", "certifications"),
  X("number_unit", "10 ft cord", "Cord length: 6 ft", "cord_length"))
C(h, "en", "Bright as daylight, rated for rain and dust.", note="IP65 = dust-tight, water-jet resistant")

h = "linea-cross-line-laser"
C(h, "en", "A green cross-line laser that levels itself, reaches 30 m and stays within ±1/8 in at 30 ft. Runs up to 10 hours on the included AA batteries.",
  note="100 ft = 30.5 m")
C(h, "en", "Self-leveling cross-line laser with a 100 ft range. Bright red laser lines you can see across the room.",
  X("feature", "red laser", "Laser colour: Green", "laser"),
  note="laser colour filed under feature (not a variant)")
C(h, "zh", "绿光十字激光水平仪，自动调平，工作距离约30米，续航约10小时，附3节5号电池。",
  note="AA = 5号电池")
C(h, "zh", "自动调平十字激光水平仪，续航约10小时，测量距离100米。",
  X("number_unit", "测量距离100米", "Range: 100 ft (30 m)", "range"))
C(h, "en", "Green cross-line laser, 100 ft range, AA batteries included. In stock now at $79.99.",
  X("price_stock", "In stock now at $79.99", NO_PRICE, "copy"))

h = "home-toolkit-46pc"
C(h, "zh", "家用工具箱46件套，铬钒钢工具，PP收纳盒，锤子、卷尺、钳子一应俱全。")
C(h, "zh", "家用工具箱46件套，铬钒钢工具。终身保修，坏了包换。",
  X("warranty", "终身保修", "Description: 保修一年 (1-year warranty)", "description"))
C(h, "en", "A 46-piece home toolkit: hammer, tape measure, screwdrivers, pliers and more, in chrome vanadium steel with a sturdy PP case.",
  note="facts from Chinese description")
C(h, "en", "Hammer, pliers, tape measure and screwdrivers in a sturdy PP case. 100-piece set covers every job.",
  X("number_unit", "100-piece", "Pieces: 46", "pieces"))
C(h, "zh", "抱歉，我无法提供该产品的详细信息。您可以参考：家用工具箱，铬钒钢工具，PP收纳盒。",
  X("refusal", "抱歉，我无法提供该产品的详细信息。", REFUSAL, "copy"))

# ---------------------------------------------------------------- lighting
h = "glowly-smart-bulb-4pk"
C(h, "en", "Four 800-lumen smart bulbs that draw 9 W while matching a 60 W incandescent. Control them with Alexa or Google Home — no hub needed.")
C(h, "en", "Four 800-lumen bulbs, 16 million colors, no hub required. Works with Apple HomeKit and Alexa.",
  X("compatibility", "Apple HomeKit", "Compatible with: Alexa, Google Home", "compatible_with"))
C(h, "zh", "智能LED灯泡四只装，9瓦即可达到60瓦白炽灯的亮度，800流明，支持Alexa与Google Home，无需网关。")
C(h, "zh", "智能灯泡四只装，支持小米米家App控制，单只功率15瓦。",
  X("compatibility", "支持小米米家App", "Compatible with: Alexa, Google Home", "compatible_with"),
  X("number_unit", "单只功率15瓦", "Wattage: 9 W (60 W equivalent)", "wattage"))
C(h, "zh", "智能LED灯泡，800流明，支持Alexa。寿命长达50000小时。",
  X("number_unit", "50000小时", "Lifespan: 25,000 h", "lifespan"))
C(h, "en", "Rated for 25,000 hours — more than 20 years at 3 hours a day.",
  note="25,000 h / 3 h per day = 22.8 years")

h = "arcadia-arc-floor-lamp"
C(h, "en", "A sweeping 203 cm arc on a real marble base, with a linen shade and a foot switch. Takes an E26 bulb up to 60 W, sold separately.")
C(h, "en", "A sweeping arc on a marble base with a linen drum shade. Solid brass arm, polished by hand.",
  X("material", "Solid brass arm", "Material: Brass-finish steel arm", "material"),
  note="'Brass' is a finish/colour option, not the metal")
C(h, "zh", "弧形落地灯，高约203厘米，大理石底座，亚麻灯罩，E26灯头，最大60瓦（不含灯泡）。")
C(h, "zh", "大理石底座弧形落地灯，亚麻灯罩，支持无级调光，氛围随心变。",
  X("feature", "支持无级调光", "Dimmer: No (foot switch on/off)", "dimmer"))
C(h, "en", "Marble base, linen shade, E26 socket up to 60 W. Bulb included, so it's ready out of the box.",
  X("feature", "Bulb included", "Bulb: E26, max 60 W (not included)", "bulb"))
C(h, "en", "Brass or Black finish, UL listed.")

h = "sunpath-solar-path-lights-8"
C(h, "en", "Eight warm-white solar lights, up to 8 hours after a sunny day, IP65 weather rated.")
C(h, "en", "Warm-white solar path lights that glow up to 8 hours. A 12-pack to line the whole driveway.",
  X("number_unit", "12-pack", "Pieces: 8", "pieces"))
C(h, "zh", "太阳能草坪灯8只装，3000K暖白光，充满电可亮8小时，IP65防水。", key="solar_zh")
C(h, "zh", "太阳能草坪灯，3000K暖白光，IP65防水，全铝合金灯身，坚固耐用。",
  X("material", "全铝合金灯身", "Material: Stainless steel and ABS", "material"))
C(h, "en", "No wiring, no outlet — just sunshine. Eight lights, 3000K.")

h = "luma-desk-lamp-wireless"
C(h, "en", "Five color modes, seven brightness levels and a 10 W Qi pad in the base for iPhone 8 or newer and Galaxy S10 or newer.")
C(h, "en", "Five color modes, seven brightness levels and a 10 W Qi pad. Charges your iPhone 7 wirelessly while you work.",
  X("compatibility", "iPhone 7", "Compatible with: Qi-enabled phones (iPhone 8 and later, Galaxy S10 and later)", "compatible_with"))
C(h, "zh", "LED台灯，5种色温、7档亮度，底座10瓦无线充电，适用iPhone 8及以上机型，另有USB-A接口。")
C(h, "zh", "LED护眼台灯，底座无线充电，通过UL认证，安全可靠。",
  X("certification", "通过UL认证", "Certifications: FCC, CE", "certifications"))
C(h, "en", "Desk lamp with a built-in Qi pad and a USB-A port. 15 W fast wireless charging.",
  X("number_unit", "15 W", "Charging: 10 W Qi wireless pad", "charging"))
C(h, "en", "White or Black. FCC and CE certified.")

h = "bistro-outdoor-string-lights"
C(h, "en", "48 ft (about 14.6 m) of café lights with 15 shatterproof LED bulbs and a spare. IP65, ETL listed.",
  note="48 ft = 14.6 m")
C(h, "en", "48 ft of café lights, IP65 and ETL listed. Real glass bulbs for that authentic glow.",
  X("material", "Real glass bulbs", "Description: Shatterproof plastic bulbs", "description"))
C(h, "zh", "户外串灯，14.6米长款带15个防摔S14 LED灯泡并附1个备用，IP65防水，最多可串联30条。")
C(h, "zh", "户外复古串灯，IP65防水，48英尺、96英尺、144英尺三种长度。",
  X("colour_variant", "144英尺", "Length options: 48 ft, 96 ft", "variants"))
C(h, "zh", "户外S14串灯，防摔LED灯泡，太阳能供电，无需插电。",
  X("feature", "太阳能供电，无需插电", "Power: Plug-in (corded)", "power"))
C(h, "en", "Connect up to 30 strands. Choose 48 or 96 ft.")

h = "amber-glass-candle-lantern"
C(h, "en", "Warm light for the porch, the table or the bookshelf.", note="no facts; numbers-free")
C(h, "zh", "温暖的烛光，让每个夜晚都多一分惬意。", key="lantern_zh")
C(h, "en", "Amber glass and candlelight for a cozy porch. Now 20% off — while supplies last!",
  X("price_stock", "Now 20% off", NO_PRICE, "copy"), X("price_stock", "while supplies last", NO_PRICE, "copy"))
C(h, "zh", "琥珀玻璃烛台灯8只装，3000K暖白光，充满电可亮8小时，IP65防水。",
  ND("8只装，3000K暖白光，充满电可亮8小时，IP65防水。"), dup="solar_zh")

h = "led-ceiling-light-36w"
C(h, "zh", "36瓦LED吸顶灯，直径50厘米，遥控调光调色，适合15-20平方米的房间。")
C(h, "zh", "36瓦LED吸顶灯，直径50厘米，高透玻璃灯罩，透光均匀。",
  X("material", "高透玻璃灯罩", "Description: 灯罩为亚克力材质 (acrylic shade)", "description"))
C(h, "zh", "LED吸顶灯，遥控调光调色，适合15-20平方米房间，保修一年。",
  X("warranty", "保修一年", "Warranty: 3年", "warranty"))
C(h, "en", "A 36 W ceiling light about 19.7 in across, with remote dimming and color temperature from 3000K to 6500K.",
  note="50 cm = 19.7 in")
C(h, "en", "A 36 W LED ceiling light with remote dimming. A generous 50-inch diameter.",
  X("number_unit", "50-inch diameter", "Dimensions: Ø 50 cm", "dimensions"))
C(h, "en", "Sized for rooms of about 160–215 sq ft.",
  note="15–20 m² = 161–215 sq ft")

h = "dreamglow-kids-night-light"
C(h, "en", "A squishy silicone night light that recharges by USB-C and glows for up to 100 hours. For kids 3+.")
C(h, "en", "A squishy silicone bunny or bear that charges by USB-C. Safe for newborns to keep in the crib.",
  X("age", "Safe for newborns", "Age range: 3+ years", "age_range"))
C(h, "zh", "儿童硅胶小夜灯，Type-C充电，续航可达100小时，无线设计，适合3岁以上。")
C(h, "zh", "硅胶小夜灯，Type-C充电，续航100小时，适合0岁以上宝宝。",
  X("age", "适合0岁以上宝宝", "Age range: 3+ years", "age_range"))
C(h, "en", "Bunny or Bear — and no cord to trip over.", note="cordless paraphrased")
C(h, "zh", "Dreamglow儿童小夜灯——温暖的烛光，让每个夜晚都多一分惬意。",
  ND("温暖的烛光，让每个夜晚都多一分惬意。"), dup="lantern_zh")

# ---------------------------------------------------------------- textiles
h = "flaxhouse-linen-duvet-cover"
C(h, "en", "Pure European flax linen, stonewashed soft, OEKO-TEX certified, closed with coconut shell buttons.")
C(h, "en", "Stonewashed, OEKO-TEX certified, with coconut shell buttons. A breathable linen-cotton blend.",
  X("material", "linen-cotton blend", "Material: 100% European flax linen", "material"))
C(h, "zh", "水洗亚麻被套，100%欧洲亚麻，OEKO-TEX认证，椰壳纽扣，可机洗。")
C(h, "zh", "水洗亚麻被套，椰壳纽扣，单人、双人、特大及加州特大尺寸可选。",
  X("colour_variant", "加州特大", "Size options: Twin, Queen, King", "variants"))
C(h, "en", "Pure European flax in Natural, White or Terracotta. GOTS-certified organic linen.",
  X("certification", "GOTS-certified organic", "Certifications: OEKO-TEX Standard 100", "certifications"))
C(h, "en", "Twin, Queen or King in Natural, White or Terracotta.")

h = "cloudloft-turkish-towel-set"
C(h, "en", "Six plush 600 GSM Turkish cotton towels: two bath (30 x 56 in), two hand, two washcloths.")
C(h, "en", "Six Turkish cotton towels, OEKO-TEX certified. Extra-thick 800 GSM weave.",
  X("number_unit", "800 GSM", "Fabric weight: 600 GSM", "gsm"))
C(h, "zh", "土耳其棉浴巾六件套，克重600g/㎡，浴巾约76 x 142厘米。",
  note="30 x 56 in = 76 x 142 cm")
C(h, "zh", "六件套浴巾，克重600g/㎡，精选埃及长绒棉，柔软吸水。",
  X("material", "埃及长绒棉", "Material: 100% Turkish cotton", "material"))
C(h, "zh", "土耳其棉浴巾六件套。现价仅需399元，库存仅剩2件！",
  X("price_stock", "现价仅需399元", NO_PRICE, "copy"), X("price_stock", "库存仅剩2件", NO_PRICE, "copy"))
C(h, "en", "Soft, absorbent and machine washable — the kind of bathroom upgrade you notice every morning.",
  key="towel_generic")

h = "stillness-weighted-blanket"
C(h, "en", "Available in 10, 15 and 20 lb (4.5, 6.8 and 9.1 kg), all 60 x 80 in, with glass beads inside a cotton cover.",
  note="10/15/20 lb = 4.5/6.8/9.1 kg")
C(h, "en", "Glass-bead weighted blanket in 10, 15 or 20 lb, 60 x 80 in. The cover zips off and goes in the washer.",
  X("feature", "The cover zips off and goes in the washer", "Description: Spot clean only. The cover is not removable.", "description"))
C(h, "zh", "重力毯，4.5公斤、6.8公斤、9.1公斤三种重量，尺寸约152 x 203厘米，棉质外层，玻璃珠填充。",
  note="60 x 80 in = 152 x 203 cm")
C(h, "zh", "重力毯，152 x 203厘米，棉质外层，塑料颗粒填充，安静无声。",
  X("material", "塑料颗粒填充", "Material: Cotton cover, glass bead fill", "material"))
C(h, "zh", "重力毯有4.5公斤、6.8公斤、9.1公斤可选，另有11公斤款。",
  X("colour_variant", "11公斤款", "Weight options: 10 lb, 15 lb, 20 lb", "variants"))

h = "chunky-knit-throw"
C(h, "en", "Big loops, big comfort. Drape it over the sofa and stay a while.", note="no facts; numbers-free")
C(h, "zh", "粗针编织毯，沙发上一搭，客厅立刻温暖起来。")
C(h, "en", "As an AI, I cannot feel warmth, but I can tell you this throw is designed to keep you cozy.",
  X("refusal", "As an AI, I cannot feel warmth", REFUSAL, "copy"))

h = "nimbus-contour-pillow"
C(h, "en", "CertiPUR-US memory foam in a contoured 61 x 36 cm shape, with a removable, washable bamboo-rayon cover.",
  note="24 x 14 in = 61 x 36 cm; washable cover only in description")
C(h, "en", "CertiPUR-US memory foam with a 5-year warranty. Toss the whole pillow in the washing machine.",
  X("feature", "Toss the whole pillow in the washing machine", "Description: The foam itself is not washable.", "description"))
C(h, "zh", "人体工学记忆棉枕，CertiPUR-US认证，尺寸约61 x 36 x 12厘米，竹纤维枕套可拆洗。",
  note="4.7 in = 11.9 cm")
C(h, "zh", "记忆棉护颈枕，CertiPUR-US认证，保修十年。",
  X("warranty", "保修十年", "Warranty: 5 years", "warranty"))
C(h, "en", "5-year warranty. Sleep on it.")

h = "waffle-weave-shower-curtain"
C(h, "en", "Hotel-style polyester waffle weave, 183 x 183 cm, machine washable. Pair it with a liner.",
  note="72 in = 183 cm")
C(h, "en", "Hotel-style waffle weave, 72 x 72 in, machine washable. Waterproof fabric — no liner needed.",
  X("feature", "Waterproof fabric — no liner needed", "Waterproof: No — use with a liner", "waterproof"))
C(h, "zh", "华夫格浴帘，100%涤纶，183 x 183厘米，可机洗，建议搭配防水内衬使用。")
C(h, "zh", "华夫格浴帘，183 x 183厘米，纯棉华夫格面料，可机洗。",
  X("material", "纯棉", "Material: 100% polyester waffle weave", "material"))
C(h, "en", "Waffle Weave Shower Curtain — soft, absorbent and machine washable — the kind of bathroom upgrade you notice every morning.",
  ND("soft, absorbent and machine washable — the kind of bathroom upgrade you notice every morning."),
  dup="towel_generic")
C(h, "en", "White, Sage or Charcoal.")

# ---------------------------------------------------------------- extra faithful rounding cases
C("ironvale-dutch-oven", "en", "Nearly 6 kg of enameled cast iron that holds heat like nothing else.",
  note="13 lb = 5.90 kg, 'nearly 6 kg'")
C("cityglide-lightweight-stroller", "en", "Under 16 lb, UPF 50+ shade, and a fold that fits in a small trunk.",
  note="15.4 lb < 16 lb; trunk claim is unsupported, not contradicted")
C("nordhaus-20f-down-bag", "en", "The Regular weighs under 2.5 lb, so it won't fill your pack.",
  note="2 lb 6 oz = 2.375 lb")
C("frostline-45-cooler", "en", "Roughly 11 kg empty — this is a cooler that stays where you put it.",
  note="25 lb = 11.3 kg")
C("torvik-20v-brushless-drill", "en", "About 1.4 kg for the bare tool, with a 1/2-inch (13 mm) keyless chuck.",
  note="3.1 lb = 1.41 kg; 1/2 in = 12.7 mm, the standard 13 mm chuck class")
C("brightsmile-sonic-toothbrush", "en", "Charge it once and forget about it for weeks.",
  note="up to 30 days per charge")
C("lumen-trail-400-headlamp", "en", "Weighs less than 3 oz and throws 400 lumens.",
  note="2.8 oz < 3 oz")
C("glowly-smart-bulb-4pk", "en", "800 lumens each — the same brightness you'd get from a 60 W incandescent.",
  note="'60 W equivalent'")

# ---------------------------------------------------------------- short faithful lines (titles / tags)
C("brightwell-glass-kettle", "en", "Brightwell Glass Kettle — 1.7 L, 1500 W.")
C("kuroshio-gyuto-8", "en", "VG-10 gyuto, 8 in.")
C("voltpeak-65w-gan-charger", "en", "65 W. Three ports. One brick.")
C("trimwell-corded-string-trimmer", "en", "Corded, 13 in cut, 2-yr warranty.")
C("hawsley-metal-watering-can", "en", "Brass rose, 6.5 L.")
C("brightbuild-magnetic-tiles-60", "zh", "60片磁力片，3岁+")
C("hearthwood-oak-dining-table", "zh", "白橡木实木餐桌")
C("beamwell-5000lm-work-light", "zh", "5000流明工作灯")


# ===========================================================================
# OUTPUT
# ===========================================================================
BASE_COLS = ["Handle", "Title", "Body (HTML)", "Vendor", "Type", "Product Category", "Tags",
             "Published", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
             "Variant SKU", "Variant Price", "Variant Compare At Price",
             "Variant Inventory Qty", "Variant Grams"]


def sku_part(value: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "", value.upper().replace("+", "PLUS"))
    if not s:  # Chinese option values
        s = "V%03d" % (zlib.crc32(value.encode("utf-8")) % 1000)
    return s[:16]


def pick(v, key):
    return v.get(key) if isinstance(v, dict) else v


def write_products(path: Path) -> None:
    keys: list[str] = ["material"]
    for p in PRODUCTS:
        for k in p["attrs"]:
            if k not in keys:
                keys.append(k)
    attr_cols = ["%s (product.metafields.custom.%s)" % (label_for(k), k) for k in keys]
    cols = BASE_COLS + attr_cols
    rows = []
    for p in PRODUCTS:
        opts = p["opts"]
        if not opts:
            combos = [(("Title", "Default Title"), None)]
        elif len(opts) == 1:
            combos = [((opts[0][0], v), None) for v in opts[0][1]]
        else:
            combos = [((opts[0][0], a), (opts[1][0], b)) for a in opts[0][1] for b in opts[1][1]]
        for i, (o1, o2) in enumerate(combos):
            parts = [p["sku"]] + ([] if not opts else [sku_part(o1[1])]) + ([sku_part(o2[1])] if o2 else [])
            sku = "-".join(parts)
            price = pick(p["price"], o1[1])
            compare = pick(p["compare"], o1[1])
            grams = pick(p["grams"], o1[1])
            inv = zlib.crc32(sku.encode()) % 60 + (0 if zlib.crc32(sku.encode()) % 11 == 0 else 4)
            r = {c: "" for c in cols}
            r.update({"Handle": p["handle"], "Option1 Value": o1[1],
                      "Variant SKU": sku, "Variant Price": "%.2f" % price,
                      "Variant Compare At Price": "%.2f" % compare if compare else "",
                      "Variant Inventory Qty": str(inv), "Variant Grams": str(grams)})
            if o2:
                r["Option2 Value"] = o2[1]
            if i == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": p["vendor"],
                          "Type": p["type"], "Product Category": p["cat"], "Tags": p["tags"],
                          "Published": "TRUE", "Option1 Name": o1[0],
                          "Option2 Name": o2[0] if o2 else ""})
                for k, col in zip(keys, attr_cols):
                    r[col] = p["attrs"].get(k, "")
            rows.append(r)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)


def write_copies() -> None:
    order = list(range(len(COPIES)))
    random.Random(20261207).shuffle(order)
    ids = {}
    for n, idx in enumerate(order, 1):
        ids[idx] = "c%04d" % n
    by_key = {c["key"]: i for i, c in enumerate(COPIES) if c["key"]}
    with (HERE / "copies.jsonl").open("w", encoding="utf-8") as fc, \
            (HERE / "labels.jsonl").open("w", encoding="utf-8") as fl:
        for idx in order:
            c = COPIES[idx]
            cid = ids[idx]
            kinds: list[str] = []
            planted = []
            for pl in c["planted"]:
                if pl["kind"] not in kinds:
                    kinds.append(pl["kind"])
                fact = pl["fact"]
                if c["dup"]:
                    fact = fact.replace("{dup}", ids[by_key[c["dup"]]])
                planted.append({"claim": pl["claim"], "fact": fact, "field": pl["field"]})
            fc.write(json.dumps({"id": cid, "handle": c["handle"], "language": c["lang"],
                                 "text": c["text"]}, ensure_ascii=False) + "\n")
            lab = {"id": cid, "verdict": "contradiction" if kinds else "ok", "kinds": kinds,
                   "planted": planted, "note": c["note"]}
            if c["dup"]:
                lab["duplicate_of"] = ids[by_key[c["dup"]]]
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write_products(HERE / "products.csv")
    write_copies()
    print("products:", len(PRODUCTS), "copies:", len(COPIES))
